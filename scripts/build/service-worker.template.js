// The app's service worker: it keeps the app working offline once loaded.
// Generated at build time (scripts/build/service-worker-plugin.ts) with this build's asset list and version.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `ml-framework-advisor-${VERSION}`;

self.addEventListener('install', (event) => {
  // Everything the app can ever load (it has no other requests): questionnaire, result and chart chunks.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Safe to update: a new build has a new cache; older ones are dropped.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('ml-framework-advisor-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: the network first (a new deploy shows at once), the cached copy when offline.
    // Share links differ only in their query string, so the page is matched without it.
    event.respondWith(fetch(request).catch(() => caches.match('./index.html', { ignoreVary: true }).then((page) => page ?? Response.error())));
    return;
  }
  // Hashed assets never change: the cache first.
  // (ignoreVary: a static host may send "Vary: Origin", and module scripts are requested with an Origin.)
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit ?? fetch(request)));
});
