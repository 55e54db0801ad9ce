import { describe, expect, it } from 'vitest';
import { RETRY_AFTER_SECONDS, unavailablePage, unavailableResponse } from '@/lib/unavailable-page';

describe('the "briefly unavailable" page', () => {
  it('answers 503 with Retry-After, never kept by a cache', () => {
    const response = unavailableResponse('/dashboard', '?plan=2025-2028');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-/);
  });

  it('puts the address’s language first and retries the same address', () => {
    const en = unavailablePage('/dashboard', '?plan=2025-2028');
    expect(en.lang).toBe('en');
    expect(en.html.indexOf('Northstar is briefly unavailable')).toBeLessThan(en.html.indexOf('no está disponible'));
    expect(en.html).toContain('href="/dashboard?plan=2025-2028"');
    // No timed refresh (an accessibility failure): a script waits for /api/health, allowed by its hash only.
    expect(en.html).not.toContain('http-equiv="refresh"');
    expect(en.html).toContain("fetch('/api/health'");
    const es = unavailablePage('/es/scorecard/lacoe/2022-2025');
    expect(es.lang).toBe('es');
    expect(es.html).toMatch(/<html lang="es">[\s\S]*<h1>Northstar no está disponible por un momento<\/h1>[\s\S]*<h2>Northstar is briefly unavailable<\/h2>/);
  });

  it('escapes the address it links back to', () => {
    expect(unavailablePage('/x"><script>', '').html).not.toContain('"><script>');
  });
});
