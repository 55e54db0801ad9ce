import { describe, expect, it } from 'vitest';
import {
  NARRATIVE_MAX,
  periodStateSchema,
  progressFormToInput,
  progressInputSchema,
  reopenInputSchema,
  reviewInputSchema,
} from '@/lib/data/progress/fields';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

const base = { goalId: 'g1', periodId: 'p1', intent: 'draft', version: '0' };

describe('reading the progress form', () => {
  it('reads All-students values, student-group rows with n, PDSA notes and one link per line', () => {
    const input = progressFormToInput(
      form({
        ...base,
        'value.m1': '31.2',
        'n.m1': '',
        'asOf.m1': 'y1',
        'value.m2.gAll': '2,411',
        'n.m2.gAll': '98,000',
        'value.m2.gEL': '2,380',
        'n.m2.gEL': '22000',
        'value.m2.gJIY': '',
        'n.m2.gJIY': '',
        'asOf.m2': 'y2',
        narrative: 'Line one\nLine two',
        pdsaPlan: 'Test coaching',
        evidenceLinks: 'https://a.example/1\n\n  https://b.example/2  \n',
        confirmJumps: 'on',
      }),
    );
    expect(input.values).toEqual([
      { measureId: 'm1', studentGroupId: null, asOfPeriodId: 'y1', value: '31.2', n: '' },
      { measureId: 'm2', studentGroupId: 'gAll', asOfPeriodId: 'y2', value: '2,411', n: '98,000' },
      { measureId: 'm2', studentGroupId: 'gEL', asOfPeriodId: 'y2', value: '2,380', n: '22000' },
    ]);
    expect(input.evidenceLinks).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(input.confirmJumps).toBe(true);
    const parsed = progressInputSchema.parse(input);
    expect(parsed.values.map((v) => [v.value, v.n])).toEqual([
      [31.2, null],
      [2411, 98000],
      [2380, 22000],
    ]);
    expect(parsed.pdsaPlan).toBe('Test coaching');
  });

  it('keeps a row with a count but no value, so the missing value is reported', () => {
    const input = progressFormToInput(form({ ...base, 'value.m1.g1': '', 'n.m1.g1': '12', 'asOf.m1': 'y' }));
    const result = progressInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['values', 0, 'value']);
  });
});

describe('progress input rules', () => {
  const valid = { ...base, values: [{ measureId: 'm', asOfPeriodId: 'y', value: '12' }] };
  const issue = (raw: unknown) => progressInputSchema.safeParse(raw).error?.issues[0];

  it.each([
    ['-3', 'Enter the number of students as a whole number, 0 or more.'],
    ['2.5', 'Enter the number of students as a whole number, 0 or more.'],
    ['many', 'Enter the number of students as a whole number, 0 or more.'],
  ])('refuses a student count of %s', (n, message) => {
    expect(issue({ ...valid, values: [{ ...valid.values[0], n }] })).toMatchObject({ path: ['values', 0, 'n'], message });
  });

  it('accepts a count of zero and a blank count', () => {
    expect(progressInputSchema.parse({ ...valid, values: [{ ...valid.values[0], n: '0' }] }).values[0]?.n).toBe(0);
    expect(progressInputSchema.parse({ ...valid, values: [{ ...valid.values[0], n: '' }] }).values[0]?.n).toBeNull();
  });

  it('refuses a narrative over the limit', () => {
    expect(issue({ ...valid, narrative: 'x'.repeat(NARRATIVE_MAX + 1) })).toMatchObject({
      path: ['narrative'],
      message: 'Keep the narrative under 5,000 characters.',
    });
  });

  it('refuses a link that is not http or https, naming which one', () => {
    expect(issue({ ...valid, evidenceLinks: ['https://ok.example', 'javascript:alert(1)'] })).toMatchObject({
      path: ['evidenceLinks', 1],
      message: 'Link 2 is not a web address: links must start with http:// or https://.',
    });
  });

  it('keeps HTML and script text exactly as typed', () => {
    const narrative = '<script>alert("x")</script> & <b>bold</b>';
    expect(progressInputSchema.parse({ ...valid, narrative }).narrative).toBe(narrative);
  });
});

describe('review, reopen and period rules', () => {
  it('a return needs a comment; an approval does not', () => {
    expect(reviewInputSchema.safeParse({ updateId: 'u', version: 2, decision: 'approve' }).success).toBe(true);
    expect(reviewInputSchema.safeParse({ updateId: 'u', version: 2, decision: 'return', comment: '  ' }).error?.issues[0]).toMatchObject({
      path: ['comment'],
      message: 'Say what needs to change, so the division can fix it.',
    });
  });

  it('reopening an approved update needs a reason', () => {
    expect(reopenInputSchema.safeParse({ updateId: 'u', version: 3, reason: '' }).error?.issues[0]?.path).toEqual(['reason']);
  });

  it('reopening a period needs a reason; closing one does not', () => {
    expect(periodStateSchema.safeParse({ periodId: 'p', closed: true }).success).toBe(true);
    expect(periodStateSchema.safeParse({ periodId: 'p', closed: false }).error?.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'Give the reason for reopening this period.',
    });
  });
});
