// The app's service worker: it keeps the app working offline once loaded, and keeps a tab
// that is still running an older build working across a redeploy.
// Generated at build time (scripts/build/service-worker-plugin.ts) with this build's asset list and version.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
// One deployment, one family of caches: the scope (the app's base URL) is in every name, so two
// copies of the app on one origin never delete each other's files.
const PREFIX = `ml-framework-advisor ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;
const BUILDS = `${PREFIX}builds`;
// This build and the ones before it: a tab opened before a deploy still finds the chunks it was
// built with. Older builds go: a tab that old reloads cleanly when a chunk is missing (lazy-parts.ts).
const KEEP = 3;

self.addEventListener('install', (event) => {
  // Everything the app can ever load (it has no other requests): questionnaire, result and chart chunks.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

/** The builds of this deployment, oldest first, with this one last. */
async function recordBuild() {
  const store = await caches.open(BUILDS);
  const saved = await store.match('./builds.json');
  const builds = saved ? await saved.json() : [];
  const next = [...builds.filter((v) => v !== VERSION), VERSION].slice(-KEEP);
  await store.put('./builds.json', new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } }));
  return next;
}

/**
 * The builds open pages run, by page (each page says so when it loads: main.tsx), for the pages
 * still open. An older build's cache goes once no open page needs it; while a page has not said
 * which build it runs (an app from before this), every kept build stays.
 */
async function buildsInUse(note) {
  const store = await caches.open(BUILDS);
  const saved = await store.match('./pages.json');
  const pages = saved ? await saved.json() : {};
  if (note) pages[note.id] = note.entry;
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const live = Object.fromEntries(Object.entries(pages).filter(([id]) => open.some((c) => c.id === id)));
  await store.put('./pages.json', new Response(JSON.stringify(live), { headers: { 'content-type': 'application/json' } }));
  return open.every((c) => c.id in live) ? Object.values(live) : null;
}

/** Deletes the caches of builds no longer kept, and of older builds no open page runs. */
async function prune(kept, entries) {
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === BUILDS || key === CACHE) continue;
    const old = !kept.includes(key.slice(PREFIX.length));
    const cache = await caches.open(key);
    const needed = entries === null || (await Promise.all(entries.map((entry) => cache.match(entry, { ignoreVary: true })))).some(Boolean);
    if (old || !needed) await caches.delete(key);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    recordBuild()
      .then(async (kept) => prune(kept, await buildsInUse(null)))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const source = event.source;
  if (!source || !('id' in source) || typeof event.data !== 'object' || event.data === null || event.data.type !== 'build' || typeof event.data.entry !== 'string') return;
  const entry = new URL(event.data.entry, self.registration.scope);
  if (entry.origin !== self.location.origin) return;
  event.waitUntil(
    caches
      .open(BUILDS)
      .then((store) => store.match('./builds.json'))
      .then((saved) => (saved ? saved.json() : [VERSION]))
      .then(async (kept) => prune(kept, await buildsInUse({ id: source.id, entry: entry.href }))),
  );
});

/** The small page a path outside the app gets while offline: text, no script, no request of its own. */
function offlineNotFound() {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found (offline)</title><body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5"><h1>Not found (offline)</h1><p>This address is not part of ML Framework Advisor, and you are offline, so it cannot be checked.</p><p><a href="${self.registration.scope}">Open ML Framework Advisor</a></p></body></html>`;
  return new Response(body, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff' } });
}

/** Whether a path is the app's page: its scope, or index.html there (share links differ only in their query). */
const isAppPage = (url) => url.origin + url.pathname === self.registration.scope || url.origin + url.pathname === `${self.registration.scope}index.html`;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    // The page: the network first (a new deploy shows at once), this build's copy when offline,
    // whatever the query. Offline, any other path gets a page that says so (the app's page there
    // would ask for its files relative to that path, and show nothing).
    event.respondWith(
      fetch(request).catch(async () => {
        if (!isAppPage(url)) return offlineNotFound();
        const page = await (await caches.open(CACHE)).match('./index.html', { ignoreVary: true });
        return page ?? Response.error();
      }),
    );
    return;
  }
  // This build's copy first (ignoreVary: a static host may send "Vary: Origin", and module scripts
  // are requested with an Origin). A hashed asset never changes, so an older tab may take its
  // chunks from a build kept before this one; any other file (the manifest, the icons) only ever
  // from this build, or the network.
  event.respondWith(
    (async () => {
      const own = await (await caches.open(CACHE)).match(request, { ignoreVary: true });
      if (own) return own;
      if (url.pathname.startsWith(new URL('assets/', self.registration.scope).pathname)) {
        for (const key of (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== BUILDS && k !== CACHE).reverse()) {
          const hit = await (await caches.open(key)).match(request, { ignoreVary: true });
          if (hit) return hit;
        }
      }
      return fetch(request);
    })(),
  );
});
