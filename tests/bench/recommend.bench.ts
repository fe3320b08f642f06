import { bench, describe } from 'vitest';
import { currentDataset } from '../../src/data/editions.ts';
import { recommend } from '../../src/engine/index.ts';
import { syntheticDataset } from '../support/synthetic-dataset.ts';

const research = { goal: 'research', modelSource: 'custom', data: ['text', 'vision'], targets: ['server'], hardware: ['gpu'], scale: 'multi-gpu', team: 'pytorch', codebase: 'none' };
const migration = { goal: 'both', modelSource: 'finetune', data: ['text', 'generative'], targets: ['server', 'mobile', 'browser'], hardware: ['tpu', 'gpu'], scale: 'cluster', team: 'tensorflow', codebase: 'tf2', projectSize: 'large', priorities: { mobile: 6, research: 2 } };

describe(`recommend() on the current edition (${currentDataset.meta.edition.label})`, () => {
  bench('research profile', () => {
    recommend(research, currentDataset);
  });
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
    bench(`${frameworks} x ${criteria}`, () => {
      recommend(migration, dataset);
    });
  }
});
