/**
 * The app as a page load gives it, to be called after `vi.resetModules()` (fresh modules: the
 * store reads saved progress anew). Its parts are fetched first, as the page fetches them
 * before they are shown: the questionnaire on the user's first intent, the result while they
 * check their answers, a share link's reader and result at once. Fetching itself, and the
 * "Loading…" in between, are the browser tests' to check (tests/e2e), on real chunks.
 */
export async function loadApp() {
  const [{ App }, parts, { loadResult }] = await Promise.all([import('../../src/app/app.tsx'), import('../../src/app/lazy-parts.ts'), import('../../src/app/load-result.ts')]);
  await Promise.all([parts.loadWizard(), parts.loadShareLinkOpener(), parts.loadAnswerSheet(), loadResult()]);
  return App;
}
