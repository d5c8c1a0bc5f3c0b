import type { getOrderJsonForOwner } from '@/lib/orders/get-order-json';

/** The docs/api.md order shape the pages render (the same one `GET /api/v1/orders/{id}` returns). */
export type OrderView = Awaited<ReturnType<typeof getOrderJsonForOwner>>;
