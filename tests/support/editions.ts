import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleEditions } from '../../src/schema/assemble-dataset.ts';
import type { DataFiles } from '../../src/schema/dataset.ts';

// The editions as the app assembles them, read with node's fs rather than Vite's glob, so
// that end-to-end tests can compute what the page must show instead of copying today's numbers.
const readJson = (dir: string, prefix = '') =>
  Object.fromEntries(readdirSync(join(process.cwd(), dir)).filter((f) => f.endsWith('.json')).map((f) => [`${prefix}${f}`, JSON.parse(readFileSync(join(process.cwd(), dir, f), 'utf8')) as unknown]));

/** The edition files whole, as in data/editions/ (the page ships each as a patch, and loads its record on demand). */
export const editionFiles: Readonly<Record<string, unknown>> = readJson('data/editions', 'editions/');

export const { editions, seed: seedDataset, current: currentDataset } = assembleEditions(readJson("data") as DataFiles, editionFiles);

/** The start page's presets (data/presets.json), read with fs for the same reason. */
export const presetList = (JSON.parse(readFileSync(join(process.cwd(), 'data/presets.json'), 'utf8')) as { presets: { id: string; label: string; description: string; answers: Record<string, string | string[]> }[] }).presets;

/** The seed's files as data/ holds them, keyed by file name (presets.json among them, which the dataset ignores). */
export const dataFiles = readJson('data') as DataFiles;

/** The dataset of an edition id, or null when there is no such edition. */
export const datasetFor = (editionId: string) => editions.find((d) => d.meta.edition.id === editionId) ?? null;
