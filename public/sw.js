/* Account Settings service worker.
 *
 * frontend/post_build.sh fills in the two placeholders below at build time:
 * BUILD_ID becomes a content hash of the build and PRECACHE a JSON array of
 * every built file as an absolute URL path.
 */
"use strict";

const BUILD_ID = "__BUILD_ID__";
const PRECACHE = __PRECACHE_LIST__;

const CACHE_PREFIX = "account-settings-";
const CACHE_NAME = CACHE_PREFIX + BUILD_ID;
const PRECACHE_SET = new Set(PRECACHE);

// Dynamic endpoints: never intercepted, never cached.
const BYPASS_PREFIXES = ["/sf/", "/api/", "/healthz", "/metrics", "/assets/"];
// Trunk's content-hashed output, e.g. /frontend-0123456789abcdef.js and
// /frontend-0123456789abcdef_bg.wasm (Trunk does not zero-pad, so allow 12-16).
// The split wasm and its loader live under /pkg-<16 hex>/ (frontend/split_bundle.py).
const HASHED_FILE = /(-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$)|(^\/pkg-[0-9a-f]{16}\/)/;

function isBypassed(path) {
  return BYPASS_PREFIXES.some(
    (prefix) => path.startsWith(prefix) || path + "/" === prefix
  );
}

// A redirected response cannot answer a navigation; copy it into a plain one.
function unredirect(response) {
  if (!response || !response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function cacheable(response) {
  return response && response.ok && response.type === "basic";
}

self.addEventListener("install", (event) => {
  // No skipWaiting() here: the page asks for it once the user agrees.
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // cache: "reload" bypasses the HTTP cache so we never precache stale copies.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))
    )
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name))
      );
      if (self.registration.navigationPreload) {
        await self.registration.navigationPreload.enable();
      }
      await self.clients.claim();
    })()
  );
});

async function networkFirstNavigation(event) {
  try {
    const preloaded = await event.preloadResponse;
    if (preloaded) return preloaded;
    return await fetch(event.request);
  } catch (err) {
    const cache = await caches.open(CACHE_NAME);
    const fallback =
      (await cache.match("/index.html")) || (await cache.match("/"));
    if (fallback) return unredirect(fallback);
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (cacheable(response)) {
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;

  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  const path = url.pathname;
  if (isBypassed(path)) return; // straight to the network, untouched

  if (request.mode === "navigate") {
    event.respondWith(networkFirstNavigation(event));
    return;
  }

  // Hashed files never change; the other precached files (icons, manifest,
  // sw-register.js) belong to this build's cache, which a new build replaces
  // wholesale, so cache-first is correct for both.
  if (HASHED_FILE.test(path) || PRECACHE_SET.has(path)) {
    event.respondWith(cacheFirst(request));
  }
  // Anything else: not handled, the browser fetches it normally.
});
