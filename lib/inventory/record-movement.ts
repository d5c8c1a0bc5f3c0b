import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inventoryMovements, productVariants } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import { enqueueEvents, type OutboxEvent } from '@/lib/outbox/enqueue-event';

export type MovementType = (typeof inventoryMovements.$inferInsert)['type'];

export type RecordMovementInput = {
  variantId: string;
  type: MovementType;
  /** Units moved, always positive; the type decides the direction (ADJUSTMENT uses `signedQuantity`). */
  quantity: number;
  /** Only for ADJUSTMENT: negative removes units. */
  signedQuantity?: number;
  orderId?: string | null;
  actorId?: string | null;
  note?: string | null;
};

export type MovementResult = {
  variantId: string;
  stock: number;
  reservedStock: number;
  available: number;
  previousAvailable: number;
  lowStockThreshold: number;
};

/** The effect of each movement type on (stock, reserved), per unit. */
const EFFECT: Record<MovementType, { stock: number; reserved: number }> = {
  RESTOCK: { stock: 1, reserved: 0 },
  ADJUSTMENT: { stock: 1, reserved: 0 },
  RESERVATION: { stock: 0, reserved: 1 },
  RESERVATION_RELEASE: { stock: 0, reserved: -1 },
  SALE: { stock: -1, reserved: -1 },
  RETURN: { stock: 1, reserved: 0 },
};

/** Movements that bring units into the store; only these announce a restock (#31). */
const RESTOCKING: ReadonlySet<MovementType> = new Set(['RESTOCK', 'RETURN', 'ADJUSTMENT']);

/** A variant row the caller read FOR UPDATE in this same transaction (see `recordMovements`). */
export type LockedVariant = {
  id: string;
  sku: string;
  stock: number;
  reservedStock: number;
  lowStockThreshold: number;
};

type VariantChange = {
  id: string;
  startAvailable: number;
  available: number;
  lowStockThreshold: number;
  lastMovementId: string;
  lastRestockMovementId: string | null;
};

/**
 * The events this call announces, written to the outbox in the same transaction (#13, #31):
 * available stock crossing down to the low-stock threshold, and an out-of-stock variant made
 * available by incoming units. One event per crossing: its id carries the movement that caused it.
 */
export function stockEvents(changes: VariantChange[]): OutboxEvent[] {
  const events: OutboxEvent[] = [];
  for (const v of changes) {
    if (v.startAvailable > v.lowStockThreshold && v.available <= v.lowStockThreshold) {
      events.push({
        name: 'inventory/low-stock',
        eventId: `low-stock:${v.id}:${v.lastMovementId}`,
        payload: {
          variantId: v.id,
          movementId: v.lastMovementId,
          available: v.available,
          threshold: v.lowStockThreshold,
        },
      });
    }
    if (v.lastRestockMovementId && v.startAvailable <= 0 && v.available > 0) {
      events.push({
        name: 'inventory/restocked',
        eventId: `restocked:${v.id}:${v.lastRestockMovementId}`,
        payload: { variantId: v.id, movementId: v.lastRestockMovementId, available: v.available },
      });
    }
  }
  return events;
}

function signedAmount(input: RecordMovementInput): number {
  if (input.type === 'ADJUSTMENT') {
    const signed = input.signedQuantity ?? input.quantity;
    if (!Number.isSafeInteger(signed) || signed === 0) throw new RangeError('Adjustment must be a non-zero integer');
    return signed;
  }
  if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0)
    throw new RangeError('Quantity must be a positive integer');
  return input.quantity;
}

function refusal(
  input: RecordMovementInput,
  amount: number,
  current: { stock: number; reservedStock: number },
  sku: string,
): AppError {
  const available = current.stock - current.reservedStock;
  if (input.type === 'RESERVATION') {
    return new AppError({
      code: 'MKT-STOCK',
      status: 409,
      message: `Stock insuficiente. Disponible: ${available}, solicitado: ${amount}.`,
      details: { variantId: input.variantId, sku, available, requested: amount },
    });
  }
  return new AppError({
    code: 'VALIDATION',
    status: 400,
    message: `El movimiento dejaría el inventario en negativo (disponible ${available}, reservado ${current.reservedStock}).`,
    details: {
      variantId: input.variantId,
      available,
      reserved: current.reservedStock,
      stock: current.stock,
      fields: { quantity: 'Cantidad fuera de rango: no se pueden retirar unidades reservadas.' },
    },
  });
}

/**
 * The only way stock or reserved stock changes. Locks every variant involved in ascending id order
 * (so concurrent multi-line callers cannot deadlock), applies the movements, and writes one ledger
 * row per movement, all in the caller's transaction: counters and ledger can never disagree.
 * A constant number of statements whatever the number of movements (no N+1 under load), including
 * the one outbox insert for low-stock and restock events.
 *
 * `alreadyLocked`: rows the caller has just read FOR UPDATE in this transaction, in ascending id
 * order (checkout's line query does). They are current (nobody else can change them until commit), so
 * the lock statement is skipped. If any variant is missing from them, all are locked here as usual.
 *
 * All-or-nothing: if one movement would break `0 <= reserved <= stock` it throws (MKT-STOCK for a
 * reservation, VALIDATION otherwise) and the caller's transaction rolls back. The CHECK constraints on
 * product_variants would refuse it anyway; this says why, in Spanish.
 */
export async function recordMovements(
  tx: Db,
  inputs: RecordMovementInput[],
  options: { alreadyLocked?: LockedVariant[] } = {},
): Promise<MovementResult[]> {
  if (inputs.length === 0) return [];
  const ids = [...new Set(inputs.map((i) => i.variantId))].sort();
  const held = new Map((options.alreadyLocked ?? []).map((v) => [v.id, v]));
  const locked = ids.every((id) => held.has(id)) ? ids.map((id) => held.get(id)!) : await lockVariants(tx, ids);
  const state = new Map(
    locked.map((v) => [
      v.id,
      {
        ...v,
        startStock: v.stock,
        startReserved: v.reservedStock,
        lastMovementId: '',
        lastRestockMovementId: null as string | null,
      },
    ]),
  );

  const ledger: Array<typeof inventoryMovements.$inferInsert> = [];
  for (const input of inputs) {
    const current = state.get(input.variantId);
    if (!current) throw notFound('La variante no existe.');
    const amount = signedAmount(input);
    const stockDelta = EFFECT[input.type].stock * amount;
    const reservedDelta = EFFECT[input.type].reserved * amount;
    const stock = current.stock + stockDelta;
    const reservedStock = current.reservedStock + reservedDelta;
    if (stock < 0 || reservedStock < 0 || reservedStock > stock) throw refusal(input, amount, current, current.sku);
    current.stock = stock;
    current.reservedStock = reservedStock;
    // Ids made here, not by the database, so the outbox events below can name their movement.
    const id = randomUUID();
    current.lastMovementId = id;
    if (RESTOCKING.has(input.type) && stockDelta > 0) current.lastRestockMovementId = id;
    ledger.push({
      id,
      variantId: input.variantId,
      type: input.type,
      // Signed the way a person reads it: release and sale are negative.
      quantity: input.type === 'RESERVATION_RELEASE' || input.type === 'SALE' ? -amount : amount,
      stockDelta,
      reservedDelta,
      stockAfter: stock,
      reservedAfter: reservedStock,
      orderId: input.orderId ?? null,
      actorId: input.actorId ?? null,
      note: input.note ?? null,
    });
  }

  const changed = [...state.values()];
  const rows = sql.join(
    changed.map((v) => sql`(${v.id}::uuid, ${v.stock}::int, ${v.reservedStock}::int)`),
    sql`, `,
  );
  await tx.execute(sql`
    UPDATE product_variants AS v SET stock = n.stock, reserved_stock = n.reserved, updated_at = now()
    FROM (VALUES ${rows}) AS n(id, stock, reserved) WHERE v.id = n.id`);
  await tx.insert(inventoryMovements).values(ledger);
  await enqueueEvents(
    tx,
    stockEvents(
      changed.map((v) => ({
        id: v.id,
        startAvailable: v.startStock - v.startReserved,
        available: v.stock - v.reservedStock,
        lowStockThreshold: v.lowStockThreshold,
        lastMovementId: v.lastMovementId,
        lastRestockMovementId: v.lastRestockMovementId,
      })),
    ),
  );

  return changed.map((v) => ({
    variantId: v.id,
    stock: v.stock,
    reservedStock: v.reservedStock,
    available: v.stock - v.reservedStock,
    previousAvailable: v.startStock - v.startReserved,
    lowStockThreshold: v.lowStockThreshold,
  }));
}

/**
 * Locks the variants in ascending id order: the order every stock writer uses. NO KEY UPDATE, the lock an
 * UPDATE of non-key columns takes anyway: it does not conflict with the KEY SHARE locks that inserting
 * order items and ledger rows (foreign keys to the variant) take, so a checkout that has written its
 * order items but not yet reserved (lib/inventory/reserve-stock.ts) never blocks a stock writer.
 */
async function lockVariants(tx: Db, ids: string[]): Promise<LockedVariant[]> {
  return tx
    .select({
      id: productVariants.id,
      sku: productVariants.sku,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      lowStockThreshold: productVariants.lowStockThreshold,
    })
    .from(productVariants)
    .where(inArray(productVariants.id, ids))
    .orderBy(productVariants.id)
    .for('no key update');
}

/** One movement; see recordMovements. */
export async function recordMovement(tx: Db, input: RecordMovementInput): Promise<MovementResult> {
  const [result] = await recordMovements(tx, [input]);
  if (!result) throw notFound('La variante no existe.');
  return result;
}
