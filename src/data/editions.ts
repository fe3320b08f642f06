import alternatives from '../../data/alternatives.json';
import criteria from '../../data/criteria.json';
import deployment from '../../data/deployment.json';
import facts from '../../data/facts.json';
import frameworks from '../../data/frameworks.json';
import meta from '../../data/meta.json';
import migration from '../../data/migration.json';
import pitfalls from '../../data/pitfalls.json';
import presets from '../../data/presets.json';
import questions from '../../data/questions.json';
import sources from '../../data/sources.json';
import verdicts from '../../data/verdicts.json';
import edition202611 from '../../data/editions/2026-11.json';
import { applyChanges, assembleDataset } from '../schema/assemble-dataset.ts';
import type { DataFiles, Dataset, EditionFile } from '../schema/dataset.ts';

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
  'presets.json': presets,
};

/** Later editions: the seed plus a list of cited changes each (data/editions/). */
export const editionFiles: Readonly<Record<string, unknown>> = { 'editions/2026-11.json': edition202611 };

// The files are validated when the app is built (vite.config.ts) and by the tests, so
// the page assembles them as they are: no schemas to download, no checks to run.
function loadEdition(file: string): Dataset {
  const edition = editionFiles[file] as EditionFile;
  return assembleDataset(applyChanges(dataFiles, edition).files, edition);
}

/** The seed as published (April 2026): the reference that reproduces the published table. */
export const seedDataset: Dataset = assembleDataset(dataFiles);
/** The current edition, used by default: the seed plus the November 2026 changes. */
export const currentDataset: Dataset = loadEdition('editions/2026-11.json');
/** Every edition, the current one first. */
export const editions: readonly Dataset[] = [currentDataset, seedDataset];

/** The dataset of an edition id, or null when there is no such edition. */
export function datasetFor(editionId: string): Dataset | null {
  return editions.find((d) => d.meta.edition.id === editionId) ?? null;
}
