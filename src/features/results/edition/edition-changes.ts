import { recommend, type Recommendation } from '../../../engine/index.ts';
import { answersForEdition, keepValidAnswers, type Answers } from '../../../schema/answers.ts';
import type { Dataset, Question } from '../../../schema/dataset.ts';
import { missingAnswers, stepsFor } from '../../../flow/wizard-flow.ts';
import { headline } from '../../../words/explain.ts';
import { currentDataset, editionSummary, publishedScore, seedEdition } from '../../../data/editions.ts';
import { formatAsOf } from '../../../words/format-date.ts';

/**
 * The published comparison's own score (the seed's) for a criterion and framework when this
 * edition's differs, else null (also for a criterion the seed did not score): every later
 * score is an estimate, and the published one stays on record beside it, whichever edition in
 * the chain moved it.
 */
export function seedScoreOf(dataset: Dataset, criterionId: string, frameworkId: string): number | null {
  if (dataset.history.base === null) return null;
  const before = publishedScore(criterionId, frameworkId);
  const now = dataset.criteria.find((c) => c.id === criterionId)?.scores[frameworkId]?.score;
  return before !== undefined && before !== now ? before : null;
}

/** The published comparison's date ("April 2026"), to name its scores by. */
export const seedDate = (): string => formatAsOf(seedEdition.asOf);

/** The date of the data this edition builds on ("November 2026"), to name its changes by; '' for the first data. */
export function baseDateOf(dataset: Dataset): string {
  const base = dataset.history.base === null ? null : editionSummary(dataset.history.base);
  return base ? formatAsOf(base.asOf) : '';
}

export interface OtherEdition {
  readonly dataset: Dataset;
  readonly result: Recommendation;
  readonly title: string;
  /** True when the advice differs from this edition's: another leader, another wrong-comparison rule, or a tie. */
  readonly differs: boolean;
  /** Short names of the answered questions the other edition's questionnaire cannot express (an older one asks fewer). */
  readonly notCovered: readonly string[];
  /** The questions the other edition asks that these answers leave open (a newer one asks more): asked before switching. */
  readonly missing: readonly Question[];
}

/** The same answers on another edition (those its questionnaire accepts), and whether its verdict differs. */
export function onOtherEdition(answers: Answers, mine: Recommendation, other: Dataset): OtherEdition | null {
  const checked = keepValidAnswers(answersForEdition(answers, currentDataset, other), other);
  const result = recommend(checked.answers, other);
  if (!result.ok) return null;
  // Different advice: another leader, another wrong-comparison rule, or a tie on one side. A close call on
  // one edition and a clear lead on the other (the editions set different thresholds) is the same advice.
  const tie = (r: Recommendation) => r.verdict.kind === 'tie';
  const differs = result.verdict.leaderId !== mine.verdict.leaderId || result.verdict.wrongComparison?.ruleId !== mine.verdict.wrongComparison?.ruleId || tie(result) !== tie(mine);
  // Named as the newest questionnaire names them: it has every question any edition has.
  const names = currentDataset.questions;
  const notCovered = Object.keys(answers)
    .filter((id) => !Object.hasOwn(checked.answers, id) || checked.droppedQuestionIds.includes(id))
    .map((id) => names.find((q) => q.id === id)?.label ?? id);
  return { dataset: other, result, title: headline(result, other).title, differs, notCovered, missing: missingAnswers(stepsFor(checked.answers, other), checked.answers) };
}
