import type { Dataset } from '../schema/dataset.ts';
import { SCORE_EPSILON } from '../schema/answer-grid.ts';
import type { CriterionWeight, FrameworkScore, ScoreTable } from './types.ts';

export { SCORE_EPSILON };

/**
 * Weighted mean score per framework (0-10), best first, with each criterion's
 * contribution. Equal weights on the seed's six criteria -> PyTorch 8.5, TensorFlow 7.5.
 * Ties keep the dataset's framework order, so the result is deterministic.
 */
export function scoreFrameworks(weights: readonly CriterionWeight[], scores: ScoreTable, dataset: Pick<Dataset, 'frameworks'>): FrameworkScore[] {
  const totalWeight = weights.reduce((sum, w) => sum + w.weight, 0);
  const scored = dataset.frameworks.map((framework, order) => {
    const contributions = weights.map((w) => {
      const score = scores[w.criterionId]?.[framework.id]?.score ?? 0;
      return { criterionId: w.criterionId, weight: w.weight, score, contribution: totalWeight > 0 ? (w.weight * score) / totalWeight : 0 };
    });
    const score = contributions.reduce((sum, c) => sum + c.contribution, 0);
    return { order, result: { frameworkId: framework.id, score, contributions } };
  });
  scored.sort((a, b) => (Math.abs(a.result.score - b.result.score) < SCORE_EPSILON ? a.order - b.order : b.result.score - a.result.score));
  return scored.map((s) => s.result);
}

/**
 * Per criterion, which framework scores higher: the seed's "wins" table.
 * `['research', 'mobile']` -> `{ winners: { research: 'pytorch', mobile: 'tensorflow' }, wins: { pytorch: 1, tensorflow: 1 }, ties: 0 }`.
 */
export function tallyCriterionWins(scores: ScoreTable, criterionIds: readonly string[], frameworkIds: readonly string[]) {
  const winners: Record<string, string | null> = {};
  const wins: Record<string, number> = Object.fromEntries(frameworkIds.map((id) => [id, 0]));
  let ties = 0;
  for (const criterionId of criterionIds) {
    const row = scores[criterionId] ?? {};
    const best = Math.max(...frameworkIds.map((id) => row[id]?.score ?? 0));
    const leaders = frameworkIds.filter((id) => (row[id]?.score ?? 0) === best);
    if (leaders.length === 1) {
      winners[criterionId] = leaders[0]!;
      wins[leaders[0]!]! += 1;
    } else {
      winners[criterionId] = null;
      ties += 1;
    }
  }
  return { winners, wins, ties };
}
