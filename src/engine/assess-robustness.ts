import { SCORE_EPSILON as LEVEL } from '../schema/answer-grid.ts';
import type { CriterionWeight, FrameworkScore, Robustness, ScoreTable } from './types.ts';

// Totals closer than LEVEL are level.
/** Weights have at most three decimals (the answer schema's rule), so a thousandth is a whole unit. */
const PER_UNIT = 1000;
/** Up to this many possible totals per framework, every score set is counted exactly; beyond it, a seeded sample is. */
export const EXACT_LIMIT = 20_000;
/**
 * Sampled score sets: with 12,000 the share is within 0.9 percentage points of the exact one
 * 95 times in 100 (1.96 x sqrt(0.25 / 12,000)), so the figure shown to a whole percent holds.
 */
export const SAMPLES = 12_000;
const SEED = 0x5eed2026;

/** mulberry32: a small, fast, seeded generator, so the same answers give the same figure, byte for byte. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

interface Cell {
  /** The weight in whole grid units (weight x 1000 / the weights' greatest common divisor). */
  readonly units: number;
  readonly weight: number;
  readonly score: number;
  /** The whole-point moves the score may make within its range (0 included), lowest first. */
  readonly moves: readonly number[];
  /** The lowest and highest move. */
  readonly lo: number;
  readonly hi: number;
}

/**
 * How much of the verdict survives the uncertainty of the scores: the share of plausible
 * score sets (every weighted score equally likely to be any whole-point value within its
 * range) in which the leader stays first, alone, and who leads otherwise.
 *
 * A score at the scale's end may be off either way too: a 10 off by a point counts as 9, 10
 * or 11. Cut at the scale, its moves would only go down, and the framework that leads a
 * criterion with a 10 would be pushed down in nearly every score set (a PyTorch team on TPUs,
 * JAX's 10 there: "JAX ahead" with PyTorch first in 53 of 100). Every move keeps its score's
 * mean, so each total is symmetric about the total the ranking shows, and no framework
 * behind the leader can come first in more than half of the score sets.
 *
 * Each framework's total depends on its own scores only, so the totals are independent.
 * Weights on a grid (three decimals, divided by their greatest common divisor) make each total
 * a whole number of grid steps, whose distribution is a convolution over the weighted criteria;
 * then P(f first) = sum over f's totals t of P(T_f = t) x product over the others of P(T_g < t).
 * That is exact, and small for the weights the answers give (multiples of a half). Weights set
 * to odd thousandths can make it large: past EXACT_LIMIT totals, a seeded sample of SAMPLES
 * score sets is counted instead. `range(criterion, framework)` is how far that score may be off.
 * TF 5 / PT 10 on one criterion, each +-1 -> PyTorch first in all 9 score sets: held 1.
 */
export function assessRobustness(
  weights: readonly CriterionWeight[],
  scores: ScoreTable,
  ranking: readonly FrameworkScore[],
  range: (criterionId: string, frameworkId: string) => number,
): Robustness | null {
  const weighted = weights.filter((w) => w.weight > 0);
  const [leader] = ranking;
  if (weighted.length === 0 || !leader) return null;
  const divisor = weighted.reduce((g, w) => gcd(g, Math.round(w.weight * PER_UNIT)), 0) || 1;
  const step = divisor / PER_UNIT;
  let scoreSets = 1;
  const spreads = new Map<number, number>();
  const frameworks = ranking.map(({ frameworkId }) => {
    const cells: Cell[] = weighted.map((w) => {
      const score = scores[w.criterionId]?.[frameworkId]?.score ?? 0;
      const spread = Math.max(0, Math.round(range(w.criterionId, frameworkId)));
      spreads.set(spread, (spreads.get(spread) ?? 0) + 1);
      const moves = Array.from({ length: 2 * spread + 1 }, (_, i) => i - spread);
      return { units: Math.round((w.weight * PER_UNIT) / divisor), weight: w.weight, score, moves, lo: -spread, hi: spread };
    });
    scoreSets *= cells.reduce((n, c) => n * c.moves.length, 1);
    const base = cells.reduce((sum, c) => sum + c.weight * c.score, 0);
    const size = cells.reduce((sum, c) => sum + c.units * (c.hi - c.lo), 0) + 1;
    return { frameworkId, cells, base, size };
  });

  if (frameworks.every((f) => f.size <= EXACT_LIMIT)) {
    const exact = frameworks.map((f) => {
      // P(total = base + step x (low + i)), by convolution over the cells.
      let p = new Float64Array(1).fill(1);
      let offset = 0;
      for (const c of f.cells) {
        const next = new Float64Array(p.length + c.units * (c.hi - c.lo));
        const share = 1 / c.moves.length;
        for (let i = 0; i < p.length; i++) {
          if (p[i] === 0) continue;
          for (const m of c.moves) next[i + c.units * (m - c.lo)]! += p[i]! * share;
        }
        p = next;
        offset += c.units * c.lo;
      }
      const cumulative = new Float64Array(p.length);
      p.reduce((sum, x, i) => (cumulative[i] = sum + x), 0);
      return { ...f, low: offset, p, cumulative };
    });
    // P(T_g < t), less the level band.
    const below = (g: (typeof exact)[number], t: number) => {
      const index = Math.ceil((t - LEVEL - g.base) / step - g.low - LEVEL) - 1;
      return index < 0 ? 0 : index >= g.cumulative.length ? 1 : g.cumulative[index]!;
    };
    const first = exact.map((f, fi) => {
      let total = 0;
      for (let i = 0; i < f.p.length; i++) {
        if (f.p[i] === 0) continue;
        const t = f.base + step * (f.low + i);
        let product = f.p[i]!;
        for (let gi = 0; gi < exact.length && product > 0; gi++) if (gi !== fi) product *= below(exact[gi]!, t);
        total += product;
      }
      return total;
    });
    return summary(ranking, first, scoreSets, true, spreads);
  }

  // Too many totals to count one by one: a seeded sample of score sets.
  const random = seeded(SEED);
  const leads = new Array<number>(ranking.length).fill(0);
  const totals = new Float64Array(ranking.length);
  for (let n = 0; n < SAMPLES; n++) {
    frameworks.forEach((f, fi) => {
      let sum = f.base;
      for (const c of f.cells) sum += c.weight * c.moves[Math.floor(random() * c.moves.length)]!;
      totals[fi] = sum;
    });
    let best = 0;
    for (let fi = 1; fi < totals.length; fi++) if (totals[fi]! > totals[best]!) best = fi;
    if (totals.every((t, fi) => fi === best || t < totals[best]! - LEVEL)) leads[best]! += 1;
  }
  return summary(
    ranking,
    leads.map((n) => n / SAMPLES),
    scoreSets,
    false,
    spreads,
  );
}

/** The shares in the result's shape: the leader's, the others' (largest first), and the level rest. */
function summary(ranking: readonly FrameworkScore[], shares: readonly number[], scoreSets: number, exact: boolean, spreads: ReadonlyMap<number, number>): Robustness {
  // Sums of products land a hair off 0 and 1: snap them, so that a certain lead reads 1.
  const first = shares.map((share) => (share > 1 - 1e-12 ? 1 : share < 1e-12 ? 0 : share));
  const others = ranking
    .map((r, i) => ({ frameworkId: r.frameworkId, share: first[i]! }))
    .slice(1)
    .filter((o) => o.share > 1e-12)
    .sort((a, b) => b.share - a.share);
  const level = 1 - first.reduce((a, b) => a + b, 0);
  const ranges = [...spreads].map(([points, scores]) => ({ points, scores })).sort((a, b) => b.scores - a.scores || a.points - b.points);
  return { held: first[0]!, others, level: level < 1e-12 ? 0 : level, scoreSets, exact, ranges };
}
