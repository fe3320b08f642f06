/**
 * Where the user is: the start screen, one question, the review, every question on one sheet, or the result.
 * Pure and tiny: the store (in the start page's chunk) and the wizard both import it.
 */
export type Step = 'start' | 'sheet' | 'review' | 'result' | `question:${string}`;

/** `'goal'` -> `'question:goal'`. */
export const questionStep = (questionId: string): Step => `question:${questionId}`;

/** `'question:goal'` -> `'goal'`; the review, result and start -> null. */
export const questionIdOf = (step: Step): string | null => (step.startsWith('question:') ? step.slice('question:'.length) : null);

/** Whether an untrusted value (saved state, a history entry) is a step. */
export const isStep = (value: unknown): value is Step =>
  typeof value === 'string' && (value === 'start' || value === 'sheet' || value === 'review' || value === 'result' || /^question:[a-zA-Z][a-zA-Z0-9-]*$/.test(value));
