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

self.addEventListener('activate', (event) => {
  event.waitUntil(
    recordBuild()
      .then((kept) => caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== BUILDS && !kept.includes(key.slice(PREFIX.length))).map((key) => caches.delete(key)))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    // The page: the network first (a new deploy shows at once), this build's copy when offline.
    // Share links differ only in their query string, so the page is matched without it.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('./index.html', { ignoreVary: true })).then((page) => page ?? Response.error())));
    return;
  }
  // Hashed assets never change: the cache first, any kept build's (an older tab asks for its own chunks).
  // (ignoreVary: a static host may send "Vary: Origin", and module scripts are requested with an Origin.)
  event.respondWith(
    caches.keys().then(async (keys) => {
      for (const key of keys.filter((k) => k.startsWith(PREFIX) && k !== BUILDS)) {
        const hit = await (await caches.open(key)).match(request, { ignoreVary: true });
        if (hit) return hit;
      }
      return fetch(request);
    }),
  );
});
