import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleEditions } from '../../src/schema/assemble-dataset.ts';
import type { DataFiles } from '../../src/schema/dataset.ts';

// The editions as the app assembles them, read with node's fs rather than Vite's glob, so
// that end-to-end tests can compute what the page must show instead of copying today's numbers.
const readJson = (dir: string, prefix = '') =>
  Object.fromEntries(readdirSync(join(process.cwd(), dir)).filter((f) => f.endsWith('.json')).map((f) => [`${prefix}${f}`, JSON.parse(readFileSync(join(process.cwd(), dir, f), 'utf8')) as unknown]));

export const { editions, seed: seedDataset, current: currentDataset } = assembleEditions(readJson('data') as DataFiles, readJson('data/editions', 'editions/'));
