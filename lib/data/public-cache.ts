// The public scorecard's two in-process caches, and the one way to empty them:
//   - data: a published plan's content and approved values (lib/data/scorecard.ts);
//   - pages: the rendered HTML of public pages, which proxy.ts answers from, so a visitor
//     to an unchanged page waits neither on the database nor on rendering.
// invalidatePublicScorecard() drops both after any write a visitor could see.
import 'server-only';
import { createTagCache, type TagCache } from '@/lib/tag-cache';

export const TAG_ALL = 'scorecard';
/** Lists of published plans, and cached answers of "not found": any publication changes them. */
export const TAG_LISTS = 'scorecard:lists';
export const planTag = (planId: string) => `scorecard:plan:${planId}`;
export const orgTag = (organizationId: string) => `scorecard:org:${organizationId}`;

// On globalThis: Next bundles routes and the proxy separately, and they must share one cache
// per process (the proxy runs in the app's process and sees the same globalThis).
const holder = globalThis as unknown as { northstarPublicCache?: TagCache; northstarPageCache?: TagCache };

export function publicCache(): TagCache {
  holder.northstarPublicCache ??= createTagCache({ maxAgeMs: 10 * 60_000, maxEntries: 500 });
  return holder.northstarPublicCache;
}

function pageCache(): TagCache {
  // A page is 15–200 KB: at most 200 of them, whichever were asked for most recently.
  holder.northstarPageCache ??= createTagCache({ maxAgeMs: 10 * 60_000, maxEntries: 200 });
  return holder.northstarPageCache;
}

/**
 * Drops every cached public read of a plan (or of all plans of an organization, or of every
 * plan), every rendered public page, and the lists of published plans. Call it after any
 * write a visitor could see — approving an update or a value, publishing or unpublishing a
 * plan, editing its content — once the write has committed. The next request reads the
 * database and renders again.
 */
export function invalidatePublicScorecard(scope: { planId: string } | { organizationId: string } | 'all'): void {
  const cache = publicCache();
  if (scope === 'all') cache.invalidate(TAG_ALL);
  else if ('planId' in scope) cache.invalidate(planTag(scope.planId));
  else cache.invalidate(orgTag(scope.organizationId));
  cache.invalidate(TAG_LISTS);
  // Pages show lists and plans side by side; approvals are rare enough to render them all again.
  pageCache().invalidate(TAG_ALL);
}

interface StoredPage {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** Found and not-found pages are kept; errors and redirects are passed on and rendered again next time. */
const KEPT_STATUSES = new Set([200, 404]);

class NotKept extends Error {
  constructor(readonly page: StoredPage) {
    super('not kept');
  }
}

// Never stored: cookies belong to one visitor; the rest describe one transfer, or Next's own routing.
const DROPPED_HEADER = /^(set-cookie|content-length|content-encoding|transfer-encoding|connection|keep-alive|date|x-middleware-.*)$/i;

async function storedPage(response: Response): Promise<StoredPage> {
  const headers = [...response.headers.entries()].filter(([name]) => !DROPPED_HEADER.test(name));
  return { status: response.status, headers, body: await response.arrayBuffer() };
}

/**
 * The page at `key` from memory, or rendered by `render` and kept until the next
 * invalidation. Visitors arriving together while it renders share one rendering.
 */
export async function cachedPublicPage(key: string, render: () => Promise<Response>): Promise<Response> {
  let page: StoredPage;
  try {
    page = await pageCache().get(`page:${key}`, [TAG_ALL], async () => {
      const stored = await storedPage(await render());
      if (!KEPT_STATUSES.has(stored.status)) throw new NotKept(stored);
      return stored;
    });
  } catch (error) {
    if (!(error instanceof NotKept)) throw error;
    page = error.page;
  }
  return new Response(page.body, { status: page.status, headers: page.headers });
}
