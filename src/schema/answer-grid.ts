// The grids answers live on (weights to three decimals, tried scores to one) and the key of a
// tried score: read by the answers' checks and by answer-values alike, so neither imports the other.

/**
 * Scores, totals and score ends closer than this are equal: the one tolerance of the engine and
 * the answers alike (ranking ties, robustness levels, a tipping point at the scale's end, a tried
 * score equal to the data's), so floating-point noise never reorders, splits or records anything.
 */
export const SCORE_EPSILON = 1e-9;

/** Weights are kept to three decimals: finer ones mean nothing to a user and only invite floating-point noise. */
export const WEIGHT_DECIMALS = 3;
const GRID = 10 ** WEIGHT_DECIMALS;

/** Whether a number lies on the three-decimal grid of weights. */
export const isOnWeightGrid = (n: number) => Math.abs(n * GRID - Math.round(n * GRID)) < 1e-6;

/** Scores tried in the what-if are kept to one decimal, as the tipping points name them ("above 7.4"). */
export const SCORE_DECIMALS = 1;

/** Whether a number lies on the one-decimal grid of tried scores. */
export const isOnScoreGrid = (n: number) => Math.abs(n * 10 ** SCORE_DECIMALS - Math.round(n * 10 ** SCORE_DECIMALS)) < 1e-6;

/** A tried score's key: the criterion, then the framework (`production.tensorflow`). */
export const scoreKey = (criterionId: string, frameworkId: string) => `${criterionId}.${frameworkId}`;

/** A tried score's key in its parts: `production.tensorflow` -> `['production', 'tensorflow']`; anything else -> null. */
export function splitScoreKey(key: string): readonly [criterionId: string, frameworkId: string] | null {
  const parts = key.split('.');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}
