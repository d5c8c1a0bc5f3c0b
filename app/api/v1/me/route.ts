import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return Response.json({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    isVip: user.isVip,
    vipUntil: user.vipUntil,
  });
});
