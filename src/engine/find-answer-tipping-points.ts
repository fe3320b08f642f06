import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { chosenOptions } from '../schema/answer-values.ts';
import { inQuestionOrder, singleOptionChanges } from '../schema/offered-options.ts';
import { applicableQuestions } from './applicable-questions.ts';
import { rankingFor } from './rank-frameworks.ts';
import { evaluateCondition } from './conditions.ts';
import { SCORE_EPSILON } from './score-frameworks.ts';
import type { AnswerTippingPoint } from './types.ts';

/** The answers with one answer changed as a tipping point says. */
export function applyAnswerTip(answers: Answers, tip: Pick<AnswerTippingPoint, 'questionId' | 'change' | 'optionId'>, dataset: Dataset): Answers {
  const question = dataset.questions.find((q) => q.id === tip.questionId);
  if (tip.change === 'set' || question?.kind === 'one') return { ...answers, [tip.questionId]: tip.optionId };
  const chosen = chosenOptions(answers, tip.questionId);
  const next = tip.change === 'add' ? [...chosen, tip.optionId] : chosen.filter((id) => id !== tip.optionId);
  return { ...answers, [tip.questionId]: inQuestionOrder(question!, next) };
}

/**
 * The answers whose change alone would change the leader, each a single option: another
 * option of a single-choice question, or one option more or less in a multiple-choice one
 * (never emptying it, never beside an option that stands alone). Weights the user set stay
 * set. Only changes that keep a framework the advice count (not one to a hosted API). In the
 * questionnaire's order. Cheap: leaders only, no robustness.
 * `{ targets: ['mobile'], ... }` with TensorFlow leading -> [{ questionId: 'targets', change: 'remove', ... }] when
 * dropping phones would put PyTorch first.
 */
export function findAnswerTippingPoints(answers: Answers, dataset: Dataset): AnswerTippingPoint[] {
  const leaderOf = (a: Answers): string | null => {
    const { answers: applicable } = applicableQuestions(a, dataset);
    const [first, second] = rankingFor(applicable, dataset);
    // No leader when every weight is zero or the top two are level, nor when no framework is the
    // advice at all (a hosted API, tables alone): that is another verdict, not another leader.
    if (!first || !second || first.score - second.score < SCORE_EPSILON) return null;
    const context = { answers: applicable, dataset, leaderId: () => first.frameworkId };
    return dataset.wrongComparisons.some((rule) => evaluateCondition(rule.when, context)) ? null : first.frameworkId;
  };
  const leader = leaderOf(answers);
  if (leader === null) return [];
  const { questions } = applicableQuestions(answers, dataset);
  const points: AnswerTippingPoint[] = [];
  for (const question of questions) {
    if (question.kind !== 'one' && question.kind !== 'many') continue;
    const chosen = chosenOptions(answers, question.id);
    if (chosen.length === 0) continue;
    const candidates = singleOptionChanges(question, chosen);
    for (const candidate of candidates) {
      const tip = { questionId: question.id, ...candidate };
      const changed = applyAnswerTip(answers, tip, dataset);
      const newLeader = leaderOf(changed);
      // Answers to questions the change makes moot (no training hardware for a model used as it is) stop counting: say so.
      if (newLeader !== null && newLeader !== leader) points.push({ ...tip, newLeaderId: newLeader, noLongerAsked: applicableQuestions(changed, dataset).ignoredQuestionIds });
    }
  }
  return points;
}
