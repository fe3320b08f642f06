import type { Answers } from '../schema/answers.ts';
import type { Condition, Dataset } from '../schema/dataset.ts';
import { chosenOptions } from '../schema/answer-values.ts';

export interface ConditionContext {
  readonly answers: Answers;
  readonly dataset: Dataset;
  /** The current leader; a function so that it is computed only when a condition needs it. */
  readonly leaderId: () => string;
}

/**
 * The leader for conditions evaluated before there is a ranking (weights and answer-set scores):
 * such conditions may name answers only, which check-references enforces.
 */
export const NO_LEADER = (): string => {
  throw new Error('A condition on weights or scores cannot depend on the leader.');
};

export interface ExistingCode {
  /** The framework the code runs on (for Keras 3 code, its backend). */
  readonly frameworkId: string;
  /** It must be rewritten whichever framework wins (TensorFlow 1). */
  readonly rewrite: boolean;
  /** It is written against a multi-backend library (Keras 3): another backend is a switch, not a port. */
  readonly multiBackend: boolean;
}

/**
 * The framework that existing code runs on, and how it would move, or null
 * (`{ codebase: 'tf2' }` -> `{ frameworkId: 'tensorflow', rewrite: false, multiBackend: false }`).
 */
export function existingCode(answers: Answers, dataset: Dataset): ExistingCode | null {
  const question = dataset.questions.find((q) => q.id === dataset.meta.roles.existingCode);
  const [optionId] = chosenOptions(answers, dataset.meta.roles.existingCode);
  const option = question?.options.find((o) => o.id === optionId);
  return option?.framework === undefined ? null : { frameworkId: option.framework, rewrite: option.rewrite === true, multiBackend: option.multiBackend === true };
}

/**
 * Evaluates a data-defined condition against answers.
 * `{ question: 'data', onlyOf: ['tabular'] }` with `{ data: ['tabular'] }` -> true; unanswered -> false.
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('anyOf' in condition) {
    const chosen = chosenOptions(context.answers, condition.question);
    return chosen.some((id) => condition.anyOf.includes(id));
  }
  if ('onlyOf' in condition) {
    const chosen = chosenOptions(context.answers, condition.question);
    return chosen.length > 0 && chosen.every((id) => condition.onlyOf.includes(id));
  }
  if ('leader' in condition) return context.leaderId() === condition.leader;
  if ('codeInOtherFramework' in condition) {
    // Code to be rewritten whatever wins is never in the leader's framework as it stands.
    const code = existingCode(context.answers, context.dataset);
    return code !== null && (code.rewrite || code.frameworkId !== context.leaderId());
  }
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context));
  return !evaluateCondition(condition.not, context);
}
