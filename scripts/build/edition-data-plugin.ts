import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { assembleEditions } from '../../src/schema/assemble-dataset.ts';
import type { ComposedEditions, DataFiles, Dataset, EditionSummary } from '../../src/schema/dataset.ts';

/**
 * The editions as the page takes them, composed at build time along their chain
 * (src/schema/assemble-dataset.ts), so that the page ships datasets, not patches to apply:
 *
 * - `virtual:editions`: the current edition as one dataset, the list of every edition (id,
 *   label, date, base: a few hundred bytes), the published scores (the seed's, which every
 *   later score is set beside), and a loader per older edition;
 * - `virtual:edition-dataset/<id>`: an older edition's dataset, in a chunk of its own, loaded
 *   only when a link names it or the reader asks to compare with it.
 *
 * A new edition therefore costs the result page its own changes and nothing more: the
 * edition it replaces as current moves out to a chunk of its own. The data is validated
 * whole before this (validate-data-plugin.ts), so this trusts it. Each dataset is a
 * `JSON.parse` of one string, which engines parse faster than the same object as code.
 */
const INDEX_ID = 'virtual:editions';
const DATASET_ID = 'virtual:edition-dataset/';
/** Resolved ids: `\0` keeps other plugins (the JSON plugin among them) away from them. */
export const RESOLVED_INDEX = '\0editions';
const RESOLVED_DATASET = '\0edition-dataset:';

/** What `virtual:editions` holds besides the loaders, from the editions assembled (the tests build it for fixture editions too). */
export function editionIndex({ editions, seed, current }: ReturnType<typeof assembleEditions>): Omit<ComposedEditions, 'datasetLoaders'> {
  const summary = (d: Dataset): EditionSummary => ({ id: d.meta.edition.id, label: d.meta.edition.label, asOf: d.meta.edition.asOf, base: d.history.base });
  const publishedScores = Object.fromEntries(seed.criteria.map((c) => [c.id, Object.fromEntries(Object.entries(c.scores).map(([frameworkId, s]) => [frameworkId, s.score]))]));
  return { current, editionList: editions.map(summary), publishedScores };
}

const parsed = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function editionData(root: string): Plugin {
  const dataDir = join(root, 'data');
  const editionsDir = join(dataDir, 'editions');
  // Read fresh on every load, so that a data edit shows in the dev server and the tests.
  const readJsonFiles = (dir: string, prefix = ''): Record<string, unknown> =>
    Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [`${prefix}${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
    );
  const watched = () => [...readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => join(dataDir, f)), ...readdirSync(editionsDir).filter((f) => f.endsWith('.json')).map((f) => join(editionsDir, f))];
  const assemble = () => assembleEditions(readJsonFiles(dataDir) as DataFiles, readJsonFiles(editionsDir, 'editions/'));
  return {
    name: 'edition-data',
    enforce: 'pre',
    resolveId(source) {
      if (source === INDEX_ID) return RESOLVED_INDEX;
      if (source.startsWith(DATASET_ID)) return `${RESOLVED_DATASET}${source.slice(DATASET_ID.length)}`;
      return null;
    },
    load(id) {
      if (id !== RESOLVED_INDEX && !id.startsWith(RESOLVED_DATASET)) return null;
      for (const file of watched()) this.addWatchFile(file);
      const assembled = assemble();
      const { editions, current } = assembled;
      if (id.startsWith(RESOLVED_DATASET)) {
        const editionId = id.slice(RESOLVED_DATASET.length);
        const dataset = editions.find((d) => d.meta.edition.id === editionId);
        if (!dataset) this.error(`There is no edition "${editionId}" in data/.`);
        return `export default ${parsed(dataset)};\n`;
      }
      const index = editionIndex(assembled);
      const loaders = editions
        .filter((d) => d !== current)
        .map((d) => `  ${JSON.stringify(d.meta.edition.id)}: () => import(/* on-request */ ${JSON.stringify(`${DATASET_ID}${d.meta.edition.id}`)}),`);
      return [
        `export const current = ${parsed(index.current)};`,
        `export const editionList = ${JSON.stringify(index.editionList)};`,
        `export const publishedScores = ${JSON.stringify(index.publishedScores)};`,
        `export const datasetLoaders = {\n${loaders.join('\n')}\n};`,
        '',
      ].join('\n');
    },
  };
}
