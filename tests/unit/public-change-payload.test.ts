import { describe, expect, it } from 'vitest';
import { parsePublicChange } from '@/lib/data/public-changes';

describe('the payload of a public change', () => {
  it('reads what publicTransaction sends, and nothing else', () => {
    expect(parsePublicChange('{"organizationId":"o1","orgSlug":"lacoe","planId":null}')).toEqual({
      organizationId: 'o1',
      orgSlug: 'lacoe',
      planId: null,
    });
    expect(parsePublicChange('{"organizationId":"o1","orgSlug":"lacoe","planId":"p1"}')).toMatchObject({ planId: 'p1' });
    expect(parsePublicChange('"all"')).toBe('all');
    for (const bad of ['', 'not json', '{}', '{"organizationId":1,"orgSlug":"x"}', '[1]', undefined]) expect(parsePublicChange(bad)).toBeNull();
  });
});
