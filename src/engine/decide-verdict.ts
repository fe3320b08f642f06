import { evaluateCondition, type ConditionContext } from './conditions.ts';
import { SCORE_EPSILON } from './score-frameworks.ts';
import type { FrameworkScore, Robustness, Verdict } from './types.ts';

/**
 * The verdict: a wrong-comparison rule from the data when one applies (hosted API,
 * tabular only), else a tie when the two lead level, a close call when the margin is under
 * the dataset's threshold or the leader does not stay first in enough plausible score sets
 * (meta.uncertainty.threshold; a toss-up when it comes first in fewer than half) or it is under a
 * product's bar on a weighted target (`underBar`, the frameworks that are), or a clear winner. PyTorch 8.5 vs TensorFlow 7.5 with a 0.3 threshold -> winner, margin 1.
 */
export function decideVerdict(ranking: readonly FrameworkScore[], context: ConditionContext, robustness: Robustness | null = null, underBar: ReadonlySet<string> = new Set()): Verdict {
  const [leader, runnerUp] = ranking;
  if (!leader || !runnerUp) throw new Error('The dataset must score at least two frameworks.');
  // Scores within floating-point noise of each other are level: a tie, never a "-0.00" lead.
  const tie = Math.abs(leader.score - runnerUp.score) < SCORE_EPSILON;
  const margin = tie ? 0 : leader.score - runnerUp.score;
  const threshold = context.dataset.meta.uncertainty?.threshold;
  const fragile = robustness !== null && threshold !== undefined && robustness.held < threshold;
  // The headline names the framework that comes first most often; when none does in most score sets, it is a toss-up.
  const tossUp = !tie && robustness !== null && (robustness.held < 0.5 || robustness.others.some((o) => o.share >= robustness.held));
  // A leader under a product's bar on a weighted target leads on the weights, not as a clear fit: the best framework that clears every bar is named beside it.
  const barred = !tie && underBar.has(leader.frameworkId) ? { clearId: ranking.find((r) => !underBar.has(r.frameworkId))?.frameworkId ?? null } : null;
  const isCloseCall = margin < context.dataset.meta.closeCallMargin || fragile || tossUp || barred !== null;
  const rule = context.dataset.wrongComparisons.find((r) => evaluateCondition(r.when, context));
  return {
    kind: rule ? 'wrongComparison' : tie ? 'tie' : isCloseCall ? 'close' : 'winner',
    leaderId: leader.frameworkId,
    runnerUpId: runnerUp.frameworkId,
    margin,
    isCloseCall,
    tossUp,
    underBar: barred,
    wrongComparison: rule ? { ruleId: rule.id, title: rule.title, explanation: rule.explanation, alternativeIds: rule.alternatives, nextSteps: rule.nextSteps ?? [] } : null,
  };
}
