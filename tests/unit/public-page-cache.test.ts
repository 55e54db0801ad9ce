import { afterEach, describe, expect, it } from 'vitest';
import { cachedPublicPage, invalidatePublicScorecard } from '@/lib/data/public-cache';

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
});
