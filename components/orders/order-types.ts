import type { orderToJson } from '@/lib/orders/order-json';

/** The docs/api.md order shape the pages render (the same one `GET /api/v1/orders/{id}` returns). */
export type OrderView = ReturnType<typeof orderToJson>;
