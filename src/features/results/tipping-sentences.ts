import { formatWeight } from '../../components/format-weight.ts';
import type { AnswerTippingPoint, Recommendation, ScoreTippingPoint, TippingPoint } from '../../engine/index.ts';
import { criterionName, frameworkName, joinWords, lowerFirst, optionLabel } from '../../components/dataset-names.ts';
import { chosenOptions } from '../../schema/answer-values.ts';
import type { Answers } from '../../schema/answers.ts';
import type { Dataset } from '../../schema/dataset.ts';

interface TippingSentence {
  readonly criterionId: string;
  readonly text: string;
  readonly tip: TippingPoint;
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
    .map((tip) => ({ criterionId: tip.criterionId, tip, text: tippingSentence(tip, dataset), distance: Math.abs(tip.weight - tip.currentWeight) / Math.max(tip.currentWeight, 1) }))
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

/** The weight just past a tipping point, on the sliders' steps, or null when none on the sliders gets there. */
export function weightPast(tip: TippingPoint, range: { readonly min: number; readonly max: number; readonly step: number }): number | null {
  const { step, min, max } = range;
  const value = tip.direction === 'up' ? Math.floor(tip.weight / step + 1e-9) * step + step : Math.ceil(tip.weight / step - 1e-9) * step - step;
  return value >= min && value <= max ? value : null;
}

/** "If TensorFlow's production deployment score were below 7.43 rather than 8, PyTorch would lead: more than it may be off." */
export function scoreTipSentence(tip: ScoreTippingPoint, dataset: Dataset): string {
  const who = frameworkName(dataset, tip.frameworkId);
  const criterion = lowerFirst(criterionName(dataset, tip.criterionId));
  const up = tip.score > tip.currentScore;
  const side = up ? 'above' : 'below';
  // Rounded away from the tie, so the sentence stays true: above 9.33 -> "above 9.4", below 5.33 -> "below 5.3".
  const at = (up ? Math.ceil(tip.score * 10) : Math.floor(tip.score * 10)) / 10;
  const within = tip.plausible ? 'within how far this score may be off' : 'more than this score may be off';
  return `If ${who}’s ${criterion} score were ${side} ${String(at)} rather than ${formatWeight(tip.currentScore)}, ${frameworkName(dataset, tip.newLeaderId)} would lead: ${within}.`;
}

/** "Without “Phones” among deployment targets, PyTorch would lead." */
export function answerTipSentence(tip: AnswerTippingPoint, answers: Answers, dataset: Dataset): string {
  const question = dataset.questions.find((q) => q.id === tip.questionId);
  const label = `“${optionLabel(dataset, tip.questionId, tip.optionId)}”`;
  const about = lowerFirst(question?.label ?? tip.questionId);
  const leader = frameworkName(dataset, tip.newLeaderId);
  const moot = tip.noLongerAsked.map((id) => lowerFirst(dataset.questions.find((q) => q.id === id)?.label ?? id));
  const then = moot.length > 0 ? ` (${joinWords(moot, 'and')} would no longer count)` : '';
  if (tip.change === 'add') return `With ${label} added to ${about}${then}, ${leader} would lead.`;
  if (tip.change === 'remove') return `Without ${label} among ${about}${then}, ${leader} would lead.`;
  const [current] = chosenOptions(answers, tip.questionId);
  const instead = current === undefined ? '' : ` instead of “${optionLabel(dataset, tip.questionId, current)}”`;
  return `With ${label}${instead} as ${about}${then}, ${leader} would lead.`;
}
