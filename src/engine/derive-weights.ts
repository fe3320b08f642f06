import type { Answers } from '../schema/answers.ts';
import type { Dataset } from '../schema/dataset.ts';
import { chosenOptions, weightOverrides } from '../schema/answer-values.ts';
import { evaluateCondition, NO_LEADER } from './conditions.ts';
import type { CriterionWeight, WeightPart } from './types.ts';

/**
 * Criterion weights from the answers: base weight plus each chosen option's effect (those
 * whose condition the answers meet), then the user's overrides. `{ goal: 'research' }` -> research 1 + 3 = 4, devex 1 + 2 = 3, ...
 */
export function deriveWeights(answers: Answers, dataset: Dataset): CriterionWeight[] {
  const parts = new Map<string, WeightPart[]>(dataset.criteria.map((c) => [c.id, c.baseWeight !== 0 ? [{ from: 'base', amount: c.baseWeight }] : []]));
  for (const question of dataset.questions) {
    for (const optionId of chosenOptions(answers, question.id)) {
      const option = question.options.find((o) => o.id === optionId);
      for (const effect of option?.weights ?? []) {
        if (effect.when && !evaluateCondition(effect.when, { answers, dataset, leaderId: NO_LEADER })) continue;
        parts.get(effect.criterion)?.push({ from: 'answer', questionId: question.id, optionId, amount: effect.amount, reason: effect.reason });
      }
    }
  }
  const overrides = weightOverrides(answers, dataset.meta.roles.priorities);
  return dataset.criteria.map((criterion) => {
    const criterionParts = parts.get(criterion.id) ?? [];
    const suggested = Math.max(0, criterionParts.reduce((sum, part) => sum + part.amount, 0));
    const override = overrides[criterion.id];
    return {
      criterionId: criterion.id,
      weight: override ?? suggested,
      suggested,
      overridden: override !== undefined,
      parts: criterionParts,
    };
  });
}
