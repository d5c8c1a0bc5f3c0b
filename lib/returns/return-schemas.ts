import { z } from 'zod';

export const requestReturnSchema = z.object({
  items: z
    .array(
      z.object({
        orderItemId: z.uuid({ error: 'Línea inválida.' }),
        quantity: z.coerce.number().int({ error: 'Cantidad entera.' }).min(1, { error: 'Devuelve al menos 1 unidad.' }),
      }),
      { error: 'Elige qué productos quieres devolver.' },
    )
    .min(1, { error: 'Elige al menos un producto para devolver.' })
    .max(50),
  reason: z
    .string({ error: 'Cuéntanos el motivo.' })
    .trim()
    .min(5, { error: 'Cuéntanos el motivo (al menos 5 caracteres).' })
    .max(1000, { error: 'El motivo es demasiado largo.' }),
});

export const returnDecisionSchema = z
  .object({
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'Elige aprobar o rechazar.' }),
    items: z
      .array(z.object({ orderItemId: z.uuid(), quantity: z.coerce.number().int().min(0), restock: z.boolean() }))
      .max(50)
      .optional(),
    refund: z.enum(['STORE_CREDIT', 'MANUAL']).default('STORE_CREDIT'),
    refundReference: z.string().trim().max(200).optional(),
    reason: z.string().trim().max(1000).optional(),
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
