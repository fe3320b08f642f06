import type { DataFiles, Dataset, EditionFile } from './dataset.ts';
import { EditionFileSchema } from './dataset.ts';
import { describeIssue } from './describe-issue.ts';
import { parseDataset, type DatasetProblem } from './parse-dataset.ts';

export interface EditionProblem {
  /** The edition file, e.g. `editions/2026-11.json`. */
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export type EditionResult = { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly problems: readonly (EditionProblem | DatasetProblem)[] };

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

/**
 * An edition's data: the seed files with the edition's changes applied, then validated
 * like any dataset. A change whose `old` value is not what the seed holds is an error,
 * so the list of changes always says truthfully what was there before.
 */
export function applyEdition(seedFiles: DataFiles, input: unknown, fileName: string): EditionResult {
  const parsed = EditionFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ file: fileName, ...describeIssue(issue) })) };
  const edition: EditionFile = parsed.data;
  const files = structuredClone(seedFiles) as Record<string, unknown>;
  const problems: EditionProblem[] = [];

  edition.changes.forEach((change, index) => {
    const at = (field: string) => `changes.${index}.${field}`;
    const target = resolve(files[change.file], change.path);
    if (change.op === 'merge') {
      if (!isObject(target)) return void problems.push({ file: fileName, path: at('path'), message: `"${change.path}" in ${change.file} is not an object that can be changed` });
      for (const [key, old] of Object.entries(change.old)) {
        if (!sameJson(target[key], old)) problems.push({ file: fileName, path: `${at('old')}.${key}`, message: `says the old value was ${show(old)}, but ${change.file} has ${show(target[key])}` });
      }
      Object.assign(target, structuredClone(change.new));
    } else {
      if (!Array.isArray(target)) return void problems.push({ file: fileName, path: at('path'), message: `"${change.path}" in ${change.file} is not a list` });
      target.push(...structuredClone(change.values));
    }
  });
  const meta = files['meta.json'];
  if (isObject(meta)) {
    meta.edition = { id: edition.id, label: edition.label, asOf: edition.asOf };
    meta.dataVersion = edition.dataVersion;
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = parseDataset(files as DataFiles);
  if (!result.ok) return result;
  const dataset: Dataset = { ...result.dataset, history: { base: edition.base, summary: edition.summary, unverified: edition.unverified, changes: edition.changes } };

  // Every change cites known sources and touches known criteria and targets.
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const criterionIds = new Set(dataset.criteria.map((c) => c.id));
  const targetIds = new Set(dataset.questions.find((q) => q.id === dataset.meta.roles.targets)?.options.map((o) => o.id) ?? []);
  edition.changes.forEach((change, index) => {
    change.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.sources.${i}`, message: `names an unknown source "${id}"` });
    });
    change.touches?.criteria?.forEach((id, i) => {
      if (!criterionIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.touches.criteria.${i}`, message: `names an unknown criterion "${id}"` });
    });
    change.touches?.targets?.forEach((id, i) => {
      if (!targetIds.has(id)) problems.push({ file: fileName, path: `changes.${index}.touches.targets.${i}`, message: `names an unknown target "${id}"` });
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset };
}
