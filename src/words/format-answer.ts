import { criterionName, frameworkName, lowerFirst } from './dataset-names.ts';
import { formatWeight } from './format-weight.ts';
import { optionIdsOf, weightsOf } from '../schema/answer-values.ts';
import { splitScoreKey } from '../schema/answer-grid.ts';
import type { Answers, AnswerValue } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';

/** The questions a result's answers are listed under: those that apply, and tried scores only when some were tried (nobody is asked for them). */
export function shownQuestions(result: { readonly applicableQuestionIds: readonly string[]; readonly answers: Answers }, dataset: Dataset): readonly Question[] {
  return dataset.questions.filter((q) => result.applicableQuestionIds.includes(q.id) && (q.kind !== 'scores' || result.answers[q.id] !== undefined));
}

/**
 * An answer in words, for the review and reports.
 * `data: ['text', 'vision']` -> "Text, Images and video"; priorities -> "Mobile and edge 6, Research adoption 0".
 */
export function formatAnswer(question: Question, answer: AnswerValue | undefined, dataset: Dataset): string {
  if (question.kind === 'weights') {
    const entries = Object.entries(weightsOf(answer));
    if (entries.length === 0) return 'Suggested weights, unchanged';
    return entries.map(([id, weight]) => `${criterionName(dataset, id)} ${formatWeight(weight)}`).join(', ');
  }
  if (question.kind === 'scores') {
    const entries = Object.entries(weightsOf(answer));
    if (entries.length === 0) return 'The data’s scores, unchanged';
    return entries
      .map(([key, score]) => {
        const [criterionId = key, frameworkId = ''] = splitScoreKey(key) ?? [];
        const data = dataset.criteria.find((c) => c.id === criterionId)?.scores[frameworkId]?.score;
        return `${frameworkName(dataset, frameworkId)}’s ${lowerFirst(criterionName(dataset, criterionId))} ${formatWeight(score)}${data === undefined ? '' : ` (the data: ${formatWeight(data)})`}`;
      })
      .join(', ');
  }
  if (answer === undefined) return 'Not answered';
  return optionIdsOf(answer).map((id) => question.options.find((o) => o.id === id)?.label ?? id).join(', ');
}
