import { formatWeight } from '../../components/format-weight.ts';
import type { MigrationEstimate, Recommendation, TippingPoint } from '../../engine/index.ts';
import { criterionName, frameworkName, lowerFirst } from '../../components/dataset-names.ts';
import type { Dataset, MigrationSize } from '../../schema/dataset.ts';


export interface TippingSentence {
  readonly criterionId: string;
  readonly text: string;
  /** How far the weight must move, relative to where it is: used to list the nearest first. */
  readonly distance: number;
}

/**
 * The tipping points a user can reach with the sliders, in words, nearest first.
 * up from 1 to 2.3 -> "If mobile and edge mattered 2.3 times as much (weight 2.3 instead of 1), TensorFlow would lead."
 */
export function describeTippingPoints(result: Recommendation, dataset: Dataset): TippingSentence[] {
  const { max } = dataset.meta.weightRange;
  return result.tippingPoints
    .filter((tip) => tip.weight <= max && tip.weight >= 0)
    .map((tip) => ({ criterionId: tip.criterionId, text: tippingSentence(tip, dataset), distance: Math.abs(tip.weight - tip.currentWeight) / Math.max(tip.currentWeight, 1) }))
    .sort((a, b) => a.distance - b.distance || a.criterionId.localeCompare(b.criterionId));
}

function tippingSentence(tip: TippingPoint, dataset: Dataset): string {
  const criterion = lowerFirst(criterionName(dataset, tip.criterionId));
  const leader = frameworkName(dataset, tip.newLeaderId);
  const to = formatWeight(tip.weight);
  const from = formatWeight(tip.currentWeight);
  // Displayed weights are rounded, so say "above" or "below" the exact point rather than "at".
  if (tip.direction === 'up') {
    if (tip.currentWeight === 0) return `If ${criterion} carried a weight above ${to} (it has none now), ${leader} would lead.`;
    return `If ${criterion} mattered ${formatWeight(tip.weight / tip.currentWeight)} times as much (a weight above ${to} instead of ${from}), ${leader} would lead.`;
  }
  if (tip.weight === 0) return `Only if ${criterion} counted for nothing (weight 0 instead of ${from}) would ${leader} draw level.`;
  return `If ${criterion} mattered less (a weight below ${to} instead of ${from}), ${leader} would lead.`;
}

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

export interface MigrationLine {
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
