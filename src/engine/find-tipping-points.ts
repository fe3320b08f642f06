import type { CriterionWeight, FrameworkScore, ScoreTable, TippingPoint } from './types.ts';

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
    for (const { frameworkId, lead } of leads) {
      const difference = leaderScore - (row[frameworkId]?.score ?? 0);
      if (difference === 0) continue;
      const weight = w.weight - lead / difference;
      if (difference < 0 && (up === null || weight < up.weight)) {
        up = { criterionId: w.criterionId, currentWeight: w.weight, direction: 'up', weight, newLeaderId: frameworkId };
      } else if (difference > 0 && weight >= 0 && (down === null || weight > down.weight)) {
        down = { criterionId: w.criterionId, currentWeight: w.weight, direction: 'down', weight, newLeaderId: frameworkId };
      }
    }
    if (up) points.push(up);
    if (down) points.push(down);
  }
  return points;
}
