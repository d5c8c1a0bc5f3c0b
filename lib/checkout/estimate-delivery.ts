import { todayInBogota } from '@/lib/auth/vip';
import { addBusinessDays } from './business-days';

/**
 * #16: today in Bogotá plus the longest preparation time among the items, plus the delivery days for
 * home delivery, all in Colombian business days.
 */
export function estimateDeliveryDate(args: {
  preparationDays: number[];
  deliveryOption: 'PICKUP' | 'DELIVERY';
  deliveryDays: number;
  now?: Date;
}): string {
  const preparation = Math.max(0, ...args.preparationDays);
  const transit = args.deliveryOption === 'DELIVERY' ? args.deliveryDays : 0;
  return addBusinessDays(todayInBogota(args.now), preparation + transit);
}
