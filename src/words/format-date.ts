/** Whole months from an "as of" date (`2026-04` or `2026-04-30`) to today's ISO date. */
export function monthsSince(asOf: string, today: string): number {
  const [y1, m1] = asOf.split('-').map(Number) as [number, number];
  const [y2, m2] = today.split('-').map(Number) as [number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-04` -> "April 2026"; `2024-07-15` -> "July 2024". */
export function formatAsOf(asOf: string): string {
  const [year, month] = asOf.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`.trim();
}

/** "7 months old", "1 month old", "less than a month old", "2 years old". */
export function describeAge(months: number): string {
  if (months < 1) return 'less than a month old';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} old`;
  return `${Math.floor(months / 12)} years old`;
}

/** Facts older than this many months are marked as possibly stale. */
export const STALE_AFTER_MONTHS = 12;
