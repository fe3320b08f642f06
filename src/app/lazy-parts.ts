// The parts of the app that load on demand, each fetched once however many callers ask.
import { loadOnce } from '../components/load-once.ts';
import { loadResult } from './load-result.ts';

export const loadWizard = loadOnce(() => import('../features/wizard/wizard.tsx'));
/** The address of the answer sheet: every question on one page. */
export const SHEET_SEARCH = '?sheet';

export const loadAnswerSheet = loadOnce(() => import('./answer-sheet.tsx'));
export const loadShareLinkOpener = loadOnce(() => import('./open-share-link.tsx'));
/** The engine and the data (the core chunk), fetched beside the answer sheet rather than after it. */
const loadCore = loadOnce(() => import('../engine/index.ts'));

/**
 * A query string on first load may be a share link. This module is main.tsx's first
 * import, so a link's reader and the result view are on their way before React has
 * even been evaluated, instead of after its first render.
 */
function fetchForShareLink(search: string): void {
  if (search.length <= 1) return;
  // The answer sheet's address: its view (and the core it imports) rather than a link's reader.
  if (search === SHEET_SEARCH) {
    void loadAnswerSheet();
    void loadCore();
    return;
  }
  void loadShareLinkOpener();
  void loadResult();
}

fetchForShareLink(window.location.search);
