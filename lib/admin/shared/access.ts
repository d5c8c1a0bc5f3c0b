import { notFound } from 'next/navigation';
import { requireRole, type CurrentUser } from '@/lib/auth/guards';
import { AREA_ROLES, type AdminArea } from './area-roles';
import { isAppError } from '@/lib/errors';

export { AREA_ROLES, canUseArea, type AdminArea } from './area-roles';

/** For route handlers and server actions: 401 AUTH-REQUIRED when anonymous, 403 FORBIDDEN otherwise. */
export async function requireArea(area: AdminArea): Promise<CurrentUser> {
  return requireRole(...AREA_ROLES[area]);
}

/**
 * For pages: anyone who may not see the area gets the ordinary 404 page, so the admin's existence
 * and its data are not revealed to shoppers or to staff outside their areas.
 */
export async function requireAreaPage(area: AdminArea): Promise<CurrentUser> {
  try {
    return await requireArea(area);
  } catch (error) {
    if (isAppError(error) && (error.status === 401 || error.status === 403)) notFound();
    throw error;
  }
}
