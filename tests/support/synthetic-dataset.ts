import { seedDataset } from './editions.ts';
import type { Criterion, Dataset } from '../../src/schema/dataset.ts';

/** A deterministic pseudo-random score on the 1-10 scale (hashed, so no two frameworks repeat each other's scores). */
const scoreAt = (i: number, j: number) => {
  const h = Math.imul(i + 1, 2654435761) ^ Math.imul(j + 1, 40503) ^ Math.imul(i + 1, j + 7);
  return 1 + (Math.imul(h ^ (h >>> 15), 2246822507) >>> 0) % 10;
};

/**
 * The shipped dataset widened to `frameworks` x `criteria` (the shipped criteria
 * first, then synthetic ones with base weight 1), for benchmarks and scaling tests.
 */
export function syntheticDataset(frameworks: number, criteria: number): Dataset {
  const frameworkList = Array.from({ length: frameworks }, (_, i) => ({ id: `fw${i}`, name: `Framework ${i}`, maintainer: 'Synthetic', summary: 'Synthetic framework.' }));
  const entry = (score: number) => ({ score, estimate: true, reason: 'Synthetic.', sources: ['project'], asOf: '2026-11' });
  const criterionList: Criterion[] = Array.from({ length: criteria }, (_, j) => {
    const shipped = seedDataset.criteria[j];
    return {
      id: shipped?.id ?? `c${j}`,
      name: shipped?.name ?? `Criterion ${j}`,
      kind: shipped?.kind ?? 'opinion',
      baseWeight: shipped?.baseWeight ?? 1,
      description: 'Synthetic.',
      scores: Object.fromEntries(frameworkList.map((f, i) => [f.id, entry(scoreAt(i, j))])),
    };
  });
  const questions = seedDataset.questions.map((q) => ({
    ...q,
    options: q.options.map((o) => ({
      ...o,
      weights: o.weights.filter((w) => criterionList.some((c) => c.id === w.criterion)),
      scores: o.scores
        ?.filter((s) => criterionList.some((c) => c.id === s.criterion))
        .map((s) => ({ ...s, values: Object.fromEntries(frameworkList.map((f, i) => [f.id, scoreAt(i + 1, 0)])) })),
      framework: o.framework === undefined ? undefined : 'fw0',
    })),
  }));
  return { ...seedDataset, frameworks: frameworkList, criteria: criterionList, questions, pitfalls: [], deployment: [] };
}
