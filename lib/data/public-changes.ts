// Hears every public change, whichever process made it: another app instance, or a command-line
// import. One connection per app process LISTENs on the channel that publicTransaction()
// notifies inside its writing transaction (PostgreSQL delivers a notification only once its
// transaction commits, in commit order), and drops what the change touched from this process's
// caches. While the connection is down the caches are not used at all: a change made meanwhile
// would go unheard. When it is back, everything cached before is dropped, then used again.
//
// The embedded database (one app process, and the command line cannot run beside it) needs no
// listener: the writer's own invalidation is the only one there is.
import 'server-only';
import pg from 'pg';
import { isDatabaseConnectionError, reportDatabaseTrouble } from '@/lib/db/availability';
import { dropPublicChange, invalidatePublicScorecard, PUBLIC_CHANNEL, setPublicCacheGate, type PublicChange } from '@/lib/data/public-cache';

export type ListenerState = 'connecting' | 'listening' | 'stopped';

export interface PublicChangeListener {
  readonly state: ListenerState;
  /** Resolves once the first LISTEN is in place (or the listener stopped). */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/** A notification's payload, as publicTransaction() sends it; null for anything else. */
export function parsePublicChange(payload: string | undefined): PublicChange | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (value === 'all') return 'all';
    if (typeof value !== 'object' || value === null) return null;
    const { organizationId, orgSlug, planId } = value as Record<string, unknown>;
    if (typeof organizationId !== 'string' || typeof orgSlug !== 'string') return null;
    return { organizationId, orgSlug, planId: typeof planId === 'string' ? planId : null };
  } catch {
    return null;
  }
}

const holder = globalThis as unknown as { northstarPublicListener?: PublicChangeListener };

/**
 * Starts this process's listener (once: later calls return the same one) and makes the public
 * caches depend on it. `log` hears connection losses and recoveries.
 */
export function startPublicChangeListener(
  connectionString: string,
  log: (message: string) => void = (message) => console.warn(`[northstar] ${message}`),
): PublicChangeListener {
  if (holder.northstarPublicListener) return holder.northstarPublicListener;
  let state: ListenerState = 'connecting';
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const lost = (from: pg.Client, reason: string, databaseGone: boolean) => {
    // An error and then an end arrive for one loss: only the first counts.
    if (state === 'stopped' || from !== client) return;
    const wasListening = state === 'listening';
    state = 'connecting';
    client?.removeAllListeners();
    client?.on('error', () => {});
    void client?.end().catch(() => {});
    client = undefined;
    invalidatePublicScorecard('all');
    // Most often the first sign of a database restart: pages check it before they fail. (Not a
    // refusal such as a database that does not exist: that is a setting, and pages say so.)
    if (databaseGone) reportDatabaseTrouble();
    if (wasListening) log(`Lost the database connection that hears public changes (${reason}); public pages are read fresh until it is back.`);
    failures += 1;
    // 250 ms, 500 ms, 1 s … at most 5 s between attempts.
    retryTimer = setTimeout(connect, Math.min(5_000, 250 * 2 ** Math.min(failures - 1, 5)));
  };

  async function connect() {
    if (state === 'stopped') return;
    const next = new pg.Client({ connectionString, application_name: 'northstar-public-listener', keepAlive: true });
    client = next;
    next.on('error', (error) => lost(next, error.message, isDatabaseConnectionError(error)));
    // Closed after it was listening: the server went away. (A refused connection says why, above.)
    let established = false;
    next.on('end', () => lost(next, 'connection closed', established));
    next.on('notification', (message) => {
      if (message.channel !== PUBLIC_CHANNEL) return;
      const change = parsePublicChange(message.payload);
      // Unreadable: drop everything rather than keep something stale.
      dropPublicChange(change ?? 'all');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_CHANNEL}`);
      established = true;
    } catch (error) {
      lost(next, error instanceof Error ? error.message : String(error), isDatabaseConnectionError(error));
      return;
    }
    if (client !== next) return;
    // Whatever was cached while nobody listened may have been changed since.
    invalidatePublicScorecard('all');
    if (failures > 0 && state === 'connecting') log('Hearing public changes again.');
    state = 'listening';
    failures = 0;
    markReady();
  }

  const listener: PublicChangeListener = {
    get state() {
      return state;
    },
    ready,
    async stop() {
      state = 'stopped';
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on('error', () => {});
      await current?.end().catch(() => {});
      markReady();
      if (holder.northstarPublicListener === listener) holder.northstarPublicListener = undefined;
      setPublicCacheGate(() => true);
    },
  };
  holder.northstarPublicListener = listener;
  setPublicCacheGate(() => state === 'listening');
  void connect();
  return listener;
}

/** This process's listener, if one was started. */
export function publicChangeListener(): PublicChangeListener | undefined {
  return holder.northstarPublicListener;
}
