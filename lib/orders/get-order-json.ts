import type { Db } from '@/db/client';
import { getOrderCashback } from '@/lib/credit/vip-cashback';
import { getOrderForOwner } from './get-order';
import { getOrderPayment } from './get-order-payment';
import { listOrderReturns } from '@/lib/returns/list-order-returns';
import { orderToJson } from './order-json';

/**
 * The api.md order for its owner (404 for anyone else's), with `payment` filled from the latest
 * attempt and every return of the order with its state.
 */
export async function getOrderJsonForOwner(db: Db, args: { orderId: string; ownerId: string }) {
  const order = await getOrderForOwner(db, args);
  // One after the other: `db` may be a transaction, which runs one statement at a time anyway.
  const payment = await getOrderPayment(db, order.id);
  const returns = await listOrderReturns(db, order.id);
  const cashback = await getOrderCashback(db, order.id);
  return { ...orderToJson(order, payment), returns, cashback };
}
