import * as composed from 'virtual:editions';
import { LoadFailure, loadOnce, track, type Loading } from '../components/load-once.ts';
import type { ComposedEditions, Dataset, EditionFile, EditionRecord, EditionSummary } from '../schema/dataset.ts';

// The one module that hands the page its data. The editions are composed along their chain at
// build time (scripts/build/edition-data-plugin.ts) and validated there (validate-data-plugin.ts):
// the page ships the current edition whole and nothing of the older ones but their names and a
// loader each, so the data a result loads is one edition's, whichever edition came before it.

const { current, datasetLoaders, editionList, publishedScores } = composed as ComposedEditions;

/** The current edition, used by default: the newest. */
export const currentDataset: Dataset = current;

/** Every edition by name and date (no data), the newest first. */
export const editions: readonly EditionSummary[] = editionList;

/** The seed as published: the reference that reproduces the published table. */
export const seedEdition: EditionSummary = editions.find((e) => e.base === null)!;

/** An edition's name and date, or null when there is no such edition. */
export function editionSummary(editionId: string): EditionSummary | null {
  return editions.find((e) => e.id === editionId) ?? null;
}

const loaders = new Map(Object.entries(datasetLoaders).map(([id, load]) => [id, loadOnce(async () => (await load()).default, `edition ${id}`)]));

/**
 * Each edition's load (the current one there from the start), kept when it fails too, so that
 * React's `use` meets the same promise on every render and the failure reaches an error
 * boundary, instead of a new load per render; `retryDataset` (the boundary's "Try again") lets
 * the next call load it anew.
 */
const attempts = new Map<string, Loading<Dataset>>([[current.meta.edition.id, Object.assign(Promise.resolve(current), { status: 'fulfilled' as const, value: current })]]);

/**
 * An edition's data: the current one at once (already fulfilled, so React's `use` does not
 * suspend), an older one loaded once when first asked for; null when there is no such edition.
 * A failed load stays failed (a `LoadFailure`) until `retryDataset`.
 */
export function loadDataset(editionId: string): Promise<Dataset> | null {
  const known = attempts.get(editionId);
  if (known) return known;
  const load = loaders.get(editionId);
  if (!load) return null;
  const attempt = track(
    load().catch((cause: unknown) => {
      throw new LoadFailure(editionSummary(editionId) ?? editionId, () => { retryDataset(editionId); }, { cause });
    }),
  );
  attempts.set(editionId, attempt);
  return attempt;
}

/** Forget a failed load of an edition, so that the next call loads it again. */
export function retryDataset(editionId: string): void {
  if (attempts.get(editionId)?.status === 'rejected') attempts.delete(editionId);
}

/** An edition's data if it is here now (the current one, or one loaded before), else null; it starts no load. */
export function loadedDataset(editionId: string): Dataset | null {
  const known = attempts.get(editionId);
  return known?.status === 'fulfilled' ? known.value! : null;
}

/** The published comparison's own score (the seed's) for a criterion and framework; undefined where it scored none. */
export function publishedScore(criterionId: string, frameworkId: string): number | undefined {
  return Object.hasOwn(publishedScores, criterionId) && Object.hasOwn(publishedScores[criterionId]!, frameworkId) ? publishedScores[criterionId]![frameworkId] : undefined;
}

const editionRecords = import.meta.glob<EditionFile>('../../data/editions/*.json', { import: 'default' });

/**
 * An edition's record (its summary, what could not be confirmed, every change with its title,
 * reason, sources, before and after), loaded when someone asks for it; empty for the seed.
 */
export async function loadEditionRecord(editionId: string): Promise<EditionRecord> {
  const entry = Object.entries(editionRecords).find(([path]) => path.endsWith(`/${editionId}.json`));
  const edition = entry ? await entry[1]() : null;
  return edition?.id === editionId ? { summary: edition.summary, unverified: edition.unverified, changes: edition.changes } : { summary: '', unverified: [], changes: [] };
}
