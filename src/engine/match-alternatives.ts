import { evaluateCondition, type ConditionContext } from './conditions.ts';
import type { MatchedAlternative } from './types.ts';

/**
 * The alternatives whose conditions the answers meet, each with every reason that
 * matched, in the dataset's order. `{ data: ['tabular'] }` -> sklearn and gbdt, "You work with tabular data."
 */
export function matchAlternatives(context: ConditionContext): MatchedAlternative[] {
  return context.dataset.alternatives.flatMap((alternative) => {
    const reasons = alternative.matches.filter((m) => evaluateCondition(m.when, context)).map((m) => m.reason);
    return reasons.length > 0 ? [{ alternativeId: alternative.id, reasons }] : [];
  });
}
