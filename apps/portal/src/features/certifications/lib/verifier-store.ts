import type { CachedStatusList, KeyDocument } from './offline-verification';

/**
 * What the offline verifier keeps on the device, in Cache Storage: the alliance's key documents and its
 * revocation lists, as the API served them. The service worker fills the same cache (NetworkFirst, see
 * apps/portal/vite.config.mts) whenever a page asks for them online; this page also writes it itself, so
 * the first visit, before the worker controls the page, already leaves a copy. Offline, it is only read.
 */
export const VERIFIER_CACHE = 'icspa-verifier';

/** Where the alliance publishes its keys: the JWKS of today's `kid`, and the `did:web` documents. */
export const KEY_DOCUMENTS = ['/api/credentials/jwks.json', '/.well-known/jwks.json', '/.well-known/did.json'];
/** The revocation lists, numbered from 1 (`/api/credentials/status/<n>`): fetched until one is missing. */
export const STATUS_LIST_PATH = '/api/credentials/status/';
const MAX_LISTS = 64;

const isJws = (body: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(body.trim());
const isJsonObject = (body: string) => {
  try {
    const json = JSON.parse(body) as unknown;
    return typeof json === 'object' && json !== null && !Array.isArray(json);
  } catch {
    return false;
  }
};

const absolute = (path: string) => new URL(path, window.location.origin).toString();

async function cache(): Promise<Cache | null> {
  if (typeof caches === 'undefined') return null;
  try {
    return await caches.open(VERIFIER_CACHE);
  } catch {
    return null;
  }
}

/** Fetches a document and keeps it (with the time it was fetched); false when it is not there. */
async function keep(url: string, now: Date, accept: (body: string) => boolean): Promise<boolean> {
  const store = await cache();
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(15_000) });
  } catch {
    return false;
  }
  if (!res.ok) return false;
  const body = await res.text();
  if (!accept(body)) return false; // e.g. the portal's index.html where no document is published
  await store?.put(
    url,
    new Response(body, {
      headers: { 'content-type': res.headers.get('content-type') ?? 'text/plain', 'x-fetched-at': now.toISOString() },
    }),
  );
  return true;
}

/** Online: refreshes every key document and status list, and any list a credential named. */
export async function refreshVerifierData(now: Date, extraLists: string[] = []): Promise<void> {
  await Promise.all(KEY_DOCUMENTS.map((path) => keep(absolute(path), now, isJsonObject)));
  for (let n = 1; n <= MAX_LISTS; n++) if (!(await keep(absolute(`${STATUS_LIST_PATH}${n}`), now, isJws))) break;
  await Promise.all(extraLists.map((url) => keep(url, now, isJws)));
}

async function read(url: string): Promise<{ body: string; fetchedAt: string | null } | null> {
  const store = await cache();
  const res = await store?.match(url);
  if (!res) return null;
  return { body: await res.text(), fetchedAt: res.headers.get('x-fetched-at') ?? res.headers.get('date') };
}

/** The key documents kept on this device. */
export async function cachedKeys(): Promise<KeyDocument[]> {
  const docs: KeyDocument[] = [];
  for (const path of KEY_DOCUMENTS) {
    const kept = await read(absolute(path));
    if (!kept) continue;
    try {
      docs.push(JSON.parse(kept.body) as KeyDocument);
    } catch {
      /* not JSON: ignored */
    }
  }
  return docs;
}

/**
 * The list kept for a URL a credential names; a list of this portal's own address under the same path
 * when the credential names another host of the alliance (its public address behind a proxy).
 */
export async function cachedStatusList(url: string): Promise<CachedStatusList | null> {
  let kept = await read(url);
  let at = url;
  if (!kept) {
    try {
      const path = new URL(url).pathname;
      if (path.startsWith(STATUS_LIST_PATH)) {
        at = absolute(path);
        kept = await read(at);
      }
    } catch {
      /* not a URL */
    }
  }
  return kept ? { url: at, jwt: kept.body.trim(), fetchedAt: kept.fetchedAt } : null;
}

/** The status lists kept, with when each was fetched (the page says how old its copy is). */
export async function cachedStatusLists(): Promise<CachedStatusList[]> {
  const store = await cache();
  if (!store) return [];
  const lists: CachedStatusList[] = [];
  for (const request of await store.keys()) {
    if (!new URL(request.url).pathname.startsWith(STATUS_LIST_PATH)) continue;
    const kept = await read(request.url);
    if (kept) lists.push({ url: request.url, jwt: kept.body.trim(), fetchedAt: kept.fetchedAt });
  }
  return lists;
}
