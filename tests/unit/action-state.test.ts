import { describe, expect, it } from 'vitest';
import { formValues, refusedInput } from '@/lib/action-state';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('formValues', () => {
  const typed = form([
    ['email', 'ana@district.org'],
    ['password', 'correct horse battery'],
    ['confirmPassword', 'correct horse battery'],
    ['$ACTION_ID_abc', ''],
    ['name', 'Ana'],
  ]);

  it('sends back what was typed, but never a password or the framework’s own fields', () => {
    expect(formValues(typed)).toEqual({ email: 'ana@district.org', name: 'Ana' });
    expect(refusedInput({ ok: false, values: formValues(typed) }).value('password')).toBe('');
  });

  it('keeps the passwords when the values are the command’s own input', () => {
    expect(formValues(typed, { withSecrets: true })).toMatchObject({ password: 'correct horse battery', confirmPassword: 'correct horse battery' });
  });
});
