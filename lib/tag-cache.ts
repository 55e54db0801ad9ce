// A small in-process cache with tags, for public reads that many visitors share.
//   - one load per key at a time: fifty visitors arriving together cause one query;
//   - invalidate(tag) drops every entry with that tag at once, and a load that was running
//     when any invalidation happened is not stored, so nobody is served data older than a write;
//   - tags may depend on the loaded value (a plan's id is known only once it is read);
//   - an entry older than maxAgeMs is still served while a fresh copy loads in the background
//     (a safety net for a write that forgot to invalidate; invalidation is the normal path).
// No I/O of its own; the clock is injectable for tests.

export interface TagCacheOptions {
  maxAgeMs: number;
  maxEntries: number;
  now?: () => number;
}

export type Tags<T> = string[] | ((data: T) => string[]);

interface Entry<T> {
  tags: Tags<T>;
  /** Tags resolved against the loaded value. */
  resolvedTags: string[];
  /** The settled value, once there is one. */
  value?: { data: T; loadedAt: number };
  /** The running load, if any. */
  loading?: Promise<T>;
}

export interface TagCache {
  get<T>(key: string, tags: Tags<T>, load: () => Promise<T>): Promise<T>;
  invalidate(tag: string): number;
  clear(): void;
  readonly size: number;
}

export function createTagCache({ maxAgeMs, maxEntries, now = Date.now }: TagCacheOptions): TagCache {
  // Values of any type live side by side; each get() call knows its own and reads its entry back
  // as that type (the key decides the type: one key is always loaded by the same code).
  const entries = new Map<string, Entry<unknown>>();
  const stored = <T>(entry: Entry<T>) => entry as unknown as Entry<unknown>;
  // Counts invalidations: a load that saw one happen while it ran may hold older data.
  let epoch = 0;

  function startLoad<T>(key: string, entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    const startedAt = epoch;
    const loading = load().then(
      (data) => {
        if (entries.get(key) !== stored(entry)) return data;
        entry.loading = undefined;
        if (epoch === startedAt) {
          entry.value = { data, loadedAt: now() };
          entry.resolvedTags = typeof entry.tags === 'function' ? entry.tags(data) : entry.tags;
        } else if (!entry.value) {
          entries.delete(key);
        }
        return data;
      },
      (error: unknown) => {
        if (entries.get(key) === stored(entry)) {
          entry.loading = undefined;
          if (!entry.value) entries.delete(key);
        }
        throw error;
      },
    );
    entry.loading = loading;
    return loading;
  }

  return {
    async get<T>(key: string, tags: Tags<T>, load: () => Promise<T>): Promise<T> {
      let entry = entries.get(key) as unknown as Entry<T> | undefined;
      if (entry) {
        // Most recently used last, so eviction drops the least recently used.
        entries.delete(key);
        entries.set(key, stored(entry));
        if (entry.value) {
          if (now() - entry.value.loadedAt > maxAgeMs && !entry.loading) {
            startLoad(key, entry, load).catch(() => undefined);
          }
          return entry.value.data;
        }
        if (entry.loading) return entry.loading;
      }
      entry = { tags, resolvedTags: typeof tags === 'function' ? [] : tags };
      entries.set(key, stored(entry));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return startLoad(key, entry, load);
    },

    invalidate(tag: string): number {
      epoch += 1;
      let dropped = 0;
      for (const [key, entry] of entries) {
        if (entry.resolvedTags.includes(tag)) {
          entries.delete(key);
          dropped += 1;
        }
      }
      return dropped;
    },

    clear() {
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}
