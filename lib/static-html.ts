// Public pages are plain documents: every link is an <a>, every chart server-rendered SVG, and
// nothing on them needs the browser to run code. So the copy of a rendered page that visitors
// get leaves out the framework's scripts (the runtime and the page's serialized component
// tree), and a phone on a slow connection downloads no JavaScript at all. Pure.

// Scripts that carry data, not code, stay (e.g. JSON-LD).
const SCRIPT = /<script\b(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*\/?>|<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/gi;
// Streamed content is moved into place by an inline script: such a page must keep its scripts.
const STREAMED = /<template\b[^>]*\bid="B:|<div\b[^>]*\bhidden\b[^>]*\bid="S:/i;

/** The page without its scripts, or unchanged when its content depends on them. */
export function withoutScripts(html: string): string {
  if (STREAMED.test(html)) return html;
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}
