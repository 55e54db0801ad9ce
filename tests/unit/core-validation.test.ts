import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NUL_MESSAGE, nulPaths, parseOrThrow, textareaLines } from '@/lib/data/core/validation';
import type { AppError } from '@/lib/errors';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('a NUL character in any input', () => {
  const schema = z.object({ name: z.string(), lines: z.array(z.string()), nested: z.object({ note: z.string() }).optional() });

  it('is found wherever it is', () => {
    expect(nulPaths({ name: 'a\u0000b', lines: ['ok', 'x\u0000'], nested: { note: '\u0000' }, n: 4 })).toEqual([['name'], ['lines', 1], ['nested', 'note']]);
    expect(nulPaths({ name: 'fine', lines: [] })).toEqual([]);
  });

  it('is refused on its field before the schema runs, with a message that says what to do', () => {
    const error = refusal(() => parseOrThrow(schema, { name: 'Lit\u0000eracy', lines: [] }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ name: [NUL_MESSAGE] });
  });

  it('lands on a list’s textarea with its line when the form maps lists that way', () => {
    const error = refusal(() => parseOrThrow(schema, { name: 'ok', lines: ['one', 'tw\u0000o'] }, textareaLines(['lines'])));
    expect(error.fieldErrors).toEqual({ lines: [`Line 2: ${NUL_MESSAGE}`] });
  });
});
