import { chosenOptions } from '../schema/answer-values.ts';
import type { ConditionContext } from './conditions.ts';
import type { NextStep } from './types.ts';

/**
 * Deployment paths for the leader on each chosen target, in the order chosen.
 * `{ targets: ['mobile'] }`, TensorFlow leading -> mobile: TensorFlow Lite.
 */
export function planNextSteps(context: ConditionContext): NextStep[] {
  const frameworkId = context.leaderId();
  return chosenOptions(context.answers, context.dataset.meta.roles.targets).flatMap((targetId) => {
    const target = context.dataset.deployment.find((t) => t.target === targetId);
    const paths = target?.paths.filter((p) => p.framework === frameworkId) ?? [];
    return paths.length > 0 ? [{ targetId, frameworkId, paths }] : [];
  });
}
