import { describe, expect, it } from 'vitest';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { actorFor, createUser, goalByCode, periodByCode, writeSnapshot } from '../support/fixtures';

const lead = await actorFor('lead@example.org');
const staff = await actorFor('staff@example.org');

async function expectAppError(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function literacyInput(value: string, intent: 'draft' | 'submit' = 'submit') {
  const goal = await goalByCode('SO-1');
  // Annual results for 2024-25 can be reported once the school year ends, in its Q4 report.
  const quarter = await periodByCode('2024-25-Q4');
  const year = await periodByCode('2024-25');
  const measure = goal.measures[0]!;
  return {
    goal,
    measure,
    quarter,
    year,
    input: {
      goalId: goal.id,
      periodId: quarter.id,
      intent,
      version: '0',
      narrative: 'Grade 3 <b>ELA</b> coaching reached 40 schools.\nMore next quarter.',
      reportedStatus: 'ON_TRACK',
      values: [{ measureId: measure.id, asOfPeriodId: year.id, value: '2,411.5' }].map((v) => ({ ...v, value })),
    },
  };
}

describe('recording progress', () => {
  it('a lead saves a value for a goal their division owns, with an audit event in the same write', async () => {
    const { input, measure, year, quarter } = await literacyInput('2,411');
    const result = await recordProgress(lead, input);

    expect(result.state).toBe('SUBMITTED');
    const db = getDb();
    const update = await db.update.findUniqueOrThrow({ where: { id: result.updateId } });
    expect(update.periodId).toBe(quarter.id);
    expect(update.narrative).toBe('Grade 3 <b>ELA</b> coaching reached 40 schools.\nMore next quarter.');
    const observation = await db.observation.findFirstOrThrow({
      where: { measureId: measure.id, periodId: year.id, studentGroup: { isAll: true } },
    });
    expect(observation).toMatchObject({ value: 2411, state: 'SUBMITTED', updateId: result.updateId, reportedPeriodId: quarter.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Update', entityId: result.updateId } });
    expect(audit.actorId).toBe(lead.id);
    expect(audit.action).toBe('update.submit');
  });
});

describe('refusals write nothing', () => {
  it('an approved value is locked: a new value for the same period is refused', async () => {
    const { input } = await literacyInput('2400');
    const approvedYear = await periodByCode('2023-24');
    const before = await writeSnapshot();
    await expectAppError(
      recordProgress(lead, {
        ...input,
        periodId: (await periodByCode('2024-25-Q3')).id,
        values: [{ ...input.values[0]!, asOfPeriodId: approvedYear.id }],
      }),
      'VALIDATION',
    );
    expect(await writeSnapshot()).toBe(before);
  });

  it('a lead cannot write to a goal owned by another division, whatever is posted', async () => {
    const otherLead = await actorFor('lead2@example.org');
    const { input } = await literacyInput('2,420');
    const before = await writeSnapshot();
    await expectAppError(recordProgress(otherLead, { ...input, intent: 'draft' }), 'FORBIDDEN');
    await expectAppError(recordProgress(otherLead, input), 'FORBIDDEN');
    expect(await writeSnapshot()).toBe(before);
  });

  it('an anonymous caller is refused as unauthenticated', async () => {
    const { input } = await literacyInput('2,420');
    const before = await writeSnapshot();
    await expectAppError(recordProgress(null, input), 'UNAUTHENTICATED');
    expect(await writeSnapshot()).toBe(before);
  });

  it('cabinet members and administrators do not record progress', async () => {
    const { input } = await literacyInput('2,420');
    const before = await writeSnapshot();
    await expectAppError(recordProgress(await actorFor('cabinet@example.org'), input), 'FORBIDDEN');
    await expectAppError(recordProgress(await actorFor('admin@example.org'), input), 'FORBIDDEN');
    expect(await writeSnapshot()).toBe(before);
  });

  it('staff may save a draft but not submit', async () => {
    const goal = await goalByCode('SO-2');
    const quarter = await periodByCode('2024-25-Q4');
    const year = await periodByCode('2024-25');
    const input = {
      goalId: goal.id,
      periodId: quarter.id,
      intent: 'submit',
      version: '0',
      narrative: 'Draft from staff',
      values: [{ measureId: goal.measures[1]!.id, asOfPeriodId: year.id, value: '2510' }],
    };
    const before = await writeSnapshot();
    await expectAppError(recordProgress(staff, input), 'FORBIDDEN');
    expect(await writeSnapshot()).toBe(before);
    const saved = await recordProgress(staff, { ...input, intent: 'draft' });
    expect(saved.state).toBe('DRAFT');
  });

  it('text for a number is refused with a field error beside that value', async () => {
    const { input, measure } = await literacyInput('about 2400');
    const before = await writeSnapshot();
    const error = await expectAppError(recordProgress(lead, input), 'VALIDATION');
    expect(error.fieldErrors?.[`value.${measure.id}`]).toEqual(['Enter a number, such as 31.2.']);
    expect(await writeSnapshot()).toBe(before);
  });

  it('a percent of 140 is refused with a field error and nothing written', async () => {
    const lead = await createUser('lead-sss@example.org', 'LEAD', 'SSS');
    const goal = await goalByCode('WB-1');
    const quarter = await periodByCode('2024-25-Q4');
    const year = await periodByCode('2024-25');
    const measure = goal.measures[0]!;
    const before = await writeSnapshot();
    const error = await expectAppError(
      recordProgress(lead, {
        goalId: goal.id,
        periodId: quarter.id,
        intent: 'submit',
        version: '0',
        values: [{ measureId: measure.id, asOfPeriodId: year.id, value: '140' }],
      }),
      'VALIDATION',
    );
    expect(error.fieldErrors?.[`value.${measure.id}`]).toEqual(['A percent must be between 0 and 100.']);
    expect(await writeSnapshot()).toBe(before);
  });

  it('a measure that does not belong to the goal is refused', async () => {
    const { input } = await literacyInput('2400');
    const foreign = (await goalByCode('WB-1')).measures[0]!;
    const before = await writeSnapshot();
    const error = await expectAppError(
      recordProgress(lead, {
        ...input,
        values: [{ measureId: foreign.id, asOfPeriodId: input.values[0]!.asOfPeriodId, value: '30' }],
      }),
      'VALIDATION',
    );
    expect(error.fieldErrors?.[`value.${foreign.id}`]).toEqual(['This measure does not belong to this goal.']);
    const unknown = await expectAppError(
      recordProgress(lead, {
        ...input,
        values: [{ measureId: 'no-such-measure', asOfPeriodId: input.values[0]!.asOfPeriodId, value: '30' }],
      }),
      'VALIDATION',
    );
    expect(unknown.fieldErrors?.['value.no-such-measure']).toBeDefined();
    expect(await writeSnapshot()).toBe(before);
  });

  it('a save based on an older version is refused as stale and names who saved in between', async () => {
    const goal = await goalByCode('SO-2');
    const quarter = await periodByCode('2024-25-Q3');
    const base = { goalId: goal.id, periodId: quarter.id, intent: 'draft', narrative: 'First' };
    const first = await recordProgress(staff, { ...base, version: '0' });
    await recordProgress(lead, { ...base, version: String(first.version), narrative: 'Second' });
    const before = await writeSnapshot();
    const error = await expectAppError(recordProgress(staff, { ...base, version: String(first.version), narrative: 'Third' }), 'STALE');
    expect(error.message).toContain('Marcus Chen');
    expect(await writeSnapshot()).toBe(before);
  });
});
