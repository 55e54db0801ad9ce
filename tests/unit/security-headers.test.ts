import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import { errorDocument, errorDocumentLocale } from '@/lib/error-document';
import { requestIdFrom } from '@/lib/request-id';
import { refuseRequest, secureRequest } from '@/lib/request-security';
import { contentSecurityPolicy, documentScripts, newNonce, securityHeaders } from '@/lib/security-headers';
import { MAX_REQUEST_BYTES } from '@/lib/upload-limit';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('the Content-Security-Policy', () => {
  it('lets no script run on a plain public document, and frames, plugins and <base> nowhere', () => {
    const policy = directives(contentSecurityPolicy({ scripts: 'none', https: false }));
    expect(policy.get('script-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('lets a signed-in page run only the scripts carrying its nonce, and style elements with it', () => {
    const policy = directives(contentSecurityPolicy({ scripts: { nonce: 'abc123==' }, https: true }));
    expect(policy.get('script-src')).toBe("'nonce-abc123==' 'strict-dynamic'");
    expect(policy.get('style-src')).toBe("'self' 'nonce-abc123=='");
    // Server-rendered charts write style attributes, which no nonce can cover.
    expect(policy.get('style-src-attr')).toBe("'unsafe-inline'");
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('puts script-src first, where Next.js looks for the nonce', () => {
    expect(contentSecurityPolicy({ scripts: { nonce: 'n0nce' }, https: false })).toMatch(/^script-src 'nonce-n0nce'/);
  });

  it('allows eval and inline styles only in development', () => {
    const dev = directives(contentSecurityPolicy({ scripts: { nonce: 'n' }, https: false, dev: true }));
    expect(dev.get('script-src')).toBe("'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(dev.get('style-src')).toBe("'self' 'unsafe-inline'");
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('the scripts a finished public document needs', () => {
  it('are none when only data blocks are left', () => {
    expect(documentScripts('<html><body><a href="/">x</a><script type="application/ld+json">{"a":1}</script></body></html>')).toBe('none');
  });

  it('are its script files and the hash of each inline script when it had to keep them', () => {
    const inline = '$RC("B:0","S:0")';
    const hash = `sha256-${createHash('sha256').update(inline).digest('base64')}`;
    expect(documentScripts(`<script src="/_next/static/chunks/a.js" async=""></script><script>${inline}</script><script>${inline}</script>`)).toEqual({ hashes: [hash] });
    expect(contentSecurityPolicy({ scripts: { hashes: [hash] }, https: false })).toContain(`script-src 'self' '${hash}'`);
  });
});

describe('the headers on every response', () => {
  it('carry nosniff, a referrer policy, a permissions policy and no framing; HSTS only behind https', () => {
    const http = new Map(securityHeaders(false));
    expect(http.get('X-Content-Type-Options')).toBe('nosniff');
    expect(http.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(http.get('Permissions-Policy')).toContain('camera=()');
    expect(http.get('X-Frame-Options')).toBe('DENY');
    expect(http.has('Strict-Transport-Security')).toBe(false);
    expect(new Map(securityHeaders(true)).get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('the error document of a public page', () => {
  it('is in the address’s language and names the request id', () => {
    expect(errorDocumentLocale('/es/scorecard/lacoe')).toBe('es');
    expect(errorDocumentLocale('/essay')).toBe('en');
    const html = errorDocument('es', 'a1b2c3d4e5f6');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Algo salió mal');
    expect(html).toContain('<code');
    expect(html).toContain('a1b2c3d4e5f6');
    expect(documentScripts(html)).toBe('none');
  });
});

describe('request ids from a header', () => {
  it('accepts only the proxy’s own form, so a visitor’s text never reaches the log as an id', () => {
    expect(requestIdFrom('0123456789ab')).toBe('0123456789ab');
    expect(requestIdFrom(['0123456789ab', 'x'])).toBe('0123456789ab');
    for (const bad of [null, undefined, '', '0123456789abc', 'GGGGGGGGGGGG', 'x\nforged line']) expect(requestIdFrom(bad)).toBeNull();
  });
});

const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  new NextRequest(new URL(path, 'http://northstar.test'), { ...init, headers: { host: 'northstar.test', ...(init.headers as Record<string, string>) } });

describe('requests refused before they reach the app', () => {
  it('a path that cannot be decoded is 400', async () => {
    for (const path of ['/scorecard/%E0%A4%A', '/%', '/es/%ZZ']) expect(refuseRequest(request(path))?.status, path).toBe(400);
    expect(refuseRequest(request('/scorecard/%C3%A9'))).toBeNull();
  });

  it('a server action from another site, or from a sandboxed page, is 403', async () => {
    for (const origin of ['https://evil.example', 'null', 'not a url', 'http://northstar.test.evil.example']) {
      const refused = refuseRequest(request('/admin/plans/new', { method: 'POST', headers: { origin, 'next-action': 'abc' } }));
      expect(refused?.status, origin).toBe(403);
      expect(await refused?.text()).toBe('Cross-site requests are refused.\n');
    }
    const multipart = request('/login', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' } });
    expect(refuseRequest(multipart)?.status).toBe(403);
  });

  it('lets the same site, requests without Origin and ordinary posts through', () => {
    expect(refuseRequest(request('/admin/plans/new', { method: 'POST', headers: { origin: 'http://northstar.test', 'next-action': 'abc' } }))).toBeNull();
    expect(refuseRequest(request('/admin/plans/new', { method: 'POST', headers: { 'next-action': 'abc' } }))).toBeNull();
    // Behind a proxy, Next compares the origin with X-Forwarded-Host: so does the refusal.
    const forwarded = request('/admin', { method: 'POST', headers: { origin: 'https://plans.district.org', 'x-forwarded-host': 'plans.district.org', 'next-action': 'a' } });
    expect(refuseRequest(forwarded)).toBeNull();
    // Route handlers check their own uploads (lib/data/core/route.ts): a CSV post is theirs to refuse.
    expect(refuseRequest(request('/admin/plans/x/observations/import', { method: 'POST', headers: { origin: 'null', 'content-type': 'text/csv' } }))).toBeNull();
  });

  it('a body longer than the app reads is 413, before it is read', async () => {
    const refused = refuseRequest(request('/admin/plans/new', { method: 'POST', headers: { 'content-length': String(MAX_REQUEST_BYTES + 1) } }));
    expect(refused?.status).toBe(413);
    expect(await refused?.text()).toContain('larger than 10 MB');
    expect(refuseRequest(request('/admin/plans/new', { method: 'POST', headers: { 'content-length': String(MAX_REQUEST_BYTES) } }))).toBeNull();
  });
});

describe('every answer of the proxy', () => {
  const original = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (original === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = original;
    reloadEnv();
  });

  it('gets a page a nonce in its request and the same one in its policy, new for each request', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await secureRequest(request('/admin'), async (forward) => forward.next('page'));
      const policy = response.headers.get('content-security-policy')!;
      const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
      // What Next.js reads when it renders: the request's policy, overridden by the proxy.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
      expect(response.headers.get('x-middleware-request-x-request-id')).toBe(response.headers.get('x-request-id'));
      seen.push(nonce);
    }
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('carries HSTS and upgrades subresources when the app’s address is https', async () => {
    process.env.NEXTAUTH_URL = 'https://plans.district.org';
    reloadEnv();
    const response = await secureRequest(request('/api/health'), async (forward) => forward.next('data'));
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('turns a failure into a page naming the request id, with the headers', async () => {
    const response = await secureRequest(request('/es/scorecard/lacoe'), async () => {
      throw new Error('database down');
    });
    expect(response.status).toBe(500);
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    const html = await response.text();
    expect(html).toContain('lang="es"');
    expect(html).toContain(id);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
