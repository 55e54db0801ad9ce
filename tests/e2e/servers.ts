// What playwright.config.ts and the specs that start servers of their own agree on. No test imports.

// With DATABASE_URL, browser tests get a database of their own next to it (recreated each run);
// without it, an embedded database in its own data directory.
export function e2eDatabaseUrl(suffix = '_e2e'): string | undefined {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const url = new URL(base);
  url.pathname = `/${url.pathname.slice(1) || 'northstar'}${suffix}`;
  return url.toString();
}
