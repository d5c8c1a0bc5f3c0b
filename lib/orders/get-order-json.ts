import type { Db } from '@/db/client';
import { getOrderForOwner } from './get-order';
import { getOrderPayment } from './get-order-payment';
import { orderToJson } from './order-json';

/** The api.md order for its owner (404 for anyone else's), with `payment` filled from the latest attempt. */
export async function getOrderJsonForOwner(db: Db, args: { orderId: string; ownerId: string }) {
  const order = await getOrderForOwner(db, args);
  return orderToJson(order, await getOrderPayment(db, order.id));
}
