/** 2 -> "2", 2.5 -> "2.5", 1.25 -> "1.3": weights on screen. */
export function formatWeight(weight: number): string {
  return String(Math.round(weight * 10) / 10);
}
