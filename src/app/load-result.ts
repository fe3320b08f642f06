// The result view's loader, apart from the other lazy parts: the answer sheet warms it, and the
// module that loads the answer sheet must not be one the sheet imports (no import circles).
import { loadOnce } from '../components/load-once.ts';

export const loadResult = loadOnce(() => import('../features/results/result-view.tsx'));
