import { AppError, validationError } from '@/lib/errors';
import { readBodyBytes } from './read-body';

/**
 * A `multipart/form-data` body, read while streaming with a byte limit (413 past it) and only then
 * parsed: the file doors' counterpart of readJsonBody. Anything else is 415.
 */
export async function readMultipartForm(req: Request, limitBytes: number): Promise<FormData> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    throw new AppError({
      code: 'UNSUPPORTED-MEDIA-TYPE',
      status: 415,
      message: 'Envía la imagen como multipart/form-data.',
    });
  }
  const bytes = await readBodyBytes(req, limitBytes);
  try {
    return await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw validationError({ _: 'El formulario no se pudo leer.' }, 'El formulario no se pudo leer.');
  }
}
