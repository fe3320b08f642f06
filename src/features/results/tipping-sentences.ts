import { formatWeight } from '../../components/format-weight.ts';
import type { Recommendation, TippingPoint } from '../../engine/index.ts';
import { criterionName, frameworkName, lowerFirst } from '../../components/dataset-names.ts';
import type { Dataset } from '../../schema/dataset.ts';

interface TippingSentence {
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
    const times = formatWeight(tip.weight / tip.currentWeight);
    // Under 1.05 times rounds to "1 times": say what it is, a little more.
    const much = times === '1' ? 'a little more' : `${times} times as much`;
    return `If ${criterion} mattered ${much} (a weight above ${to} instead of ${from}), ${leader} would lead.`;
  }
  if (tip.weight === 0) return `Only if ${criterion} counted for nothing (weight 0 instead of ${from}) would ${leader} draw level.`;
  return `If ${criterion} mattered less (a weight below ${to} instead of ${from}), ${leader} would lead.`;
}
