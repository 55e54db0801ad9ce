import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface messages', () => {
  it('has every English message in Spanish, and nothing more', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const lookup = (messages: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keys(en)) {
      expect(placeholders(lookup(es, key)), key).toEqual(placeholders(lookup(en, key)));
    }
  });

  it('is translated, not copied', () => {
    const same = keys(en).filter((key) => {
      const get = (m: unknown) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], m);
      return get(en) === get(es);
    });
    expect(same.sort()).toEqual(['Common.siteName', 'Goal.baselineValue', 'Scorecard.objectiveNumber']);
  });
});
