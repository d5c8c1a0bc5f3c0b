import { serveUpload } from '@/lib/admin/images/serve-upload';

/** Uploaded images, from the shared image store (PostgreSQL or S3): any instance serves any upload. */
export const GET = async (request: Request, { params }: { params: Promise<{ path: string[] }> }) =>
  serveUpload((await params).path, request);
