import { notFound } from '@/lib/errors';

export const wishlistProductNotFound = () => notFound('No encontramos ese producto.');
export const wishlistItemNotFound = () => notFound('Ese producto ya no está en tu lista de deseos.');
