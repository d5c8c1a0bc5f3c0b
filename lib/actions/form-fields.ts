import { z } from 'zod';

/**
 * Field schemas the action declarations share. Most form fields are validated by the service with the
 * API's own schema; the door only reads them as text, so an absent field reads as '' (ids then answer
 * "not found") or as undefined (optional values), exactly as `form.get` did.
 */
export const text = z.string().default('');
export const optionalText = z.string().optional();

/** Cart doors: the line and the quantity, with the messages the cart UI shows. */
export const cartLineId = z.string({ error: 'Falta la línea del carrito.' });
export const cartQuantity = z.number({ error: 'Escribe una cantidad.' });
