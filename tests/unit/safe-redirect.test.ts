import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/safe-redirect';

describe('safeReturnPath', () => {
  it.each([
    ['/review', '/review'],
    ['/goals/abc?period=q1#history', '/goals/abc?period=q1#history'],
    ['/admin/plans/2022-2025/structure', '/admin/plans/2022-2025/structure'],
    ['/%5Cevil.example/x', '/%5Cevil.example/x'], // still encoded: a path of ours, which a browser keeps on this host
  ])('keeps the path of this app %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });

  // Open-redirect payloads (the query parameter as the page receives it, i.e. decoded once).
  it.each([
    '/\\evil.example/x',
    '/\tevil.example/x',
    '/\t/evil.example/x',
    '/\\\\evil.example',
    '\\\\evil.example',
    '//evil.example',
    '///evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    'evil.example',
    ' /review',
    '',
    '/login',
    '/login?callbackUrl=/review',
    '/\u0000/evil.example',
  ])('refuses %j and falls back to the dashboard', (raw) => {
    expect(safeReturnPath(raw)).toBe('/dashboard');
  });

  it('falls back to what the caller names, and on nothing', () => {
    expect(safeReturnPath(null, '/updates')).toBe('/updates');
    expect(safeReturnPath(undefined)).toBe('/dashboard');
  });
});
