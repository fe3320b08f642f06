import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { seedDataset } from '../support/editions.ts';
import { applyAnswerTip, findAnswerTippingPoints, recommend, SCORE_EPSILON, scoreFrameworks, type Recommendation } from '../../src/engine/index.ts';
import { setTriedScore } from '../../src/schema/answer-values.ts';
import { scorePast } from '../../src/words/tipping-sentences.ts';
import { applicableQuestions } from '../../src/engine/applicable-questions.ts';
import { rankingFor } from '../../src/engine/rank-frameworks.ts';
import { assessRobustness, EXACT_LIMIT } from '../../src/engine/assess-robustness.ts';
import { findScoreTippingPoints } from '../../src/engine/find-score-tipping-points.ts';
import type { CriterionWeight, FrameworkScore, ScoreTable } from '../../src/engine/types.ts';
import { headline, robustnessSentence } from '../../src/words/explain.ts';
import { arbitraryAnswers } from '../support/arbitraries.ts';
import type { Answers } from '../../src/schema/answers.ts';

const scale = { min: 1, max: 10 };

/** A small made-up comparison: weights, a score table with a range per score, and the ranking. */
interface Small {
  readonly weights: CriterionWeight[];
  readonly scores: ScoreTable;
  readonly ranges: Record<string, Record<string, number>>;
  readonly ranking: FrameworkScore[];
}

function small(frameworks: number, weightValues: readonly number[], cells: readonly (readonly [number, number])[]): Small {
  const ids = Array.from({ length: frameworks }, (_, i) => `f${i}`);
  const weights = weightValues.map((weight, c): CriterionWeight => ({ criterionId: `c${c}`, weight, suggested: weight, overridden: false, parts: [] }));
  const scores: Record<string, Record<string, { score: number; reason: string; sources: string[]; estimate: boolean; asOf: string }>> = {};
  const ranges: Record<string, Record<string, number>> = {};
  weights.forEach((w, c) => {
    scores[w.criterionId] = {};
    ranges[w.criterionId] = {};
    ids.forEach((id, f) => {
      const [score, range] = cells[(c * frameworks + f) % cells.length]!;
      scores[w.criterionId]![id] = { score, reason: 'test', sources: ['project'], estimate: true, asOf: '2026-11' };
      ranges[w.criterionId]![id] = range;
    });
  });
  const ranking = scoreFrameworks(weights, scores, { frameworks: ids.map((id) => ({ id, name: id, maintainer: 'x', summary: 'x' })) });
  return { weights, scores, ranges, ranking };
}

/** Every score set, one by one: the reference the engine must equal. */
function bruteForce({ weights, scores, ranges, ranking }: Small) {
  const ids = ranking.map((r) => r.frameworkId);
  const cells = ids.flatMap((id, f) =>
    weights
      .filter((w) => w.weight > 0)
      .map((w) => {
        const s = scores[w.criterionId]![id]!.score;
        const r = ranges[w.criterionId]![id]!;
        const values: number[] = [];
        for (let k = -r; k <= r; k++) values.push(s + k);
        return { f, weight: w.weight, values };
      }),
  );
  const counts = new Array<number>(ids.length + 1).fill(0);
  let n = 0;
  const walk = (i: number, totals: number[]) => {
    if (i === cells.length) {
      n++;
      const best = totals.indexOf(Math.max(...totals));
      const alone = totals.every((t, f) => f === best || t < totals[best]! - 1e-9);
      counts[alone ? best : ids.length]! += 1;
      return;
    }
    const c = cells[i]!;
    for (const v of c.values) {
      const next = [...totals];
      next[c.f]! += c.weight * v;
      walk(i + 1, next);
    }
  };
  walk(0, new Array<number>(ids.length).fill(0));
  return { held: counts[0]! / n, level: counts[ids.length]! / n, shares: Object.fromEntries(ids.slice(1).map((id, i) => [id, counts[i + 1]! / n])), scoreSets: n };
}

const smallArbitrary = fc
  .record({
    frameworks: fc.integer({ min: 2, max: 3 }),
    // Multiples of a half (the answers' weights), and odd thousandths (weights typed into a link).
    weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }).map((n) => n / 2), fc.integer({ min: 1, max: 3000 }).map((n) => n / 1000)), { minLength: 1, maxLength: 3 }),
    cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 9 }),
  })
  .map(({ frameworks, weights, cells }) => small(frameworks, weights, cells));

describe('robustness: how much of the verdict survives the uncertainty of the scores', () => {
  test.prop([smallArbitrary], { numRuns: 300 })('equals a brute-force count of every score set on small comparisons', (s) => {
    const range = (c: string, f: string) => s.ranges[c]![f]!;
    const result = assessRobustness(s.weights, s.scores, s.ranking, range);
    if (s.weights.every((w) => w.weight === 0)) {
      expect(result).toBeNull();
      return;
    }
    const reference = bruteForce(s);
    expect(result!.scoreSets).toBe(reference.scoreSets);
    // Exact to 1e-9 when counted; a sample (odd thousandths on a wide grid) within two points.
    const near = (a: number, b: number) => {
      expect(Math.abs(a - b)).toBeLessThan(result!.exact ? 1e-9 : 0.02);
    };
    near(result!.held, reference.held);
    near(result!.level, reference.level);
    for (const other of result!.others) near(other.share, reference.shares[other.frameworkId]!);
  });

  test.prop([smallArbitrary], { numRuns: 200 })('is 100% when no score within its range can change the order', (s) => {
    // Spread the frameworks apart: the leader's lowest total above every other's highest.
    const [leader, ...rest] = s.ranking;
    const apart: ScoreTable = Object.fromEntries(
      s.weights.map((w) => [w.criterionId, { ...s.scores[w.criterionId]!, [leader!.frameworkId]: { ...s.scores[w.criterionId]![leader!.frameworkId]!, score: 10 }, ...Object.fromEntries(rest.map((r) => [r.frameworkId, { ...s.scores[w.criterionId]![r.frameworkId]!, score: 5 }])) }]),
    );
    const result = assessRobustness(s.weights, apart, s.ranking, () => 2);
    if (result) expect(result.held).toBe(1);
  });

  test.prop([smallArbitrary], { numRuns: 100 })('is deterministic: the same input gives the same figures, byte for byte', (s) => {
    const range = (c: string, f: string) => s.ranges[c]![f]!;
    expect(JSON.stringify(assessRobustness(s.weights, s.scores, s.ranking, range))).toBe(JSON.stringify(assessRobustness(s.weights, s.scores, s.ranking, range)));
  });

  it('samples, with a fixed seed and within a point of the exact share, when there are too many totals to count', () => {
    // Odd thousandths on many criteria: the exact grid would be too large.
    const weights = [1.001, 2.003, 1.007, 2.011, 1.013, 3.017, 1.019, 2.023, 1.029, 2.031];
    const s = small(3, weights, [[8, 2], [7, 2], [7, 2], [6, 2], [9, 2], [8, 2]]);
    const sampled = assessRobustness(s.weights, s.scores, s.ranking, () => 2)!;
    expect(sampled.exact).toBe(false);
    expect(sampled).toEqual(assessRobustness(s.weights, s.scores, s.ranking, () => 2));
    // The same comparison on half-point weights (close to these) is counted exactly, and the two agree to a point or two.
    const rounded = small(3, weights.map((w) => Math.round(w * 2) / 2), [[8, 2], [7, 2], [7, 2], [6, 2], [9, 2], [8, 2]]);
    const exact = assessRobustness(rounded.weights, rounded.scores, rounded.ranking, () => 2)!;
    expect(exact.exact).toBe(true);
    expect(Math.abs(sampled.held - exact.held)).toBeLessThan(0.03);
    expect(EXACT_LIMIT).toBeGreaterThan(0);
  });

  it('leaves the seed as published: no uncertainty in its data, no robustness, the same table', () => {
    const result = recommend({}, seedDataset);
    if (!result.ok) throw new Error('invalid');
    expect(result.robustness).toBeNull();
    expect(result.ranking.map((r) => r.score)).toEqual([8.5, 7.5]);
    expect(result.verdict.kind).toBe('winner');
    expect(robustnessSentence(result, seedDataset)).toBeNull();
  });

  it('turns a lead that too few plausible scorings keep into a close call, and says so in words', () => {
    const threshold = currentDataset.meta.uncertainty!.threshold;
    // A research profile weighted so that the lead is past the margin but fragile.
    const answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'tf2', projectSize: 'medium' };
    const result = recommend(answers, currentDataset) as Recommendation;
    expect(result.robustness).not.toBeNull();
    const fragile = result.robustness!.held < threshold;
    expect(result.verdict.kind === 'close').toBe(fragile || result.verdict.margin < currentDataset.meta.closeCallMargin);
    const held = Math.round(result.robustness!.held * 100);
    expect(robustnessSentence(result, currentDataset)).toMatch(
      new RegExp(`^(Allowing a change of up to a point in every score( \\([^)]+\\))?, TensorFlow stays first in ${held} of 100 ways they could move; otherwise |Survives (almost )?any change of up to a point in every score)`),
    );
    expect(robustnessSentence(result, currentDataset)).toMatch(/ Only the scores move here: the weights are yours, under “What would change this”\.$/);
  });

  test.prop([smallArbitrary], { numRuns: 300 })('moves every score both ways, so no framework behind the leader comes first in more than half the score sets', (s) => {
    const range = (c: string, f: string) => s.ranges[c]![f]!;
    const result = assessRobustness(s.weights, s.scores, s.ranking, range);
    if (!result) return;
    // Exact counts only: a sample may stray by its own error.
    const slack = result.exact ? 1e-9 : 0.02;
    for (const other of result.others) expect(other.share).toBeLessThanOrEqual(0.5 + slack);
    // A score at the scale's end moves up as well as down: a 10 against a 9, each off by a point, is no toss-up.
    expect(result.ranges.reduce((n, r) => n + r.scores, 0)).toBe(s.weights.filter((w) => w.weight > 0).length * s.ranking.length);
  });

  test.prop([arbitraryAnswers(currentDataset)], { numRuns: 150 })('names no leader in the headline whose own figure puts another first as often', (answers) => {
    const result = recommend(answers, currentDataset);
    if (!result.ok || !result.robustness || result.verdict.kind === 'tie') return;
    const { held, others } = result.robustness;
    const title = headline(result, currentDataset).title;
    if (result.verdict.tossUp) {
      expect(result.verdict.isCloseCall).toBe(true);
      if (!result.verdict.wrongComparison) expect(title).toMatch(/^A toss-up: /);
    } else {
      expect(held).toBeGreaterThanOrEqual(0.5);
      for (const o of others) expect(o.share).toBeLessThan(held);
      if (!result.verdict.wrongComparison) expect(title).not.toMatch(/toss-up/);
    }
  });

  it('calls it a toss-up, in those words, when no framework comes first in most plausible scorings', () => {
    // Found by sampling answers: three frameworks within half a point, on odd weights a link can carry.
    const answers = { modelSource: 'finetune', data: ['audio'], workload: ['recommender', 'forecasting'], targets: ['server'], hardware: ['tpu', 'nvidia', 'apple'], scale: 'cluster', codebase: 'none', projectSize: 'small', priorities: { ecosystem: 9.351, tpu: 9.58 }, scores: { 'amdGpu.tensorflow': 7.8, 'distributed.jax': 2, 'production.jax': 1.3, 'ecosystem.pytorch': 1.5 } };
    const result = recommend(answers, currentDataset) as Recommendation;
    expect(result.verdict.tossUp).toBe(true);
    const per100 = (share: number) => Math.round(share * 100);
    const [first, second] = [{ frameworkId: result.verdict.leaderId, share: result.robustness!.held }, ...result.robustness!.others].sort((a, b) => b.share - a.share);
    const name = (id: string) => currentDataset.frameworks.find((f) => f.id === id)!.name;
    expect(headline(result, currentDataset)).toEqual({
      title: expect.stringMatching(new RegExp(`^A toss-up: ${name(first!.frameworkId)}(, | or )${name(second!.frameworkId)}`)) as string,
      summary: expect.stringMatching(new RegExp(`: ${name(first!.frameworkId)} comes first in ${per100(first!.share)}(, | and )${name(second!.frameworkId)} in ${per100(second!.share)}`)) as string,
    });
    expect(robustnessSentence(result, currentDataset)).toMatch(new RegExp(`no framework comes first in most of the ways they could move: ${name(first!.frameworkId)} in ${per100(first!.share)}, `));
    // The scores the user tried are taken as given, and said so.
    expect(robustnessSentence(result, currentDataset)).toMatch(/none in the \d+ scores you tried/);
  });
});

describe('tipping points on scores and answers', () => {
  test.prop([smallArbitrary], { numRuns: 300 })('a score tipping point is exact: at that score the two leaders tie to 1e-9', (s) => {
    for (const tip of findScoreTippingPoints(s.weights, s.scores, s.ranking, scale)) {
      const moved: ScoreTable = { ...s.scores, [tip.criterionId]: { ...s.scores[tip.criterionId]!, [tip.frameworkId]: { ...s.scores[tip.criterionId]![tip.frameworkId]!, score: tip.score } } };
      const sum = (id: string) => s.weights.reduce((total, w) => total + w.weight * moved[w.criterionId]![id]!.score, 0);
      expect(Math.abs(sum(s.ranking[0]!.frameworkId) - sum(tip.newLeaderId))).toBeLessThan(1e-9);
      expect(tip.score).toBeGreaterThanOrEqual(scale.min);
      expect(tip.score).toBeLessThanOrEqual(scale.max);
    }
  });

  test.prop([arbitraryAnswers(currentDataset)], { numRuns: 60 })('a score tipping point, tried as Try it tries it, puts the framework it names first', (answers) => {
    const result = recommend(answers, currentDataset);
    if (!result.ok) throw new Error('valid answers');
    for (const tip of result.scoreTippingPoints) {
      const past = scorePast(tip, currentDataset.meta.scale);
      expect(past).not.toBeNull();
      const dataScore = result.scores[tip.criterionId]![tip.frameworkId]!.tried?.dataScore ?? tip.currentScore;
      const tried = recommend(setTriedScore(result.answers, 'scores', tip.criterionId, tip.frameworkId, past!, dataScore), currentDataset);
      if (!tried.ok) throw new Error('a tried score is a valid answer');
      const [first, second] = tried.ranking;
      // First, or level within the engine's epsilon when the tie sits just under the one-decimal grid.
      expect(first!.frameworkId === tip.newLeaderId || Math.abs(first!.score - tried.ranking.find((r) => r.frameworkId === tip.newLeaderId)!.score) < SCORE_EPSILON).toBe(true);
      expect(second).toBeDefined();
      // The tried score is taken as given: its range is nothing.
      expect(tried.scores[tip.criterionId]![tip.frameworkId]!.score).toBe(past);
    }
  });

  it('names no score tipping point a rounding error short of the scale’s end, which no score could pass', () => {
    // Found by the property above: with TensorFlow's research score tried at 6.8, it tied at 9.99999999999999.
    const result = recommend({ modelSource: 'finetune', workload: ['llm-finetune', 'forecasting'], targets: ['microcontroller', 'mobile', 'server'], codebase: 'tf1', projectSize: 'large', scores: { 'research.tensorflow': 6.8 } }, currentDataset);
    if (!result.ok) throw new Error('valid answers');
    for (const tip of result.scoreTippingPoints) expect(scorePast(tip, currentDataset.meta.scale)).not.toBeNull();
  });

  const leaderOf = (answers: Answers) => {
    const { answers: applicable } = applicableQuestions(answers, currentDataset);
    return rankingFor(applicable, currentDataset)[0]!.frameworkId;
  };
  test.prop([arbitraryAnswers(currentDataset)], { numRuns: 60 })('an answer tipping point, applied, changes the leader to the one it names', (answers) => {
    const before = leaderOf(answers);
    for (const tip of findAnswerTippingPoints(answers, currentDataset)) {
      const after = applyAnswerTip(answers, tip, currentDataset);
      expect(recommend(after, currentDataset).ok).toBe(true);
      expect(leaderOf(after)).toBe(tip.newLeaderId);
      expect(tip.newLeaderId).not.toBe(before);
    }
  });

  it('names the answers that alone would move a TensorFlow team off TensorFlow, and none that make it another verdict', () => {
    const answers: Answers = { goal: 'production', modelSource: 'custom', data: ['vision'], workload: ['classic'], targets: ['mobile', 'server'], hardware: ['nvidia'], scale: 'single', team: 'tensorflow', codebase: 'tf2', projectSize: 'small' };
    const tips = findAnswerTippingPoints(answers, currentDataset);
    expect(leaderOf(answers)).toBe('tensorflow');
    expect(tips).toContainEqual({ questionId: 'team', change: 'set', optionId: 'pytorch', newLeaderId: 'pytorch', noLongerAsked: [] });
    // A hosted model API is another verdict (the wrong comparison), not another leader.
    expect(tips.map((t) => t.optionId)).not.toContain('hosted');
    for (const tip of tips) expect((recommend(applyAnswerTip(answers, tip, currentDataset), currentDataset) as Recommendation).verdict.wrongComparison).toBeNull();
  });
});
