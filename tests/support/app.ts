/**
 * The app as a page load gives it, to be called after `vi.resetModules()` (fresh modules: the
 * store reads saved progress anew). Its parts are fetched first, as the page fetches them
 * before they are shown: the questionnaire on the user's first intent, the result while they
 * check their answers, a share link's reader and result at once. Fetching itself, and the
 * "Loading…" in between, are the browser tests' to check (tests/e2e), on real chunks. So is
 * every edition's data, which a saved result or a link on an older edition waits for, unless
 * `olderEditions: false` leaves them to load when the page asks (the comparison in "What changed").
 */
export async function loadApp({ olderEditions = true }: { readonly olderEditions?: boolean } = {}) {
  const [{ App }, parts, { loadResult }, data] = await Promise.all([import('../../src/app/app.tsx'), import('../../src/app/lazy-parts.ts'), import('../../src/app/load-result.ts'), import('../../src/data/editions.ts')]);
  await Promise.all([parts.loadWizard(), parts.loadShareLinkOpener(), parts.loadAnswerSheet(), loadResult(), ...data.editions.filter((e) => olderEditions || e.id === data.currentDataset.meta.edition.id).map((e) => data.loadDataset(e.id))]);
  return App;
}
