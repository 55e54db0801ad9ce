import { afterEach, describe, expect, it } from 'vitest';
import { cachedPublicPage, dropPublicChange, invalidatePublicScorecard, matchesEtag } from '@/lib/data/public-cache';

afterEach(() => invalidatePublicScorecard('all'));

function renderer(status = 200) {
  let renders = 0;
  const render = async () => {
    renders += 1;
    return new Response(`<html>render ${renders}</html>`, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'visitor=1', 'x-middleware-rewrite': '/en/x', vary: 'rsc' },
    });
  };
  return { render, renders: () => renders };
}

describe('the public page cache', () => {
  it('renders a page once and answers later visits from memory', async () => {
    const r = renderer();
    expect(await (await cachedPublicPage('/a', r.render)).text()).toBe('<html>render 1</html>');
    const again = await cachedPublicPage('/a', r.render);
    expect(await again.text()).toBe('<html>render 1</html>');
    expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(again.headers.get('vary')).toBe('rsc');
    expect(r.renders()).toBe(1);
  });

  it('never keeps a cookie or Next’s routing headers', async () => {
    const page = await cachedPublicPage('/b', renderer().render);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('renders again after any public write is invalidated', async () => {
    const r = renderer();
    await cachedPublicPage('/c', r.render);
    invalidatePublicScorecard({ planId: 'any-plan' });
    expect(await (await cachedPublicPage('/c', r.render)).text()).toBe('<html>render 2</html>');
    invalidatePublicScorecard({ organizationId: 'any-org' });
    expect(await (await cachedPublicPage('/c', r.render)).text()).toBe('<html>render 3</html>');
  });

  it('keeps not-found pages, but never errors or redirects', async () => {
    const missing = renderer(404);
    await cachedPublicPage('/d', missing.render);
    expect((await cachedPublicPage('/d', missing.render)).status).toBe(404);
    expect(missing.renders()).toBe(1);
    for (const status of [500, 307]) {
      const r = renderer(status);
      expect((await cachedPublicPage(`/e${status}`, r.render)).status).toBe(status);
      await cachedPublicPage(`/e${status}`, r.render);
      expect(r.renders()).toBe(2);
    }
  });

  it('lets visitors who arrive together share one rendering', async () => {
    const r = renderer();
    const pages = await Promise.all(Array.from({ length: 20 }, () => cachedPublicPage('/f', r.render)));
    expect(new Set(await Promise.all(pages.map((p) => p.text())))).toEqual(new Set(['<html>render 1</html>']));
    expect(r.renders()).toBe(1);
  });

  it('drops only the changed organization’s pages (both languages) and the lists', async () => {
    const pages = ['/scorecard/lacoe/2022-2025', '/es/scorecard/lacoe/2022-2025', '/scorecard/smcoe/2023-2028', '/'];
    const renders = new Map(pages.map((p) => [p, renderer()]));
    for (const p of pages) await cachedPublicPage(p, renders.get(p)!.render);
    dropPublicChange({ organizationId: 'org-lacoe', orgSlug: 'lacoe', planId: null });
    for (const p of pages) await cachedPublicPage(p, renders.get(p)!.render);
    expect(pages.map((p) => renders.get(p)!.renders())).toEqual([2, 2, 1, 2]);
  });

  it('answers with an ETag, public no-cache, and 304 when the client’s copy is current', async () => {
    const r = renderer();
    const first = await cachedPublicPage('/g', r.render);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await cachedPublicPage('/g', r.render, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await cachedPublicPage('/g', r.render, '"other"')).status).toBe(200);
    expect(matchesEtag(`W/${etag}, "x"`, etag)).toBe(true);
    expect(matchesEtag(null, etag)).toBe(false);
    // A not-found page is not to be kept by browsers.
    const missing = await cachedPublicPage('/h', renderer(404).render);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(missing.headers.get('etag')).toBeNull();
  });
});
