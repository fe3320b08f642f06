import type { Answers } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';
import { evaluateCondition } from './conditions.ts';
import { rankingFor } from './rank-frameworks.ts';

const leaderFor = (answers: Answers, dataset: Dataset): string => rankingFor(answers, dataset)[0]!.frameworkId;

interface Applicability {
  /** The questions to ask, in order. */
  readonly questions: readonly Question[];
  /** The answers to those questions only. */
  readonly answers: Answers;
  /** Questions that were answered but do not apply. */
  readonly ignoredQuestionIds: readonly string[];
}

/**
 * Which questions apply, in order. A question's condition sees only the answers to
 * the applicable questions before it, so branching never depends on later answers.
 * `{ modelSource: 'hosted' }` -> goal, modelSource (everything after is skipped).
 */
export function applicableQuestions(answers: Answers, dataset: Dataset): Applicability {
  const questions: Question[] = [];
  const effective: Record<string, Answers[string]> = {};
  const ignoredQuestionIds: string[] = [];
  for (const question of dataset.questions) {
    const before: Answers = { ...effective };
    let leader: string | undefined;
    const applies =
      !question.askWhen ||
      evaluateCondition(question.askWhen, { answers: before, dataset, leaderId: () => (leader ??= leaderFor(before, dataset)) });
    const answer = answers[question.id];
    if (applies) {
      questions.push(question);
      if (answer !== undefined) effective[question.id] = answer;
    } else if (answer !== undefined) ignoredQuestionIds.push(question.id);
  }
  return { questions, answers: effective, ignoredQuestionIds };
}
