import { describe, expect, it } from 'vitest';
import { createTagCache } from '@/lib/tag-cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(maxAgeMs = 60_000, maxEntries = 10) {
  let clock = 0;
  const cache = createTagCache({ maxAgeMs, maxEntries, now: () => clock });
  let loads = 0;
  let version = 0;
  const load = async () => {
    loads += 1;
    return `v${version}`;
  };
  return {
    cache,
    load,
    loads: () => loads,
    bump: () => (version += 1),
    tick: (ms: number) => (clock += ms),
  };
}

describe('the public tag cache', () => {
  it('loads once and then serves the stored value', async () => {
    const t = setup();
    expect(await t.cache.get('a', ['plan:1'], t.load)).toBe('v0');
    t.bump();
    expect(await t.cache.get('a', ['plan:1'], t.load)).toBe('v0');
    expect(t.loads()).toBe(1);
  });

  it('shares one load among visitors who arrive together', async () => {
    const t = setup();
    const gate = deferred<string>();
    let loads = 0;
    const slow = () => {
      loads += 1;
      return gate.promise;
    };
    const waiting = Array.from({ length: 50 }, () => t.cache.get('a', ['plan:1'], slow));
    gate.resolve('ready');
    expect(new Set(await Promise.all(waiting))).toEqual(new Set(['ready']));
    expect(loads).toBe(1);
  });

  it('reloads after its tag is invalidated, and only the entries with that tag', async () => {
    const t = setup();
    await t.cache.get('a', ['plan:1', 'org:x'], t.load);
    await t.cache.get('b', ['plan:2', 'org:x'], t.load);
    t.bump();
    expect(t.cache.invalidate('plan:1')).toBe(1);
    expect(await t.cache.get('a', ['plan:1', 'org:x'], t.load)).toBe('v1');
    expect(await t.cache.get('b', ['plan:2', 'org:x'], t.load)).toBe('v0');
    expect(t.cache.invalidate('org:x')).toBe(2);
    expect(t.cache.size).toBe(0);
  });

  it('does not keep a load that was running when the data changed', async () => {
    const t = setup();
    const gate = deferred<string>();
    const before = t.cache.get('a', ['plan:1'], () => gate.promise);
    t.cache.invalidate('plan:1');
    gate.resolve('old');
    expect(await before).toBe('old');
    expect(await t.cache.get('a', ['plan:1'], async () => 'new')).toBe('new');
  });

  it('serves an old value while it refreshes in the background', async () => {
    const t = setup(1000);
    await t.cache.get('a', ['plan:1'], t.load);
    t.bump();
    t.tick(1001);
    expect(await t.cache.get('a', ['plan:1'], t.load)).toBe('v0');
    await Promise.resolve();
    await Promise.resolve();
    expect(await t.cache.get('a', ['plan:1'], t.load)).toBe('v1');
    expect(t.loads()).toBe(2);
  });

  it('forgets a failed load, so the next visitor tries again', async () => {
    const t = setup();
    await expect(t.cache.get('a', [], () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await t.cache.get('a', [], t.load)).toBe('v0');
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const t = setup(60_000, 2);
    await t.cache.get('a', [], t.load);
    await t.cache.get('b', [], t.load);
    await t.cache.get('a', [], t.load);
    await t.cache.get('c', [], t.load);
    expect(t.cache.size).toBe(2);
    expect(t.loads()).toBe(3);
    await t.cache.get('a', [], t.load);
    expect(t.loads()).toBe(3);
    await t.cache.get('b', [], t.load);
    expect(t.loads()).toBe(4);
  });

  it('keeps at most maxBytes of values, dropping the least recently used', async () => {
    const cache = createTagCache({ maxAgeMs: 60_000, maxEntries: 100, maxBytes: 10, sizeOf: (v) => String(v).length });
    await cache.get('a', [], async () => 'aaaa');
    await cache.get('b', [], async () => 'bbbb');
    expect(cache.bytes).toBe(8);
    await cache.get('a', [], async () => 'not loaded again');
    await cache.get('c', [], async () => 'cccc');
    // b was the least recently used: a and c stay, 8 bytes.
    expect(cache.bytes).toBe(8);
    expect(await cache.get('a', [], async () => 'reloaded')).toBe('aaaa');
    expect(await cache.get('b', [], async () => 'b2')).toBe('b2');
    // One value larger than the limit is still kept, alone.
    await cache.get('big', [], async () => 'x'.repeat(50));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(50);
    cache.invalidate('none');
    cache.clear();
    expect(cache.bytes).toBe(0);
  });
});

describe('tags that depend on the value', () => {
  it('files an entry under the tags its value names', async () => {
    const cache = createTagCache({ maxAgeMs: 60_000, maxEntries: 10 });
    let loads = 0;
    const load = async () => ({ planId: 'p1', loads: ++loads });
    const tags = (v: { planId: string }) => [`plan:${v.planId}`];
    await cache.get('a', tags, load);
    expect(cache.invalidate('plan:other')).toBe(0);
    expect((await cache.get('a', tags, load)).loads).toBe(1);
    expect(cache.invalidate('plan:p1')).toBe(1);
    expect((await cache.get('a', tags, load)).loads).toBe(2);
  });

  it('does not store a load during which any invalidation happened, since its tags were unknown', async () => {
    const cache = createTagCache({ maxAgeMs: 60_000, maxEntries: 10 });
    const gate = deferred<{ planId: string }>();
    const tags = (v: { planId: string }) => [`plan:${v.planId}`];
    const first = cache.get('a', tags, () => gate.promise);
    cache.invalidate('plan:p1');
    gate.resolve({ planId: 'p1' });
    await first;
    expect(cache.size).toBe(0);
  });
});
