// The page a visitor gets when a public page fails on the server: a plain document (like every
// public page, lib/static-html.ts) in the address's language, that depends on nothing that may
// have failed — no database, no rendering, no style sheet — and names the request id that the
// server logged, so whoever helps the visitor can find what went wrong. Pure.
import en from '@/messages/en.json';
import es from '@/messages/es.json';

type Locale = 'en' | 'es';
const MESSAGES: Record<Locale, typeof en.ServerError> = { en: en.ServerError, es: es.ServerError };

export const errorDocumentLocale = (pathname: string): Locale => (pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole HTML document. Styled by attributes only: the page's policy allows no style element. */
export function errorDocument(locale: Locale, requestId: string): string {
  const t = MESSAGES[locale];
  const home = locale === 'en' ? '/' : '/es';
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)} · Northstar</title></head>
<body style="margin:0;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a;background:#f8fafc;line-height:1.5">
<main id="main" style="max-width:36rem;margin:0 auto;padding:4rem 1rem">
<p style="margin:0;font-weight:700;color:#1e3a8a">Northstar</p>
<h1 style="font-size:1.875rem;margin:1rem 0 0">${escapeHtml(t.title)}</h1>
<p style="margin:0.75rem 0 0;color:#334155">${escapeHtml(t.body)}</p>
<p style="margin:1.5rem 0 0;color:#334155">${escapeHtml(t.reference)} <code style="font-size:1rem;font-weight:700;color:#0f172a;background:#e2e8f0;padding:0.125rem 0.375rem;border-radius:0.25rem">${escapeHtml(requestId)}</code></p>
<p style="margin:2rem 0 0"><a href="${home}" style="color:#1d4ed8">${escapeHtml(t.home)}</a></p>
</main>
</body>
</html>
`;
}
