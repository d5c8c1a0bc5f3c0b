import type { AvailabilityStatus } from './types';

/** LOW_STOCK from the variant's own threshold down to 1 unit, so the page can say "Quedan 3". */
export function availabilityOf(available: number, lowStockThreshold: number): AvailabilityStatus {
  if (available <= 0) return 'OUT_OF_STOCK';
  if (available <= lowStockThreshold) return 'LOW_STOCK';
  return 'IN_STOCK';
}

/** The words a shopper reads next to the price. */
export function availabilityLabel(status: AvailabilityStatus, available: number): string {
  if (status === 'OUT_OF_STOCK') return 'Agotado';
  if (status === 'LOW_STOCK') return available === 1 ? 'Queda 1' : `Quedan ${available}`;
  return 'Disponible';
}
