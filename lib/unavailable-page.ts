// The page every address answers while the database is unreachable (proxy.ts): 503 with
// Retry-After, in English and Spanish (the address's language first). It asks /api/health every
// 5 seconds and loads the address again once the data is back (no meta refresh: a page that
// reloads on a timer whatever happens is an accessibility failure); the link does it at once.
// Plain HTML with its own stylesheet and script, allowed by hash: it must not need the app.
import { createHash } from 'node:crypto';

export const RETRY_AFTER_SECONDS = 10;

const TEXT = {
  en: {
    title: 'Northstar is briefly unavailable',
    body: 'The data cannot be read just now: the database is not answering. This page opens by itself as soon as it is back.',
    unsaved: 'If you were saving something, it was not saved. Once this page loads again, please enter it again.',
    retry: 'Try again now',
  },
  es: {
    title: 'Northstar no está disponible por un momento',
    body: 'Los datos no se pueden leer en este momento: la base de datos no responde. Esta página se abrirá sola en cuanto vuelva.',
    unsaved: 'Si estaba guardando algo, no se guardó. Cuando esta página vuelva a cargarse, ingréselo de nuevo.',
    retry: 'Intentar ahora',
  },
} as const;

// Once /api/health answers 200, the address is loaded again.
const RETRY_SCRIPT =
  "(function(){function t(){fetch('/api/health',{cache:'no-store'}).then(function(r){if(r.ok){location.reload()}else{setTimeout(t,5000)}},function(){setTimeout(t,5000)})}setTimeout(t,5000)})();";
const SCRIPT_HASH = `'sha256-${createHash('sha256').update(RETRY_SCRIPT).digest('base64')}'`;
const STYLE = `
  body { margin: 0; font-family: system-ui, sans-serif; color: #1e293b; background: #f8fafc; line-height: 1.5; }
  main { max-width: 38rem; margin: 0 auto; padding: 3rem 1.25rem; }
  section { background: #fff; border: 1px solid #cbd5e1; border-radius: 0.75rem; padding: 1.25rem 1.5rem; margin-bottom: 1.25rem; }
  h1, h2 { font-size: 1.35rem; margin: 0 0 0.75rem; }
  h2 { font-size: 1.15rem; }
  a { color: #1d4ed8; font-weight: 600; }
`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(pathname: string, search = ''): { html: string; lang: 'en' | 'es' } {
  const lang = pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en';
  const order = lang === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const);
  const here = escapeHtml(`${pathname}${search}`);
  const sections = order
    .map(
      (l, i) => `<section lang="${l}">
  ${i === 0 ? '<h1>' : '<h2>'}${TEXT[l].title}${i === 0 ? '</h1>' : '</h2>'}
  <p>${TEXT[l].body}</p>
  <p>${TEXT[l].unsaved}</p>
  <p><a href="${here}">${TEXT[l].retry}</a></p>
</section>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT[lang].title} · Northstar</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${sections}
</main>
<script>${RETRY_SCRIPT}</script>
</body>
</html>
`;
  return { html, lang };
}

export function unavailableResponse(pathname: string, search = ''): Response {
  const { html, lang } = unavailablePage(pathname, search);
  return new Response(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-language': lang,
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS),
      'content-security-policy': `default-src 'none'; script-src ${SCRIPT_HASH}; style-src ${STYLE_HASH}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    },
  });
}
