// The parts of the app that load on demand, each fetched once however many callers ask.
import { loadOnce } from '../components/load-once.ts';

export const loadWizard = loadOnce(() => import('../features/wizard/wizard.tsx'));
export const loadResult = loadOnce(() => import('../features/results/result-view.tsx'));
export const loadAnswerSheet = loadOnce(() => import('./answer-sheet.tsx'));
export const loadShareLinkOpener = loadOnce(() => import('./open-share-link.tsx'));

/**
 * A query string on first load may be a share link. This module is main.tsx's first
 * import, so a link's reader and the result view are on their way before React has
 * even been evaluated, instead of after its first render.
 */
function fetchForShareLink(search: string): void {
  if (search.length <= 1) return;
  void loadShareLinkOpener();
  void loadResult();
}

fetchForShareLink(window.location.search);
