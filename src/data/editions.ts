import alternatives from '../../data/alternatives.json';
import criteria from '../../data/criteria.json';
import deployment from '../../data/deployment.json';
import facts from '../../data/facts.json';
import frameworks from '../../data/frameworks.json';
import meta from '../../data/meta.json';
import migration from '../../data/migration.json';
import pitfalls from '../../data/pitfalls.json';
import questions from '../../data/questions.json';
import sources from '../../data/sources.json';
import verdicts from '../../data/verdicts.json';
import { assembleEditions, editionToCompare } from '../schema/assemble-dataset.ts';
import type { DataFiles, Dataset, EditionFile, EditionRecord } from '../schema/dataset.ts';

/** The files in data/ (the seed edition), keyed by file name: the only place that imports them. */
export const dataFiles: DataFiles = {
  'meta.json': meta,
  'sources.json': sources,
  'frameworks.json': frameworks,
  'criteria.json': criteria,
  'facts.json': facts,
  'alternatives.json': alternatives,
  'migration.json': migration,
  'pitfalls.json': pitfalls,
  'verdicts.json': verdicts,
  'deployment.json': deployment,
  'questions.json': questions,
};

/**
 * Later editions, discovered: every file in data/editions/ is one (the seed plus a list
 * of cited changes), keyed as `editions/<name>.json`. Adding an edition is adding a file.
 * The page takes each as a patch (scripts/build/edition-patch-plugin.ts): what assembling
 * its data needs; its record (summary, notes, the words of its changes) loads on demand (loadEditionRecord).
 */
const editionPatches: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('../../data/editions/*.json', { eager: true, import: 'default', query: '?patch' })).map(([path, file]) => [
    path.replace(/^.*\/data\//, '').replace(/\?patch$/, ''),
    file,
  ]),
);
const editionRecords = import.meta.glob<EditionFile>('../../data/editions/*.json', { import: 'default' });

// The files are validated when the app is built (scripts/build/validate-data-plugin.ts) and
// by the tests, so the page assembles them as they are: no schemas to download, no checks to run.
const assembled = assembleEditions(dataFiles, editionPatches);

/** Every edition, the newest (by its "as of" date) first. */
export const editions: readonly Dataset[] = assembled.editions;
/** The seed as published: the reference that reproduces the published table. */
export const seedDataset: Dataset = assembled.seed;
/** The current edition, used by default: the newest. */
export const currentDataset: Dataset = assembled.current;

/** The dataset of an edition id, or null when there is no such edition. */
export function datasetFor(editionId: string): Dataset | null {
  return editions.find((d) => d.meta.edition.id === editionId) ?? null;
}

/** The edition a result is set against: the current one against its base, any other against the current one. */
export function otherEdition(dataset: Dataset): Dataset | null {
  return editionToCompare(editions, dataset);
}

/**
 * An edition's record (its summary, what could not be confirmed, every change with its title,
 * reason, sources, before and after), loaded when someone asks for it; empty for the seed.
 */
export async function loadEditionRecord(editionId: string): Promise<EditionRecord> {
  const entry = Object.entries(editionRecords).find(([path]) => path.endsWith(`/${editionId}.json`));
  const edition = entry ? await entry[1]() : null;
  return edition?.id === editionId ? { summary: edition.summary, unverified: edition.unverified, changes: edition.changes } : { summary: '', unverified: [], changes: [] };
}
