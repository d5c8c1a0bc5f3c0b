import { serveUpload } from '@/lib/admin/images/serve-upload';

/** Images uploaded after `next start` booted (public/ is listed once at boot); see docs/admin.md. */
export const GET = async (_req: Request, { params }: { params: Promise<{ path: string[] }> }) =>
  serveUpload((await params).path);
