import { z } from 'zod';
import type { Database } from '@/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { validationError } from '@/lib/errors';
import { recordMovement } from '@/lib/inventory/record-movement';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { numberish } from '@/lib/admin/shared/zod-helpers';
import { lockVariant } from '@/lib/admin/variants/update-variant';
import { parseInput } from '@/lib/validation';

export const stockMovementSchema = z
  .object({
    type: z.enum(['RESTOCK', 'ADJUSTMENT'], { error: 'Elige reposición o ajuste.' }),
    quantity: numberish(
      z
        .number({ error: 'Escribe la cantidad.' })
        .int({ error: 'La cantidad debe ser un número entero.' })
        .min(-100_000, { error: 'La cantidad es demasiado grande.' })
        .max(100_000, { error: 'La cantidad es demasiado grande.' })
        .refine((q) => q !== 0, { error: 'La cantidad no puede ser cero.' }),
    ),
    note: z.string().trim().max(300, { error: 'La nota tiene máximo 300 caracteres.' }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.type === 'RESTOCK' && input.quantity < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: 'Una reposición suma unidades: usa un número positivo.',
      });
    if (input.type === 'ADJUSTMENT' && (input.note ?? '').length < 3)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Explica el motivo del ajuste (por ejemplo: conteo físico, producto dañado).',
      });
  });

export type StockAfterMovement = { variantId: string; stock: number; reservedStock: number; available: number };

/**
 * Restock (+q) or adjustment (±q, with a reason) through the inventory ledger (issue 7): the variant
 * is locked, then `recordMovement` writes the counters and the ledger row together, with the audit
 * entry in the same transaction. An adjustment may remove only available units: units reserved for
 * pending orders belong to those orders, and the refusal says how many can go.
 */
export async function recordStockMovement(
  db: Database,
  args: { variantId: string; input: unknown; actor: AdminActor },
): Promise<StockAfterMovement> {
  const input = parseInput(stockMovementSchema, args.input);
  return db.transaction(async (tx) => {
    const variant = await lockVariant(tx, args.variantId);
    const available = variant.stock - variant.reservedStock;
    if (input.quantity < 0 && -input.quantity > available) {
      const reserved =
        variant.reservedStock > 0 ? ` (${variant.reservedStock} están reservadas para pedidos en curso)` : '';
      throw validationError(
        { quantity: `Solo puedes retirar hasta ${available} unidades${reserved}.` },
        'No hay tantas unidades disponibles para retirar.',
      );
    }
    const result = await recordMovement(tx, {
      variantId: variant.id,
      type: input.type,
      quantity: Math.abs(input.quantity),
      signedQuantity: input.type === 'ADJUSTMENT' ? input.quantity : undefined,
      actorId: args.actor.id,
      note: input.note || (input.type === 'RESTOCK' ? 'Reposición' : null),
    });
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: input.type === 'RESTOCK' ? 'inventory.restock' : 'inventory.adjustment',
      entityType: 'variant',
      entityId: variant.id,
      before: { stock: variant.stock, reservedStock: variant.reservedStock },
      after: {
        stock: result.stock,
        reservedStock: result.reservedStock,
        quantity: input.quantity,
        note: input.note ?? null,
      },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ productIds: [variant.productId], variantIds: [variant.id] }, { db: tx });
    return {
      variantId: variant.id,
      stock: result.stock,
      reservedStock: result.reservedStock,
      available: result.available,
    };
  });
}
