// The public scorecard's two in-process caches, and how every process empties them:
//   - data: a published plan's content and approved values (lib/data/scorecard.ts);
//   - pages: the rendered HTML of public pages, which proxy.ts answers from, so a visitor
//     to an unchanged page waits neither on the database nor on rendering.
// A write a visitor could see runs in publicTransaction(): inside its transaction it sends a
// PostgreSQL NOTIFY naming the organization and plan (delivered to every listening process only
// if and when the transaction commits: lib/data/public-changes.ts listens), and once it has
// committed it empties this process's caches of that organization at once.
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { getDb } from '@/lib/db';
import { createTagCache, type TagCache } from '@/lib/tag-cache';

export const TAG_ALL = 'scorecard';
/** Lists of published plans, and cached answers of "not found": any publication changes them. */
export const TAG_LISTS = 'scorecard:lists';
export const planTag = (planId: string) => `scorecard:plan:${planId}`;
export const orgTag = (organizationId: string) => `scorecard:org:${organizationId}`;
const pageOrgTag = (orgSlug: string) => `page:org:${orgSlug}`;
/** Pages outside one organization's addresses: the home page's list of plans, unknown addresses. */
const PAGE_LISTS = 'page:lists';

/** The channel every public change is announced on. */
export const PUBLIC_CHANNEL = 'northstar_public';

/** What a public change touched, as announced: an organization (and, when known, one plan), or everything. */
export type PublicChange = { organizationId: string; orgSlug: string; planId: string | null } | 'all';

/** What a writer names; the organization's address is looked up when the change is announced. */
export type PublicChangeScope = { planId: string } | { organizationId: string } | 'all';

// On globalThis: Next bundles routes and the proxy separately, and they must share one cache
// per process (the proxy runs in the app's process and sees the same globalThis).
const holder = globalThis as unknown as {
  northstarPublicCache?: TagCache;
  northstarPageCache?: TagCache;
  northstarPublicCacheGate?: () => boolean;
};

/** A rough size in bytes of a cached read: its JSON form (measured once, when it is stored). */
const jsonBytes = (value: unknown) => {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
};

export function publicCache(): TagCache {
  // A plan's reads are 10 KB–2 MB (a county plan's open data): 64 MB at most, whichever were read last.
  holder.northstarPublicCache ??= createTagCache({ maxAgeMs: 10 * 60_000, maxEntries: 2_000, maxBytes: 64 * 2 ** 20, sizeOf: jsonBytes });
  return holder.northstarPublicCache;
}

function pageCache(): TagCache {
  // A page is 15–600 KB: 64 MB at most, whichever were asked for most recently.
  holder.northstarPageCache ??= createTagCache({
    maxAgeMs: 10 * 60_000,
    maxEntries: 2_000,
    maxBytes: 64 * 2 ** 20,
    sizeOf: (page) => (page as StoredPage).body.byteLength,
  });
  return holder.northstarPageCache;
}

/**
 * Whether this process may answer from its caches. The change listener
 * (lib/data/public-changes.ts) says no while it is not connected: a change made by another
 * process meanwhile would go unheard. With no gate set (tests, the command line) the caches serve.
 */
export function setPublicCacheGate(gate: () => boolean): void {
  holder.northstarPublicCacheGate = gate;
}

export function publicCachesUsable(): boolean {
  return holder.northstarPublicCacheGate?.() ?? true;
}

/** A public read shared by visitors: from the data cache while it may serve, else straight from `load`. */
export function cachedPublicRead<T>(key: string, tags: string[] | ((data: T) => string[]), load: () => Promise<T>): Promise<T> {
  return publicCachesUsable() ? publicCache().get(key, tags, load) : load();
}

/** The public address prefix a page belongs to: /scorecard/<org>/… (either language) or none. */
function pageTags(pathname: string): string[] {
  const match = /^(?:\/es)?\/scorecard\/([^/]+)/.exec(pathname);
  return match?.[1] ? [TAG_ALL, pageOrgTag(match[1].toLowerCase())] : [TAG_ALL, PAGE_LISTS];
}

/**
 * Drops this process's cached public reads and pages of what `change` touched: the plan's data
 * (or every plan's of the organization), the organization's pages, and the lists of published
 * plans. The listener calls it for every announced change; publicTransaction() calls it in the
 * writing process as soon as the write has committed.
 */
export function dropPublicChange(change: PublicChange): void {
  const data = publicCache();
  const pages = pageCache();
  if (change === 'all') {
    data.clear();
    pages.clear();
    return;
  }
  data.invalidate(change.planId ? planTag(change.planId) : orgTag(change.organizationId));
  data.invalidate(TAG_LISTS);
  pages.invalidate(pageOrgTag(change.orgSlug));
  pages.invalidate(PAGE_LISTS);
}

/**
 * Drops this process's cached reads of a plan, of an organization's plans or of everything,
 * and every page: for tests that write to the database directly, and for the listener once it
 * has missed changes. Writers use publicTransaction().
 */
export function invalidatePublicScorecard(scope: PublicChangeScope = 'all'): void {
  const data = publicCache();
  if (scope === 'all') data.clear();
  else data.invalidate('planId' in scope ? planTag(scope.planId) : orgTag(scope.organizationId));
  data.invalidate(TAG_LISTS);
  pageCache().clear();
}

/**
 * Announces `scope` inside `tx`: a NOTIFY that PostgreSQL delivers to every listening process
 * when the transaction commits, and never if it rolls back. Returns the change as announced.
 */
async function announce(tx: Tx, scope: PublicChangeScope): Promise<PublicChange | null> {
  if (scope === 'all') {
    await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANNEL}, '"all"')`;
    return 'all';
  }
  const planId = 'planId' in scope ? scope.planId : null;
  // pg_notify returns void, which no driver reads: cast to text (empty).
  const rows = await tx.$queryRaw<{ organizationId: string; orgSlug: string }[]>`
    SELECT o."id" AS "organizationId", o."slug" AS "orgSlug",
           pg_notify(${PUBLIC_CHANNEL}, json_build_object('organizationId', o."id", 'orgSlug', o."slug", 'planId', ${planId}::text)::text)::text AS "sent"
    FROM "Organization" o
    WHERE o."id" = ${'organizationId' in scope ? scope.organizationId : null}::text
       OR o."id" = (SELECT p."organizationId" FROM "Plan" p WHERE p."id" = ${planId}::text)`;
  const row = rows[0];
  return row ? { organizationId: row.organizationId, orgSlug: row.orgSlug, planId } : null;
}

/**
 * Runs `work` in one transaction that, when it commits, makes every process (this one at once,
 * the others within milliseconds) forget what the public saw of `scope`: approving or reopening
 * values, publishing or unpublishing, editing a published plan, an import from the UI or the
 * command line. `scope` may depend on the result (null: nothing public changed).
 */
export async function publicTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  scope: PublicChangeScope | ((result: T) => PublicChangeScope | null),
  options: { db?: Db; timeout?: number; maxWait?: number } = {},
): Promise<T> {
  const { db = getDb(), ...transactionOptions } = options;
  let change: PublicChange | null = null;
  const result = await db.$transaction(async (tx) => {
    const value = await work(tx);
    const named = typeof scope === 'function' ? scope(value) : scope;
    if (named) change = await announce(tx, named);
    return value;
  }, transactionOptions);
  if (change) dropPublicChange(change);
  return result;
}

interface StoredPage {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  etag: string;
}

/** Found and not-found pages are kept; errors and redirects are passed on and rendered again next time. */
const KEPT_STATUSES = new Set([200, 404]);

class NotKept extends Error {
  constructor(readonly page: StoredPage) {
    super('not kept');
  }
}

// Never stored: cookies belong to one visitor; the rest describe one transfer, or Next's own routing.
const DROPPED_HEADER = /^(set-cookie|content-length|content-encoding|transfer-encoding|connection|keep-alive|date|etag|cache-control|x-middleware-.*)$/i;

/** A strong validator of a body: its SHA-256, base64url, quoted. */
export async function bodyEtag(body: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', body as BufferSource);
  return `"${Buffer.from(digest).toString('base64url').slice(0, 27)}"`;
}

async function storedPage(response: Response): Promise<StoredPage> {
  const headers = [...response.headers.entries()].filter(([name]) => !DROPPED_HEADER.test(name));
  const body = await response.arrayBuffer();
  return { status: response.status, headers, body, etag: await bodyEtag(body) };
}

/**
 * How browsers and shared caches may keep a public page or download: they may store it but must
 * ask again each time (a 304 answers when nothing changed), so a change is seen at once.
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';

/** `If-None-Match` names `etag` (or any representation, `*`). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** The answer to a request for a stored public page: the page, or 304 when the client's copy is current. */
function answer(page: StoredPage, ifNoneMatch: string | null): Response {
  const headers = new Headers(page.headers);
  if (page.status === 200) {
    headers.set('etag', page.etag);
    headers.set('cache-control', PUBLIC_CACHE_CONTROL);
    if (matchesEtag(ifNoneMatch, page.etag)) return new Response(null, { status: 304, headers });
  } else {
    headers.set('cache-control', 'no-store');
  }
  return new Response(page.body, { status: page.status, headers });
}

/**
 * The page at `key` from memory, or rendered by `render` and kept until a change to its
 * organization. Visitors arriving together while it renders share one rendering. A found page
 * carries an ETag and may be kept by browsers and caches if they revalidate.
 */
export async function cachedPublicPage(
  key: string,
  render: () => Promise<Response>,
  ifNoneMatch: string | null = null,
): Promise<Response> {
  if (!publicCachesUsable()) return answer(await storedPage(await render()), ifNoneMatch);
  let page: StoredPage;
  try {
    page = await pageCache().get(`page:${key}`, pageTags(key), async () => {
      const stored = await storedPage(await render());
      if (!KEPT_STATUSES.has(stored.status)) throw new NotKept(stored);
      return stored;
    });
  } catch (error) {
    if (!(error instanceof NotKept)) throw error;
    page = error.page;
  }
  return answer(page, ifNoneMatch);
}
