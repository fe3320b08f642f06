import { formatWeight } from './format-weight.ts';
import type { AnswerValue } from '../schema/answers.ts';
import type { Dataset, Question } from '../schema/dataset.ts';

/**
 * An answer in words, for the review and reports.
 * `data: ['text', 'vision']` -> "Text, Images and video"; priorities -> "Mobile and edge 6, Research adoption 0".
 */
export function formatAnswer(question: Question, answer: AnswerValue | undefined, dataset: Dataset): string {
  if (question.kind === 'weights') {
    if (answer === undefined) return 'Suggested weights, unchanged';
    const entries = Object.entries(answer as Record<string, number>);
    if (entries.length === 0) return 'Suggested weights, unchanged';
    return entries.map(([id, weight]) => `${dataset.criteria.find((c) => c.id === id)?.name ?? id} ${formatWeight(weight)}`).join(', ');
  }
  if (answer === undefined) return 'Not answered';
  const ids = typeof answer === 'string' ? [answer] : (answer as readonly string[]);
  return ids.map((id) => question.options.find((o) => o.id === id)?.label ?? id).join(', ');
}
