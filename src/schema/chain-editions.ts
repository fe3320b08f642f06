import type { EditionFile } from './dataset.ts';

// The chain of editions, checked: used where the data is validated (the build, the tests). The
// build then composes the validated editions in the order of their dates (assemble-dataset.ts);
// the page carries none of this.

/** An edition file where the chain of editions breaks: the file, the field and what is wrong. */
interface ChainProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

interface EditionChain {
  /** The edition files in the order they apply: each after the edition it builds on. */
  readonly ordered: readonly { readonly file: string; readonly edition: EditionFile }[];
  readonly problems: readonly ChainProblem[];
}

/**
 * The editions as a chain: each names the edition it builds on (`base`: the seed's id, or an
 * earlier edition's) and holds only what changed since. Ordered so that an edition comes after
 * its base; an unknown base, a circle, a repeated id or a base that is not older is a problem,
 * and the editions that build on a broken one are left out with it.
 * `{ '2026-12': base 2026-11, '2026-11': base seed }` -> 2026-11, then 2026-12.
 */
export function chainEditions(seed: { readonly id: string; readonly asOf: string }, editionFiles: Readonly<Record<string, unknown>>): EditionChain {
  const seedId = seed.id;
  const problems: ChainProblem[] = [];
  const byId = new Map<string, { file: string; edition: EditionFile }>();
  for (const [file, value] of Object.entries(editionFiles)) {
    const edition = value as EditionFile;
    if (edition.id === seedId || byId.has(edition.id)) problems.push({ file, path: 'id', message: `repeats the edition id "${edition.id}"` });
    else byId.set(edition.id, { file, edition });
  }
  const ordered: { file: string; edition: EditionFile }[] = [];
  const placed = new Map<string, string>([[seedId, seed.asOf]]);
  const broken = new Set<string>();
  const place = (id: string, visiting: readonly string[]): boolean => {
    if (placed.has(id)) return true;
    const entry = byId.get(id);
    if (!entry || broken.has(id)) return false;
    const { file, edition } = entry;
    const fail = (path: string, message: string) => {
      broken.add(id);
      problems.push({ file, path, message });
      return false;
    };
    if (visiting.includes(id)) return fail('base', `builds on itself through ${[...visiting.slice(visiting.indexOf(id)), id].join(' -> ')}`);
    if (edition.base !== seedId && !byId.has(edition.base)) return fail('base', `builds on "${edition.base}", which is neither the seed ("${seedId}") nor an edition in data/editions/`);
    if (!place(edition.base, [...visiting, id])) return broken.has(id) ? false : fail('base', `builds on "${edition.base}", which cannot be assembled`);
    const baseAsOf = placed.get(edition.base)!;
    if (edition.asOf <= baseAsOf) return fail('asOf', `is ${edition.asOf}, not later than ${baseAsOf} of "${edition.base}", the edition it builds on`);
    placed.set(id, edition.asOf);
    ordered.push(entry);
    return true;
  };
  for (const id of byId.keys()) place(id, []);
  return { ordered, problems };
}
