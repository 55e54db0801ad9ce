// Every bad input of the workflow, against real PostgreSQL: refused with the right message
// beside the right field, and nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { setPeriodClosed } from '@/lib/data/organization/periods';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { reopenUpdate, reviewUpdate } from '@/lib/data/progress/review';
import { getDb } from '@/lib/db';
import type { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { actorFor, createUser, goalByCode, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

const lead = await actorFor('lead@example.org');
const cabinet = await actorFor('cabinet@example.org');
const admin = await actorFor('admin@example.org');
let sssLead: Actor;
let spcsLead: Actor;
let ids: Record<string, string>;

beforeAll(async () => {
  sssLead = await createUser('lead-sss@example.org', 'LEAD', 'SSS');
  spcsLead = await createUser('lead-spcs@example.org', 'LEAD', 'SPCS');
  const literacy = await goalByCode('SO-1');
  const absenteeism = await goalByCode('WB-1');
  const schools = await goalByCode('CC-2');
  const el = await getDb().studentGroup.findFirstOrThrow({ where: { code: 'EL', organization: { slug: 'lacoe' } } });
  ids = {
    literacy: literacy.id,
    ela3: literacy.measures[0]!.id,
    absenteeism: absenteeism.id,
    absMeasure: absenteeism.measures[0]!.id,
    schools: schools.id,
    schoolsMeasure: schools.measures[0]!.id,
    el: el.id,
    q4: (await periodByCode('2024-25-Q4')).id,
    q3: (await periodByCode('2024-25-Q3')).id,
    y25: (await periodByCode('2024-25')).id,
  };
});

/** Expects the call to be refused with `code`, writing nothing; returns the error. */
async function refused(call: () => Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const before = await writeSnapshot();
  const error = await refusal(call());
  expect(error.code).toBe(code);
  expect(await writeSnapshot()).toBe(before);
  return error;
}

const absInput = (value: string, extra: Record<string, unknown> = {}) => ({
  goalId: ids.absenteeism,
  periodId: ids.q4,
  intent: 'submit',
  version: 0,
  values: [{ measureId: ids.absMeasure, asOfPeriodId: ids.y25, value, ...extra }],
});

describe('bad values', () => {
  it.each([
    ['twenty', 'Enter a number, such as 31.2.'],
    ['12,34', 'Enter a number, such as 31.2.'],
    ['140', 'A percent must be between 0 and 100.'],
    ['-0.5', 'A percent must be between 0 and 100.'],
  ])('a percent of "%s" is refused: %s', async (value, message) => {
    const error = await refused(() => recordProgress(sssLead, absInput(value)), 'VALIDATION');
    expect(error.fieldErrors?.[`value.${ids.absMeasure}`]).toEqual([message]);
  });

  it('a negative count is refused', async () => {
    const quarter = await periodByCode('2024-25-Q3');
    const error = await refused(
      () =>
        recordProgress(spcsLead, {
          goalId: ids.schools,
          periodId: quarter.id,
          intent: 'draft',
          version: 0,
          values: [{ measureId: ids.schoolsMeasure, asOfPeriodId: quarter.id, value: '-4' }],
        }),
      'VALIDATION',
    );
    expect(error.fieldErrors?.[`value.${ids.schoolsMeasure}`]).toEqual(['This value cannot be negative.']);
  });

  it.each(['-1', '10.5'])('a student count (n) of %s is refused beside that count', async (n) => {
    const error = await refused(() => recordProgress(sssLead, absInput('29.5', { n })), 'VALIDATION');
    expect(error.fieldErrors?.[`n.${ids.absMeasure}`]).toEqual(['Enter the number of students as a whole number, 0 or more.']);
  });

  it('a value for a student group the measure does not report is refused', async () => {
    const error = await refused(
      () => recordProgress(sssLead, absInput('29.5', { studentGroupId: ids.el })),
      'VALIDATION',
    );
    expect(error.fieldErrors?.[`value.${ids.absMeasure}.${ids.el}`]).toEqual([
      'This measure is not reported for that student group.',
    ]);
  });

  it('a value as of a period after the reporting quarter is refused', async () => {
    const error = await refused(() => recordProgress(sssLead, { ...absInput('29.5'), periodId: ids.q3 }), 'VALIDATION');
    expect(error.fieldErrors?.[`asOf.${ids.absMeasure}`]).toEqual(['A value reported in 2024-25 Q3 cannot be as of a later period.']);
  });
});

describe('bad periods', () => {
  it('a period outside the plan (or not a quarter) is refused', async () => {
    for (const periodId of ['no-such-period', ids.y25]) {
      const error = await refused(() => recordProgress(sssLead, { ...absInput('29.5'), periodId }), 'VALIDATION');
      expect(error.fieldErrors?.periodId).toEqual(['Choose a reporting quarter of this plan.']);
    }
    const error = await refused(
      () => recordProgress(sssLead, absInput('29.5', { asOfPeriodId: 'another-plans-year' })),
      'VALIDATION',
    );
    expect(error.fieldErrors?.[`asOf.${ids.absMeasure}`]).toEqual(['Choose a school year of this plan.']);
  });

  it('a quarter the demo closed is refused as closed', async () => {
    const closed = (await periodByCode('2023-24-Q3')).id;
    const error = await refused(
      () => recordProgress(sssLead, { ...absInput('29.5'), periodId: closed }),
      'PERIOD_CLOSED',
    );
    expect(error.message).toBe('2023-24 Q3 is closed for reporting. Nothing was saved.');
  });

  it('a period an administrator closes is refused until reopened', async () => {
    await setPeriodClosed(admin, { periodId: ids.q4, closed: true });
    try {
      const error = await refused(() => recordProgress(sssLead, absInput('29.5')), 'PERIOD_CLOSED');
      expect(error.fieldErrors?.periodId).toEqual(['2024-25 Q4 is closed for reporting.']);
    } finally {
      await setPeriodClosed(admin, { periodId: ids.q4, closed: false, reason: 'Test over' });
    }
  });
});

describe('plans not in force', () => {
  it('a goal of a draft plan (the next cycle being prepared) takes no progress', async () => {
    const draftGoal = await getDb().goal.findFirstOrThrow({
      where: { code: 'SO-1', plan: { slug: '2025-2028', organization: { slug: 'lacoe' } } },
    });
    const quarter = await getDb().reportingPeriod.findFirstOrThrow({ where: { planId: draftGoal.planId, kind: 'QUARTER' } });
    const error = await refused(
      () => recordProgress(lead, { goalId: draftGoal.id, periodId: quarter.id, intent: 'draft', version: 0, narrative: 'Early' }),
      'INVALID_STATE',
    );
    expect(error.message).toMatch(/is still a draft: progress is reported on the plan in force/);
  });
});

describe('bad text and links', () => {
  it('a narrative over 5,000 characters is refused', async () => {
    const error = await refused(() => recordProgress(sssLead, { ...absInput('29.5'), narrative: 'a'.repeat(5001) }), 'VALIDATION');
    expect(error.fieldErrors?.narrative).toEqual(['Keep the narrative under 5,000 characters.']);
  });

  it('PDSA notes over 2,000 characters are refused', async () => {
    const error = await refused(() => recordProgress(sssLead, { ...absInput('29.5'), pdsaStudy: 'a'.repeat(2001) }), 'VALIDATION');
    expect(error.fieldErrors?.pdsaStudy).toEqual(['Keep the Study notes under 2,000 characters.']);
  });

  it.each(['javascript:alert(document.cookie)', 'ftp://files.example.org/report', 'lacoe.edu/report'])(
    'an evidence link "%s" is refused',
    async (link) => {
      const error = await refused(
        () => recordProgress(sssLead, { ...absInput('29.5'), evidenceLinks: ['https://lacoe.edu/ok', link] }),
        'VALIDATION',
      );
      expect(error.fieldErrors?.evidenceLinks).toEqual(['Link 2 is not a web address: links must start with http:// or https://.']);
    },
  );

  it('text with HTML or script is stored exactly as typed', async () => {
    const narrative = '<img src=x onerror=alert(1)> & <script>alert("hi")</script>';
    const saved = await recordProgress(sssLead, { ...absInput('29.5'), intent: 'draft', narrative, pdsaAct: '<b>Adopt</b>' });
    const row = await getDb().update.findUniqueOrThrow({ where: { id: saved.updateId } });
    expect(row.narrative).toBe(narrative);
    expect(row.pdsaAct).toBe('<b>Adopt</b>');
    await getDb().observation.deleteMany({ where: { updateId: saved.updateId } });
    await getDb().auditEvent.deleteMany({ where: { entityId: saved.updateId } });
    await getDb().update.delete({ where: { id: saved.updateId } });
  });
});

describe('steps the state does not allow', () => {
  it('approving or returning a draft is refused', async () => {
    const draft = await recordProgress(lead, { goalId: ids.literacy, periodId: ids.q3, intent: 'draft', version: 0, narrative: 'Draft' });
    const approve = await refused(() => reviewUpdate(cabinet, { updateId: draft.updateId, version: draft.version, decision: 'approve' }), 'INVALID_STATE');
    expect(approve.message).toBe('This update is a draft, so it cannot be approved.');
    await refused(
      () => reviewUpdate(cabinet, { updateId: draft.updateId, version: draft.version, decision: 'return', comment: 'No' }),
      'INVALID_STATE',
    );
    await refused(() => reopenUpdate(admin, { updateId: draft.updateId, version: draft.version, reason: 'No' }), 'INVALID_STATE');
  });

  it('submitting or saving an approved update is refused', async () => {
    const submitted = await recordProgress(lead, {
      goalId: ids.literacy,
      periodId: ids.q4,
      intent: 'submit',
      version: 0,
      values: [{ measureId: ids.ela3, asOfPeriodId: ids.y25, value: '2411' }],
    });
    const approved = await reviewUpdate(cabinet, { updateId: submitted.updateId, version: submitted.version, decision: 'approve' });
    const base = { goalId: ids.literacy, periodId: ids.q4, version: approved.version, narrative: 'Change after approval' };
    const submit = await refused(() => recordProgress(lead, { ...base, intent: 'submit' }), 'INVALID_STATE');
    expect(submit.message).toBe('This update is approved and locked, so it cannot be submitted.');
    await refused(() => recordProgress(lead, { ...base, intent: 'draft' }), 'INVALID_STATE');
    await refused(
      () => reviewUpdate(cabinet, { updateId: submitted.updateId, version: approved.version, decision: 'approve' }),
      'INVALID_STATE',
    );
  });

  it('returning an update needs a comment', async () => {
    const error = await refused(() => reviewUpdate(cabinet, { updateId: 'any', version: 1, decision: 'return', comment: ' ' }), 'VALIDATION');
    expect(error.fieldErrors?.comment).toEqual(['Say what needs to change, so the division can fix it.']);
  });

  it('a review based on an older version is refused as stale, naming who changed it', async () => {
    const numeracy = (await goalByCode('SO-2')).id;
    const first = await recordProgress(lead, { goalId: numeracy, periodId: ids.q3, intent: 'submit', version: 0, narrative: 'v1' });
    await recordProgress(lead, { goalId: numeracy, periodId: ids.q3, intent: 'submit', version: first.version, narrative: 'v2' });
    const error = await refused(
      () => reviewUpdate(cabinet, { updateId: first.updateId, version: first.version, decision: 'approve' }),
      'STALE',
    );
    expect(error.message).toContain('Marcus Chen changed this update');
  });

  it('closing a closed period or reopening an open one is refused', async () => {
    await refused(() => setPeriodClosed(admin, { periodId: ids.q3, closed: false, reason: 'Already open' }), 'INVALID_STATE');
    const error = await refused(() => setPeriodClosed(admin, { periodId: ids.q3, closed: false }), 'VALIDATION');
    expect(error.fieldErrors?.reason).toEqual(['Give the reason for reopening this period.']);
  });
});

describe('a NUL character, which PostgreSQL cannot store', () => {
  it('is refused beside its field in an update, a review comment and an id, and nothing is written', async () => {
    const input = { goalId: ids.literacy, periodId: ids.q4, intent: 'draft', narrative: 'Reading rose\u0000', values: [] };
    const update = await refused(() => recordProgress(lead, input), 'VALIDATION');
    expect(update.fieldErrors?.narrative).toEqual(['Remove the invisible control character (NUL) from this text.']);
    const id = await refused(() => recordProgress(lead, { ...input, narrative: 'fine', goalId: `${ids.literacy}\u0000` }), 'VALIDATION');
    expect(Object.keys(id.fieldErrors ?? {})).toEqual(['goalId']);
    const review = await refused(() => reviewUpdate(cabinet, { updateId: 'x', version: 1, decision: 'return', comment: 'Fix\u0000' }), 'VALIDATION');
    expect(Object.keys(review.fieldErrors ?? {})).toEqual(['comment']);
  });
});
