import { bench, describe } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { findAnswerTippingPoints, recommend } from '../../src/engine/index.ts';
import type { Answers } from '../../src/schema/answers.ts';
import panel from '../fixtures/expert-panel.json';
import { syntheticDataset } from '../support/synthetic-dataset.ts';

const research = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], workload: ['classic'], targets: ['server'], hardware: ['nvidia'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
// The synthetic datasets keep the seed's questionnaire (no workload question, GPUs by no vendor).
const synthetic = { goal: 'both', modelSource: 'finetune', data: ['text', 'generative'], targets: ['server', 'mobile', 'browser'], hardware: ['tpu', 'gpu'], scale: 'cluster', team: 'tensorflow', codebase: 'tf2', projectSize: 'large', priorities: { mobile: 6, research: 2 } };
const migration = { goal: 'both', modelSource: 'finetune', data: ['text', 'generative'], workload: ['llm-finetune'], targets: ['server', 'mobile', 'browser'], hardware: ['tpu', 'nvidia'], scale: 'cluster', team: 'tensorflow', codebase: 'tf2', projectSize: 'large', priorities: { mobile: 6, research: 2 } };

describe(`recommend() on the current edition (${currentDataset.meta.edition.label})`, () => {
  bench('research profile', () => {
    recommend(research, currentDataset);
  });
  if (!recommend(research, currentDataset).ok || !recommend(migration, currentDataset).ok) throw new Error('the bench answers must fit the current questionnaire');
  bench('migration profile with priorities', () => {
    recommend(migration, currentDataset);
  });
});

describe('recommend() on synthetic datasets (frameworks x criteria)', () => {
  for (const [frameworks, criteria] of [
    [10, 15],
    [50, 30],
    [100, 60],
  ] as const) {
    const dataset = syntheticDataset(frameworks, criteria);
    if (!recommend(synthetic, dataset).ok) throw new Error('the synthetic answers must fit the synthetic questionnaire');
    bench(`${frameworks} x ${criteria}`, () => {
      recommend(synthetic, dataset);
    });
  }
});

// Robustness is part of recommend(); its cost grows with the weights' grid. The expert panel's
// 68 real projects, one after another (divide by 68 for one), and the project whose weights
// make the widest grid (the worst case of real answers); and the answer tipping points, which
// the result page computes apart.
describe('robustness and tipping points on real answers (the expert panel)', () => {
  const projects = (panel.projects as { readonly answers: Answers }[]).map((p) => p.answers);
  const totalWeight = (answers: Answers) => {
    const result = recommend(answers, currentDataset);
    return result.ok ? result.totalWeight : 0;
  };
  const widest = projects.reduce((a, b) => (totalWeight(b) > totalWeight(a) ? b : a));
  bench(`recommend() for all ${projects.length} panel projects`, () => {
    for (const answers of projects) recommend(answers, currentDataset);
  });
  bench('recommend() for the panel project with the widest grid', () => {
    recommend(widest, currentDataset);
  });
  bench('findAnswerTippingPoints(), migration profile', () => {
    findAnswerTippingPoints(migration, currentDataset);
  });
});
