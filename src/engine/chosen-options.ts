import type { Answers } from '../schema/answers.ts';

/** The option ids chosen for a question: `{ data: ['text'] }, 'data'` -> `['text']`; unanswered -> `[]`. */
export function chosenOptions(answers: Answers, questionId: string): readonly string[] {
  const value = answers[questionId];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value as readonly string[];
  return [];
}

/** The user's weight overrides: `{ priorities: { mobile: 4 } }` -> `{ mobile: 4 }`. */
export function weightOverrides(answers: Answers, questionId: string): Readonly<Record<string, number>> {
  const value = answers[questionId];
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? (value as Readonly<Record<string, number>>) : {};
}
