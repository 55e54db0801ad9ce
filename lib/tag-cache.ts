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
  /** With sizeOf: the most bytes all settled values may take together (least recently used go first). */
  maxBytes?: number;
  /** A settled value's size in bytes; measured once, when it is stored. */
  sizeOf?: (value: unknown) => number;
  now?: () => number;
}

export type Tags<T> = string[] | ((data: T) => string[]);

interface Entry<T> {
  tags: Tags<T>;
  /** Tags resolved against the loaded value. */
  resolvedTags: string[];
  /** The settled value, once there is one. */
  value?: { data: T; loadedAt: number; bytes: number };
  /** The running load, if any. */
  loading?: Promise<T>;
}

export interface TagCache {
  get<T>(key: string, tags: Tags<T>, load: () => Promise<T>): Promise<T>;
  invalidate(tag: string): number;
  /** Drops everything, and keeps no load that was running (like invalidating every tag). */
  clear(): void;
  readonly size: number;
  /** The bytes the settled values take, by sizeOf. */
  readonly bytes: number;
}

export function createTagCache({
  maxAgeMs,
  maxEntries,
  maxBytes = Infinity,
  sizeOf = () => 0,
  now = Date.now,
}: TagCacheOptions): TagCache {
  // Values of any type live side by side; each get() call knows its own and reads its entry back
  // as that type (the key decides the type: one key is always loaded by the same code).
  const entries = new Map<string, Entry<unknown>>();
  const stored = <T>(entry: Entry<T>) => entry as unknown as Entry<unknown>;
  // Counts invalidations: a load that saw one happen while it ran may hold older data.
  let epoch = 0;
  let bytes = 0;

  function drop(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.value?.bytes ?? 0;
    entries.delete(key);
  }

  /** Least recently used first, until both limits hold (the newest entry is kept even if it alone is over). */
  function evict() {
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) return;
      if (entries.size === 1) return;
      drop(key);
    }
  }

  function startLoad<T>(key: string, entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    const startedAt = epoch;
    const loading = load().then(
      (data) => {
        if (entries.get(key) !== stored(entry)) return data;
        entry.loading = undefined;
        if (epoch === startedAt) {
          const size = sizeOf(data);
          bytes += size - (entry.value?.bytes ?? 0);
          entry.value = { data, loadedAt: now(), bytes: size };
          entry.resolvedTags = typeof entry.tags === 'function' ? entry.tags(data) : entry.tags;
          evict();
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
      evict();
      return startLoad(key, entry, load);
    },

    invalidate(tag: string): number {
      epoch += 1;
      let dropped = 0;
      for (const [key, entry] of entries) {
        if (entry.resolvedTags.includes(tag)) {
          drop(key);
          dropped += 1;
        }
      }
      return dropped;
    },

    clear() {
      epoch += 1;
      entries.clear();
      bytes = 0;
    },

    get size() {
      return entries.size;
    },

    get bytes() {
      return bytes;
    },
  };
}
