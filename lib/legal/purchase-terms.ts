import { z } from 'zod';
import { AppError } from '@/lib/errors';

export type PurchaseTerms = {
  /** Stable id stored on every order that accepted it; never reused for different text. */
  version: string;
  title: string;
  publishedAt: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
};

/**
 * Every version of the purchase terms, oldest first. A change of wording is a new entry with a new
 * version (never an edit of a published one): the order keeps the version it accepted, and checkout
 * asks again for the newest. The page /terminos/{version} shows each one.
 */
export const PURCHASE_TERMS: readonly PurchaseTerms[] = [
  {
    version: '2026-12-01',
    title: 'Términos y condiciones de compra',
    publishedAt: '2026-12-01T05:00:00.000Z',
    sections: [
      {
        heading: 'Precios y pago',
        paragraphs: [
          'Los precios están en pesos colombianos e incluyen IVA. El total de tu pedido se calcula al confirmarlo y es el que pagas con Wompi.',
          'Reservamos los productos de tu pedido mientras pagas; si la reserva vence sin pago, el pedido se cancela y los productos vuelven a la tienda.',
        ],
      },
      {
        heading: 'Cancelaciones',
        paragraphs: [
          'Puedes cancelar un pedido pagado mientras no hayamos empezado a prepararlo. Lo pagado vuelve como saldo a favor al instante o, si lo prefieres, al medio de pago original.',
        ],
      },
      {
        heading: 'Devoluciones y saldo a favor',
        paragraphs: [
          'Tienes derecho de retracto y de devolución dentro del plazo indicado en tu pedido, según el Estatuto del Consumidor (Ley 1480 de 2011).',
          'El saldo a favor vence 365 días después de otorgado; se usa primero el que vence antes.',
        ],
      },
      {
        heading: 'Datos personales',
        paragraphs: [
          'Tratamos tus datos según la Ley 1581 de 2012 solo para gestionar tus pedidos y, si lo autorizas, enviarte novedades.',
        ],
      },
    ],
  },
];

export function currentPurchaseTerms(): PurchaseTerms {
  return PURCHASE_TERMS[PURCHASE_TERMS.length - 1]!;
}

export function findPurchaseTerms(version: string): PurchaseTerms | null {
  return PURCHASE_TERMS.find((t) => t.version === version) ?? null;
}

export function termsUrl(version: string): string {
  return `/terminos/${version}`;
}

/** `GET /api/v1/legal/terms` */
export function purchaseTermsJson(terms: PurchaseTerms = currentPurchaseTerms()) {
  return { version: terms.version, title: terms.title, url: termsUrl(terms.version), publishedAt: terms.publishedAt };
}

const acceptanceSchema = z.object({
  acceptTerms: z.literal(true),
  termsVersion: z.string(),
});

export type TermsAcceptance = { version: string; acceptedAt: Date };

/**
 * Checkout's door check: the shopper ticked "acepto los términos" for exactly the current version.
 * Missing, false or an older version → 422 MKT-TERMS-REQUIRED with the version to accept; checked
 * before anything is reserved.
 */
export function requireTermsAcceptance(
  input: unknown,
  terms: PurchaseTerms = currentPurchaseTerms(),
  now: Date = new Date(),
): TermsAcceptance {
  const parsed = acceptanceSchema.safeParse(input);
  if (!parsed.success || parsed.data.termsVersion !== terms.version) {
    const isOld = parsed.success;
    throw new AppError({
      code: 'MKT-TERMS-REQUIRED',
      status: 422,
      message: isOld
        ? 'Actualizamos los términos de compra. Léelos y acéptalos de nuevo para continuar.'
        : 'Acepta los términos de compra para confirmar tu pedido.',
      details: { version: terms.version, fields: { acceptTerms: 'Acepta los términos de compra.' } },
    });
  }
  return { version: terms.version, acceptedAt: now };
}
