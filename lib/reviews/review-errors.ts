import { AppError, notFound } from '@/lib/errors';

export const reviewExists = () =>
  new AppError({
    code: 'REVIEW-EXISTS',
    status: 409,
    message: 'Ya escribiste una reseña de este producto. Puedes editarla.',
  });

/** Someone else's review is "not found": never reveal that it exists (docs/api.md). */
export const reviewNotFound = () => notFound('No encontramos esa reseña.');
