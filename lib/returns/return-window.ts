import { todayInBogota } from '@/lib/auth/vip';

/** Days between two YYYY-MM-DD dates. */
function daysBetween(fromYmd: string, toYmd: string): number {
  return Math.round((Date.parse(`${toYmd}T00:00:00Z`) - Date.parse(`${fromYmd}T00:00:00Z`)) / 86_400_000);
}

/**
 * Returns are open through day `windowDays` after delivery, counted in Bogotá calendar days:
 * delivered on the 1st with a 30-day window → the 31st is the last day, the 32nd is out.
 */
export function isWithinReturnWindow(deliveredAt: Date, windowDays: number, now: Date = new Date()): boolean {
  return daysBetween(todayInBogota(deliveredAt), todayInBogota(now)) <= windowDays;
}
