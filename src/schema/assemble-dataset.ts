import type { z } from 'zod/mini';
import type { DATA_FILE_SCHEMAS, DataFileName, DataFiles, Dataset, EditionFile } from './dataset.ts';

// Building a dataset from its files, without validating them: at build time, where the files
// are validated first (scripts/build/validate-data-plugin.ts) and then composed for the page
// (edition-data-plugin.ts), and in the tests. The page receives the datasets composed.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON values. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

/** Finds the value at a slash path; list items by index, or by their `id` (or `target`). */
function resolve(root: unknown, path: string): unknown {
  let current: unknown = root;
  if (path === '') return current;
  for (const segment of path.split('/')) {
    if (Array.isArray(current)) {
      current = /^\d+$/.test(segment)
        ? current[Number(segment)]
        : current.find((item) => isObject(item) && (item.id === segment || item.target === segment));
    } else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

const show = (v: unknown) => JSON.stringify(v);

/** Where an edition change does not fit its base: the change's field and what is wrong. */
interface ChangeProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The files of an edition's base (the seed, or the edition it builds on) with its changes
 * applied (the base is not touched), and every change whose target is missing or whose `old`
 * value is not what the base holds.
 */
export function applyChanges(baseFiles: DataFiles, edition: EditionFile): { readonly files: DataFiles; readonly problems: readonly ChangeProblem[] } {
  const files = structuredClone(baseFiles) as Record<string, unknown>;
  const problems: ChangeProblem[] = [];
  edition.changes.forEach((change, index) => {
    const at = (field: string) => `changes.${index}.${field}`;
    const target = resolve(files[change.file], change.path);
    if (change.op === 'merge') {
      if (!isObject(target)) return void problems.push({ path: at('path'), message: `"${change.path}" in ${change.file} is not an object that can be changed` });
      for (const [key, old] of Object.entries(change.old)) {
        if (!sameJson(target[key], old)) problems.push({ path: `${at('old')}.${key}`, message: `says the old value was ${show(old)}, but ${change.file} has ${show(target[key])}` });
      }
      Object.assign(target, structuredClone(change.new));
    } else if (change.op === 'add') {
      if (!Array.isArray(target)) return void problems.push({ path: at('path'), message: `"${change.path}" in ${change.file} is not a list` });
      const after = change.after === undefined ? target.length - 1 : target.findIndex((item) => isObject(item) && item.id === change.after);
      if (after < 0 && change.after !== undefined) return void problems.push({ path: at('after'), message: `"${change.after}" is not an item of "${change.path}" in ${change.file}` });
      target.splice(after + 1, 0, ...structuredClone(change.values));
    } else {
      const slash = change.path.lastIndexOf('/');
      const list = slash < 0 ? undefined : resolve(files[change.file], change.path.slice(0, slash));
      const index = Array.isArray(list) ? list.indexOf(target) : -1;
      if (index < 0) return void problems.push({ path: at('path'), message: `"${change.path}" in ${change.file} is not an item of a list that can be removed` });
      if (!sameJson(target, change.old)) return void problems.push({ path: at('old'), message: `is not the item that ${change.file} holds at "${change.path}"` });
      (list as unknown[]).splice(index, 1);
    }
  });
  const meta = files['meta.json'];
  if (isObject(meta)) {
    meta.edition = { id: edition.id, label: edition.label, asOf: edition.asOf };
    meta.dataVersion = edition.dataVersion;
  }
  return { files: files as DataFiles, problems };
}

/** How a dataset came to be, for an edition (or the seed, with `null`). */
export function historyOf(edition: EditionFile | null): Dataset['history'] {
  return { base: edition ? edition.base : null };
}

/** The dataset the engine runs on, from files of the shape the schemas describe. */
export function assembleDataset(files: DataFiles, edition: EditionFile | null = null): Dataset {
  // The shapes are the schemas'; the caller vouches that the files have them.
  const get = <F extends DataFileName>(file: F) => files[file] as z.infer<(typeof DATA_FILE_SCHEMAS)[F]>;
  return {
    history: historyOf(edition),
    meta: get('meta.json'),
    sources: get('sources.json').sources,
    frameworks: get('frameworks.json').frameworks,
    criteria: get('criteria.json').criteria,
    facts: get('facts.json').facts,
    alternatives: get('alternatives.json').alternatives,
    migration: get('migration.json'),
    pitfalls: get('pitfalls.json').pitfalls,
    wrongComparisons: get('verdicts.json').wrongComparisons,
    deployment: get('deployment.json').targets,
    questions: get('questions.json').questions,
  };
}

interface AssembledEditions {
  /** Every edition, the newest (by its "as of" date) first; the seed among them. */
  readonly editions: readonly Dataset[];
  readonly seed: Dataset;
  /** The newest edition: the one used by default. */
  readonly current: Dataset;
}

/**
 * The seed and every edition file, assembled along the chain and ordered newest first, so that
 * a new edition is a new file and nothing else. Edition files are `{ 'editions/2026-11.json': … }`.
 */
export function assembleEditions(seedFiles: DataFiles, editionFiles: Readonly<Record<string, unknown>>): AssembledEditions {
  const seed = assembleDataset(seedFiles);
  const seedId = seed.meta.edition.id;
  const filesOf = new Map<string, DataFiles>([[seedId, seedFiles]]);
  // Validated data (the build, the tests: chainEditions) has each edition later than its base, so the
  // order of their dates is the chain's order.
  const chain = Object.values(editionFiles)
    .map((file) => file as EditionFile)
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  const later = chain.map((edition) => {
    const { files } = applyChanges(filesOf.get(edition.base)!, edition);
    filesOf.set(edition.id, files);
    return assembleDataset(files, edition);
  });
  const asOf = (d: Dataset) => d.meta.edition.asOf;
  const editions = [seed, ...later].sort((a, b) => asOf(b).localeCompare(asOf(a)) || a.meta.edition.id.localeCompare(b.meta.edition.id));
  return { editions, seed, current: editions[0]! };
}
