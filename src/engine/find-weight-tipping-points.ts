import type { CriterionWeight, FrameworkScore, ScoreTable, TippingPoint } from './types.ts';

/** Relative tolerance under which two tipping weights are the same point. */
const TIE = 1e-9;

/**
 * For each criterion, the exact weight at which the leader would change, all other
 * weights held (up and/or down; none where no weight changes it).
 *
 * Every framework's score shares the denominator (the total weight), so the leader
 * is the framework with the largest weighted sum. Moving one weight w_c to t changes
 * the leader's lead over X by (t - w_c) * (s_leader,c - s_X,c), a straight line: the
 * tie is at t = w_c - lead / (s_leader,c - s_X,c). The nearest such t in each
 * direction (t >= 0) is the tipping point. Example: TF 5 / PT 10 on research, PT
 * leading by a weighted sum of 4 at weight 2 -> no tipping point up; down: t = 2 - 4/5 = 1.2.
 */
export function findTippingPoints(weights: readonly CriterionWeight[], scores: ScoreTable, ranking: readonly FrameworkScore[]): TippingPoint[] {
  const [leader, ...challengers] = ranking;
  if (!leader || challengers.length === 0) return [];
  const weightedSum = (frameworkId: string) => weights.reduce((sum, w) => sum + w.weight * (scores[w.criterionId]?.[frameworkId]?.score ?? 0), 0);
  const leaderSum = weightedSum(leader.frameworkId);
  const leads = challengers.map((c) => ({ frameworkId: c.frameworkId, lead: Math.max(0, leaderSum - weightedSum(c.frameworkId)) }));

  const points: TippingPoint[] = [];
  for (const w of weights) {
    const row = scores[w.criterionId] ?? {};
    const leaderScore = row[leader.frameworkId]?.score ?? 0;
    let up: TippingPoint | null = null;
    let down: TippingPoint | null = null;
    // When two challengers catch the leader at the same weight, the new leader just past it is
    // the one that gains fastest there: the larger score difference on this criterion.
    let upGain = 0;
    let downGain = 0;
    for (const { frameworkId, lead } of leads) {
      const difference = leaderScore - (row[frameworkId]?.score ?? 0);
      if (difference === 0) continue;
      const weight = w.weight - lead / difference;
      const same = (other: number) => Math.abs(weight - other) <= TIE * Math.max(1, Math.abs(other));
      if (difference < 0 && (up === null || (same(up.weight) ? -difference > upGain : weight < up.weight))) {
        up = { criterionId: w.criterionId, currentWeight: w.weight, direction: 'up', weight, newLeaderId: frameworkId };
        upGain = -difference;
      } else if (difference > 0 && weight >= 0 && (down === null || (same(down.weight) ? difference > downGain : weight > down.weight))) {
        down = { criterionId: w.criterionId, currentWeight: w.weight, direction: 'down', weight, newLeaderId: frameworkId };
        downGain = difference;
      }
    }
    if (up) points.push(up);
    if (down) points.push(down);
  }
  return points;
}
