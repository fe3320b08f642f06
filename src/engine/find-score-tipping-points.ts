import { SCORE_EPSILON } from '../schema/answer-grid.ts';
import type { CriterionWeight, FrameworkScore, ScoreTable, ScoreTippingPoint } from './types.ts';

/**
 * For each weighted criterion, the exact score at which the leader would change, all other
 * scores and every weight held: a challenger's score up until it ties the leader, or the
 * leader's down until it ties the runner-up; only ties a score can pass inside the scale. Smallest change
 * first; `plausible` when the change is within how far that score may be off (`range`).
 * Weighted sums are linear in each score, so the tie is at s + lead / weight.
 * Example: TF production 9 (weight 2), PyTorch ahead of TF by a weighted sum of 3 -> TF's
 * production score at 10.5 would tie: outside the scale, so none from TF there.
 */
// A tie within SCORE_EPSILON of the scale's end counts as at it: 9.99999999999999 is 10, which no score can pass.

export function findScoreTippingPoints(
  weights: readonly CriterionWeight[],
  scores: ScoreTable,
  ranking: readonly FrameworkScore[],
  scale: { readonly min: number; readonly max: number },
  range: (criterionId: string, frameworkId: string) => number = () => 0,
): ScoreTippingPoint[] {
  const [leader, ...challengers] = ranking;
  if (!leader || challengers.length === 0) return [];
  const score = (criterionId: string, frameworkId: string) => scores[criterionId]?.[frameworkId]?.score ?? 0;
  const sum = (frameworkId: string) => weights.reduce((total, w) => total + w.weight * score(w.criterionId, frameworkId), 0);
  const leaderSum = sum(leader.frameworkId);
  const sums = challengers.map((c) => ({ frameworkId: c.frameworkId, sum: sum(c.frameworkId) }));
  // The runner-up by weighted sum: the one the leader would meet first on the way down.
  const runnerUp = sums.reduce((best, c) => (c.sum > best.sum ? c : best));
  const points: ScoreTippingPoint[] = [];
  for (const w of weights) {
    if (w.weight <= 0) continue;
    for (const c of sums) {
      const current = score(w.criterionId, c.frameworkId);
      const at = current + (leaderSum - c.sum) / w.weight;
      // Past the tie must still be on the scale: a tie at 10 cannot be passed (nor one a rounding error short of it).
      if (at < scale.max - SCORE_EPSILON) points.push({ criterionId: w.criterionId, frameworkId: c.frameworkId, currentScore: current, score: at, newLeaderId: c.frameworkId, plausible: at - current <= range(w.criterionId, c.frameworkId) });
    }
    const current = score(w.criterionId, leader.frameworkId);
    const at = current - (leaderSum - runnerUp.sum) / w.weight;
    if (at > scale.min + SCORE_EPSILON) points.push({ criterionId: w.criterionId, frameworkId: leader.frameworkId, currentScore: current, score: at, newLeaderId: runnerUp.frameworkId, plausible: current - at <= range(w.criterionId, leader.frameworkId) });
  }
  return points.sort((a, b) => Math.abs(a.score - a.currentScore) - Math.abs(b.score - b.currentScore));
}
