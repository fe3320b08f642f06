import { bench, describe } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { recommend } from '../../src/engine/index.ts';
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
