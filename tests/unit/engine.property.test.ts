import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dataFiles, editions } from '../support/editions.ts';
import { applyEdition } from '../../src/schema/apply-edition.ts';
import type { Dataset } from '../../src/schema/dataset.ts';
import { frameworksEdition } from '../support/add-frameworks.ts';
import { recommend, scoreFrameworks, type Recommendation } from '../../src/engine/index.ts';
import type { CriterionWeight, ScoreTable } from '../../src/engine/types.ts';
import { arbitraryAnswers } from '../support/arbitraries.ts';


const weightedSum = (weights: readonly CriterionWeight[], scores: ScoreTable, frameworkId: string) =>
  weights.reduce((sum, w) => sum + w.weight * scores[w.criterionId]![frameworkId]!.score, 0);

/** The seed with frameworks added by data alone: three and four frameworks in all. */
function withFrameworks(ids: readonly string[]): Dataset {
  const result = applyEdition(dataFiles, frameworksEdition(dataFiles, ids), 'editions/2026-12.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.dataset;
}
const datasets: readonly (readonly [string, Dataset])[] = [
  ...editions.map((dataset) => [dataset.meta.edition.label, dataset] as const),
  ['seed with three frameworks', withFrameworks(['probe'])],
  ['seed with four frameworks', withFrameworks(['probe', 'quill'])],
];

// Every property holds on every edition (the seed as published and each later one), and with any number of frameworks.
describe.each(datasets)('recommend() properties on the %s', (_label, dataset) => {
  const answers = arbitraryAnswers(dataset);
  const criterionIds = dataset.criteria.map((c) => c.id);
  // With one seed, the properties below draw the same answer sets; each is recommended once and
  // its result checked by every property (recommend() is pure: the byte-for-byte property
  // recomputes rather than reuses, and so proves the reuse sound).
  const recommended = new Map<string, Recommendation>();
  const ok = (input: unknown): Recommendation => {
    const key = JSON.stringify(input);
    const known = recommended.get(key);
    if (known) return known;
    const result = recommend(input, dataset);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    recommended.set(key, result);
    return result;
  };

  // Random answers mostly carry weights in odd thousandths, whose robustness is sampled (up to
  // about 10 ms a result on this machine): 500 of them take 4-5 s alone, more beside other work.
  const MANY_RESULTS = 30_000;
  test.prop([answers], { numRuns: 500 })('every answer set the schema accepts yields a result without throwing', (a) => {
    expect(() => ok(a)).not.toThrow();
  }, MANY_RESULTS);

  test.prop([answers], { numRuns: 200 })('the same answers give the same result, byte for byte', (a) => {
    expect(JSON.stringify(recommend(structuredClone(a), dataset))).toBe(JSON.stringify(recommend(a, dataset)));
  }, MANY_RESULTS);

  test.prop([answers], { numRuns: 300 })('never calls a framework under a product\'s bar on a weighted target a clear fit', (a) => {
    const result = ok(a);
    const { verdict } = result;
    const under = result.weights.some((w) => w.weight > 0 && result.scores[w.criterionId]?.[verdict.leaderId]?.belowFloor);
    if (under && verdict.kind !== 'tie') {
      expect(verdict.kind).not.toBe('winner');
      expect(verdict.underBar).not.toBeNull();
    } else expect(verdict.underBar).toBeNull();
  }, MANY_RESULTS);

  test.prop([answers], { numRuns: 500 })('every score stays on the 0-10 scale, and within the data\'s 1-10 when any weight is set', (a) => {
    const result = ok(a);
    for (const r of result.ranking) {
      expect(r.score).toBeGreaterThanOrEqual(result.totalWeight > 0 ? 1 - 1e-9 : 0);
      expect(r.score).toBeLessThanOrEqual(10 + 1e-9);
    }
    for (const w of result.weights) expect(w.weight).toBeGreaterThanOrEqual(0);
  });

  test.prop([answers, fc.double({ min: 0.01, max: 100, noNaN: true })], { numRuns: 300 })('scaling all weights by a constant changes no ranking', (a, factor) => {
    const result = ok(a);
    const scaled = result.weights.map((w) => ({ ...w, weight: w.weight * factor }));
    const ranking = scoreFrameworks(scaled, result.scores, dataset);
    expect(ranking.map((r) => r.frameworkId)).toEqual(result.ranking.map((r) => r.frameworkId));
  });

  test.prop([answers, fc.constantFrom(...criterionIds), fc.double({ min: 0.001, max: 20, noNaN: true })], { numRuns: 500 })(
    "raising the weight of a criterion on which A beats B never lowers A's lead over B, nor lets B overtake A",
    (a, criterionId, raise) => {
      const result = ok(a);
      const [first, second] = result.ranking.map((r) => r.frameworkId);
      for (const [A, B] of [[first!, second!], [second!, first!]] as const) {
        if (result.scores[criterionId]![A]!.score <= result.scores[criterionId]![B]!.score) continue;
        const raised = result.weights.map((w) => (w.criterionId === criterionId ? { ...w, weight: w.weight + raise } : w));
        // The lead in weighted sums (what decides the ranking) never falls.
        const before = weightedSum(result.weights, result.scores, A) - weightedSum(result.weights, result.scores, B);
        const after = weightedSum(raised, result.scores, A) - weightedSum(raised, result.scores, B);
        expect(after).toBeGreaterThanOrEqual(before);
        // So A, if ahead of B, stays ahead.
        const order = (r: readonly { frameworkId: string }[]) => [r.findIndex((x) => x.frameworkId === A), r.findIndex((x) => x.frameworkId === B)];
        const [aBefore, bBefore] = order(result.ranking);
        if (aBefore! < bBefore!) {
          const [aAfter, bAfter] = order(scoreFrameworks(raised, result.scores, dataset));
          expect(aAfter).toBeLessThan(bAfter!);
        }
      }
    },
  );

  test.prop([answers], { numRuns: 300 })('every tipping point is exact: the leaders tie there, and the new leader leads just past it', (a) => {
    const result = ok(a);
    for (const tip of result.tippingPoints) {
      const at = (weight: number) => result.weights.map((w) => (w.criterionId === tip.criterionId ? { ...w, weight } : w));
      const tie = scoreFrameworks(at(tip.weight), result.scores, dataset);
      const leader = tie.find((r) => r.frameworkId === result.verdict.leaderId)!;
      const challenger = tie.find((r) => r.frameworkId === tip.newLeaderId)!;
      expect(Math.abs(leader.score - challenger.score)).toBeLessThan(1e-9);
      const step = Math.max(1e-6, Math.abs(tip.weight) * 1e-6);
      const past = scoreFrameworks(at(tip.weight + (tip.direction === 'up' ? step : -step)), result.scores, dataset);
      if (tip.direction === 'up' || tip.weight >= step) expect(past[0]!.frameworkId).toBe(tip.newLeaderId);
    }
  });

  test.prop([fc.anything()], { numRuns: 1000 })('never throws on anything at all', (input) => {
    expect(() => recommend(input, dataset)).not.toThrow();
  });
});
