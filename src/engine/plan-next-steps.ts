import { chosenOptions } from '../schema/answer-values.ts';
import { evaluateCondition, type ConditionContext } from './conditions.ts';
import type { NextStep } from './types.ts';

/**
 * Deployment paths for the leader on each chosen target, in the order chosen, keeping
 * only the paths whose condition the answers meet: those made for these answers first, those no
 * longer maintained last. A retired target stands for the
 * targets that replaced it (`edge` -> embedded boards and microcontrollers).
 * `{ targets: ['mobile'] }`, TensorFlow leading -> mobile: LiteRT.
 */
export function planNextSteps(context: ConditionContext): NextStep[] {
  const frameworkId = context.leaderId();
  const { dataset } = context;
  const options = dataset.questions.find((q) => q.id === dataset.meta.roles.targets)?.options ?? [];
  const chosen = chosenOptions(context.answers, dataset.meta.roles.targets);
  const targetIds = [...new Set(chosen.flatMap((id) => options.find((o) => o.id === id)?.retired?.replacedBy ?? [id]))];
  return targetIds.flatMap((targetId) => {
    const target = dataset.deployment.find((t) => t.target === targetId);
    const paths = (target?.paths.filter((p) => p.framework === frameworkId && (!p.when || evaluateCondition(p.when, context))) ?? [])
      // The paths made for these answers first (vLLM for LLM work), then the general ones, then those no longer maintained.
      .map((path, index) => ({ path, index, rank: path.status && path.status.kind !== 'maintained' ? 2 : path.when ? 0 : 1 }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ path }) => path);
    return paths.length > 0 ? [{ targetId, frameworkId, paths }] : [];
  });
}
