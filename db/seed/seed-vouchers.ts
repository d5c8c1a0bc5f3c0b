import type { Db } from '@/db/client';
import { vouchers } from '@/db/schema';

/** Demo codes (documented in docs/checkout.md). Idempotent by code. */
export const DEMO_VOUCHERS = [
  {
    code: 'BIENVENIDA10',
    description: '10 % en tu primera compra desde $50.000',
    kind: 'PERCENT' as const,
    value: 10,
    minOrderCents: 5_000_000,
    maxUsesPerUser: 1,
  },
  {
    code: 'SPA20MIL',
    description: '$20.000 de descuento desde $120.000 (200 usos)',
    kind: 'FIXED' as const,
    value: 2_000_000,
    minOrderCents: 12_000_000,
    maxUses: 200,
    maxUsesPerUser: 2,
  },
  {
    code: 'RELAX5',
    description: '5 % sin mínimo, solo 5 usos en total',
    kind: 'PERCENT' as const,
    value: 5,
    maxUses: 5,
  },
  {
    code: 'NAVIDAD2025',
    description: 'Campaña vencida (para probar el mensaje)',
    kind: 'PERCENT' as const,
    value: 15,
    startsAt: new Date('2025-12-01T05:00:00Z'),
    endsAt: new Date('2025-12-26T05:00:00Z'),
  },
];

export async function seedVouchers(db: Db): Promise<void> {
  await db.insert(vouchers).values(DEMO_VOUCHERS).onConflictDoNothing({ target: vouchers.code });
}
