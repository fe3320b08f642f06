import { currentDataset, editionSummary, seedEdition } from '../data/editions.ts';
import type { Problem } from '../schema/describe-issue.ts';
import { decodeShareLink } from '../share/share-link.ts';

/**
 * The edition a share link is read against, and what to say about it:
 * - no `e`: the link predates editions, so the seed's data, as its sender saw it;
 * - an edition this app has: that one;
 * - an `e` that is no edition name (`e=`, `e=__proto__`) or names none this app has
 *   (`e=2099-01`): the current data, with a notice (the codec's, or one here).
 * Its data may still have to load (src/data/editions.ts: loadDataset).
 */
export function linkEdition(search: string): { readonly editionId: string; readonly problems: readonly Problem[] } {
  const { editionId, problems } = decodeShareLink(search, currentDataset);
  const current = currentDataset.meta.edition.id;
  if (editionId !== null) {
    return editionSummary(editionId) ? { editionId, problems: [] } : { editionId: current, problems: [{ path: 'e', message: `There is no data edition “${editionId}”; the current edition is used.` }] };
  }
  return problems.some((p) => p.path === 'e') ? { editionId: current, problems: [] } : { editionId: seedEdition.id, problems: [] };
}
