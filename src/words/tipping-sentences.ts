import { formatWeight } from './format-weight.ts';
import type { AnswerTippingPoint, Recommendation, ScoreTippingPoint, TippingPoint } from '../engine/index.ts';
import { criterionName, frameworkName, joinWords, lowerFirst, optionLabel } from './dataset-names.ts';
import { chosenOptions } from '../schema/answer-values.ts';
import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';

interface TippingSentence {
  readonly criterionId: string;
  readonly text: string;
  readonly tip: TippingPoint;
  /** How far the weight must move, relative to where it is: used to list the nearest first. */
  readonly distance: number;
}

/**
 * The tipping points a user can reach with the sliders, in words, nearest first.
 * A tie at 2.3, up from 1, on sliders in steps of 0.5 -> "If mobile and edge mattered 2.5 times as
 * much (a weight of 2.5 instead of 1), TensorFlow would lead."
 */
export function describeTippingPoints(result: Recommendation, dataset: Dataset): TippingSentence[] {
  return result.tippingPoints
    // Only where a slider can go: a tie at the top of the range leaves nothing past it to set.
    .filter((tip) => weightPast(tip, dataset.meta.weightRange) !== null || (tip.direction === 'down' && tip.weight === 0))
    .map((tip) => ({ criterionId: tip.criterionId, tip, text: tippingSentence(tip, dataset), distance: Math.abs(tip.weight - tip.currentWeight) / Math.max(tip.currentWeight, 1) }))
    .sort((a, b) => a.distance - b.distance || a.criterionId.localeCompare(b.criterionId));
}

function tippingSentence(tip: TippingPoint, dataset: Dataset): string {
  const criterion = lowerFirst(criterionName(dataset, tip.criterionId));
  const leader = frameworkName(dataset, tip.newLeaderId);
  const from = formatWeight(tip.currentWeight);
  if (tip.direction === 'down' && tip.weight === 0) return `Only if ${criterion} counted for nothing (weight 0 instead of ${from}) would ${leader} draw level.`;
  // The weight named is one the slider can take, just past the tie: the one "Try it" sets, so the sentence and the trial agree.
  const past = weightPast(tip, dataset.meta.weightRange);
  const exact = formatWeight(tip.weight) === from ? String(Math.round(tip.weight * 1000) / 1000) : formatWeight(tip.weight);
  const to = past === null ? `${tip.direction === 'up' ? 'above' : 'below'} ${exact}` : `of ${formatWeight(past)}`;
  if (tip.direction === 'up') {
    if (tip.currentWeight === 0) return `If ${criterion} carried a weight ${to} (it has none now), ${leader} would lead.`;
    const times = formatWeight((past ?? tip.weight) / tip.currentWeight);
    // Under 1.05 times rounds to "1 times": say what it is, a little more.
    const much = times === '1' ? 'a little more' : `${times} times as much`;
    return `If ${criterion} mattered ${much} (a weight ${to} instead of ${from}), ${leader} would lead.`;
  }
  return `If ${criterion} mattered less (a weight ${to} instead of ${from}), ${leader} would lead.`;
}

/** The weight just past a tipping point, on the sliders' steps, or null when none on the sliders gets there. */
export function weightPast(tip: TippingPoint, range: { readonly min: number; readonly max: number; readonly step: number }): number | null {
  const { step, min, max } = range;
  const value = tip.direction === 'up' ? Math.floor(tip.weight / step + 1e-9) * step + step : Math.ceil(tip.weight / step - 1e-9) * step - step;
  return value >= min && value <= max ? value : null;
}

/**
 * The score just past a score tipping point, on the one-decimal grid of tried scores, where
 * the sentence says the new leader leads: a tie at 9.33 -> 9.4; a tie at 9.4 -> 9.5. Null when
 * that is off the scale.
 */
export function scorePast(tip: ScoreTippingPoint, scale: { readonly min: number; readonly max: number }): number | null {
  const up = tip.score > tip.currentScore;
  const value = (up ? Math.floor(tip.score * 10 + 1e-9) + 1 : Math.ceil(tip.score * 10 - 1e-9) - 1) / 10;
  return value >= scale.min && value <= scale.max ? value : null;
}

/**
 * "If TensorFlow's production deployment score were 7.4 or less rather than 8, PyTorch would lead: more than this score may be off."
 * The score named is the one Try it sets (just past the tie, on the one-decimal grid), so the sentence and the trial agree.
 */
export function scoreTipSentence(tip: ScoreTippingPoint, dataset: Dataset): string {
  const who = frameworkName(dataset, tip.frameworkId);
  const criterion = lowerFirst(criterionName(dataset, tip.criterionId));
  const up = tip.score > tip.currentScore;
  const past = scorePast(tip, dataset.meta.scale);
  const at = past === null ? `${up ? 'above' : 'below'} ${formatWeight(tip.score)}` : `${String(past)} or ${up ? 'more' : 'less'}`;
  const within = tip.plausible ? 'a change within how far this score may be off' : 'a bigger change than this score may be off by';
  return `If ${who}’s ${criterion} score were ${at} rather than ${formatWeight(tip.currentScore)}, ${frameworkName(dataset, tip.newLeaderId)} would lead: ${within}.`;
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
