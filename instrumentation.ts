// Runs once when an app process starts (Next's instrumentation hook): on a database server,
// start hearing public changes made by other processes (lib/data/public-changes.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!settings.DATABASE_URL || settings.NORTHSTAR_EMBEDDED) return;
  const { startPublicChangeListener } = await import('@/lib/data/public-changes');
  // Not awaited: until it listens, public pages are simply read fresh.
  startPublicChangeListener(settings.DATABASE_URL);
}
