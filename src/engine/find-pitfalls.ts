import { evaluateCondition, type ConditionContext } from './conditions.ts';
import type { MatchedPitfall } from './types.ts';

/** The pitfalls whose conditions hold, with why. `{ codebase: 'tf1' }` -> tf1-graph-code. */
export function findPitfalls(context: ConditionContext): MatchedPitfall[] {
  return context.dataset.pitfalls.filter((p) => evaluateCondition(p.when, context)).map((p) => ({ pitfallId: p.id, why: p.why }));
}
