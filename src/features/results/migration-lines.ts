import { formatWeight } from '../../components/format-weight.ts';
import type { MigrationEstimate } from '../../engine/index.ts';
import type { Dataset, MigrationSize } from '../../schema/dataset.ts';

/** $8,000 -> "$8K"; $150,000 -> "$150K"; 500,000 open-ended -> "$500K+". */
export function formatMoney(amount: number, currency: string, openEnded = false): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  const value = amount >= 1_000_000 ? `${formatWeight(amount / 1_000_000)}M` : amount >= 1000 ? `${formatWeight(amount / 1000)}K` : String(amount);
  return `${symbol}${value}${openEnded ? '+' : ''}`;
}

/** 3-6 weeks -> "3–6 weeks"; 26-52 weeks -> "6–12 months". */
export function formatDuration(weeksMin: number, weeksMax: number): string {
  if (weeksMin >= 26) return `${Math.round(weeksMin / 4.33)}–${Math.round(weeksMax / 4.33)} months`;
  return `${weeksMin}–${weeksMax} weeks`;
}

interface MigrationLine {
  readonly size: MigrationSize;
  readonly cost: string;
  readonly duration: string;
}

/** The migration estimate's rows: the size answered, or every size. */
export function migrationLines(estimate: MigrationEstimate, dataset: Dataset): MigrationLine[] {
  const { migration } = dataset;
  return estimate.sizeIds.flatMap((id) => {
    const size = migration.sizes.find((s) => s.id === id);
    if (!size) return [];
    return [{ size, cost: `${formatMoney(size.costMin, migration.currency)}–${formatMoney(size.costMax, migration.currency, size.costOpenEnded)}`, duration: formatDuration(size.weeksMin, size.weeksMax) }];
  });
}
