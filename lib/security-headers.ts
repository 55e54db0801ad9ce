// The security headers of every response, and the Content-Security-Policy of each kind of page.
// Pure: lib/request-security.ts applies them in proxy.ts; next.config.ts adds the fixed ones to
// the files the proxy never sees (the build's scripts and styles, public/).
//   - signed-in pages run the framework's scripts: only those carrying this request's nonce;
//   - public pages are plain documents (lib/static-html.ts) and API answers are data: no script
//     at all, unless a document had to keep its scripts, which are then allowed by their hashes.
import { createHash, randomBytes } from 'node:crypto';

// No feature a strategic-plan tracker needs: camera, location, payment, sensors… are refused to
// the page and anything it embeds. Only features Chromium knows, so it logs no warning.
export const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()';

// A year, the subdomains too; not "preload", which a district opts into with browsers itself.
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Headers whose values never change: on every response, files included (next.config.ts). */
export const FIXED_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export type ScriptPolicy = { nonce: string } | { hashes: string[] } | 'none';

export interface PolicyOptions {
  scripts: ScriptPolicy;
  /** The app's public address is https: ask the browser to load nothing over http. */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval, and styles arrive inline. */
  dev?: boolean;
}

function scriptSources(scripts: ScriptPolicy, dev: boolean): string {
  if (scripts === 'none') return "'none'";
  const evaluation = dev ? " 'unsafe-eval'" : '';
  // 'strict-dynamic': the nonced runtime may load the page's chunks; nothing else runs.
  if ('nonce' in scripts) return `'nonce-${scripts.nonce}' 'strict-dynamic'${evaluation}`;
  return ["'self'", ...scripts.hashes.map((h) => `'${h}'`)].join(' ') + evaluation;
}

/**
 * The Content-Security-Policy header. Style attributes stay allowed (style-src-attr): server-
 * rendered charts (recharts, lib/svg-chart.ts) and React's `style` props write them, and a nonce
 * cannot cover an attribute; `<style>` elements and style sheets need 'self' or the nonce.
 */
export function contentSecurityPolicy({ scripts, https, dev = false }: PolicyOptions): string {
  const nonce = typeof scripts === 'object' && 'nonce' in scripts ? scripts.nonce : null;
  const directives = [
    `script-src ${scriptSources(scripts, dev)}`,
    "default-src 'self'",
    // In development Next inserts <style> elements without a nonce (and a nonce turns 'unsafe-inline' off).
    `style-src 'self' ${dev ? "'unsafe-inline'" : nonce ? `'nonce-${nonce}'` : ''}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A fresh nonce: 128 random bits, base64 (the form Next.js reads from the policy). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

// Executable scripts only: data blocks (JSON, JSON-LD) are not subject to script-src.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\btype="application\/(?:ld\+)?json"/i;

/**
 * The script sources a finished document needs: none for a plain document, otherwise 'self'
 * (its script files) and the hash of each inline script, so a cached copy needs no nonce.
 */
export function documentScripts(html: string): ScriptPolicy {
  const hashes: string[] = [];
  let any = false;
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (DATA_TYPE.test(attributes!)) continue;
    any = true;
    if (!/\bsrc=/i.test(attributes!)) hashes.push(`sha256-${createHash('sha256').update(body!).digest('base64')}`);
  }
  return any ? { hashes: [...new Set(hashes)] } : 'none';
}

/** The security headers of a response, HSTS when the app's public address is https. */
export function securityHeaders(https: boolean): [string, string][] {
  return [...FIXED_SECURITY_HEADERS.map(([k, v]) => [k, v] as [string, string]), ...(https ? [['Strict-Transport-Security', STRICT_TRANSPORT_SECURITY] as [string, string]] : [])];
}
