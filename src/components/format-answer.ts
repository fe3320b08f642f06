import { criterionName } from './dataset-names.ts';
import { formatWeight } from './format-weight.ts';
import { optionIdsOf, weightsOf } from '../schema/answer-values.ts';
import type { AnswerValue } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';

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
  if (answer === undefined) return 'Not answered';
  return optionIdsOf(answer).map((id) => question.options.find((o) => o.id === id)?.label ?? id).join(', ');
}
