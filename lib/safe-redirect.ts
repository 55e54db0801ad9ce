// Where a link may send someone after signing in: a path of this app, never another site.
// Parsed the way a browser parses it, so "/\evil.example", "/\tevil.example" or "//evil" —
// which a browser resolves to another host — are refused. Pure: the login page and its form
// both use it.
const BASE = 'http://northstar.invalid';

export function safeReturnPath(raw: string | null | undefined, fallback = '/dashboard'): string {
  if (typeof raw !== 'string' || raw === '' || !raw.startsWith('/')) return fallback;
  // Control characters and backslashes are never part of one of our paths; browsers strip or
  // reinterpret them (a tab vanishes, "\" becomes "/").
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The login page itself would loop.
  if (url.pathname === '/login' || path.startsWith('//')) return fallback;
  return path;
}
