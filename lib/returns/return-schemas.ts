import { z } from 'zod';
import { jsonInt, safeText } from '@/lib/validation/primitives';

export const requestReturnSchema = z.object({
  items: z
    .array(
      z.object({
        orderItemId: z.uuid({ error: 'Línea inválida.' }),
        quantity: jsonInt('Cantidad entera.')
          .min(1, { error: 'Devuelve al menos 1 unidad.' })
          .max(10_000, { error: 'Cantidad demasiado grande.' }),
      }),
      { error: 'Elige qué productos quieres devolver.' },
    )
    .min(1, { error: 'Elige al menos un producto para devolver.' })
    .max(50),
  reason: safeText('Cuéntanos el motivo.')
    .trim()
    .min(5, { error: 'Cuéntanos el motivo (al menos 5 caracteres).' })
    .max(1000, { error: 'El motivo es demasiado largo.' }),
});

export const returnDecisionSchema = z
  .object({
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'Elige aprobar o rechazar.' }),
    items: z
      .array(
        z.object({
          orderItemId: z.uuid(),
          quantity: jsonInt('Cantidad entera.').min(0).max(10_000),
          restock: z.boolean(),
        }),
      )
      .max(50)
      .optional(),
    refund: z.enum(['STORE_CREDIT', 'MANUAL']).default('STORE_CREDIT'),
    refundReference: safeText().trim().max(200).optional(),
    reason: safeText().trim().max(1000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'REJECT' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Explica al cliente por qué se rechaza.' });
    if (value.decision === 'APPROVE' && value.refund === 'MANUAL' && !value.refundReference) {
      ctx.addIssue({
        code: 'custom',
        path: ['refundReference'],
        message: 'Anota la referencia del reembolso manual (transferencia, comprobante…).',
      });
    }
  });

export type RequestReturnInput = z.infer<typeof requestReturnSchema>;
export type ReturnDecisionInput = z.infer<typeof returnDecisionSchema>;
