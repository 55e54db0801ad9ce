// One value rule: the quarterly update form and the CSV observation import read the same value
// and n texts the same way — accepting "31.2%" and "+4", refusing the same texts with the same
// words — because both go through lib/data/progress/rules.ts. Against real PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { previewObservationImport } from '@/lib/data/progress/observation-import';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { VALUE_MESSAGES } from '@/lib/data/progress/rules';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, createUser, goalByCode, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

const PLAN = '2022-2025';
/** A percent measure and a count of schools, both quarterly, owned by divisions without a demo lead. */
const MEASURES = {
  percent: { goal: 'OE-2', measure: 'INTERNET', division: 'TS' },
  count: { goal: 'CC-2', measure: 'CCSPP', division: 'SPCS' },
} as const;
type Kind = keyof typeof MEASURES;
const ACCEPTED = 'accepted';

const admin = await actorFor('admin@example.org');
const leads = {} as Record<Kind, Actor>;
const ids = {} as Record<Kind, { goal: string; measure: string }>;
let quarter: string;
let year: string;

beforeAll(async () => {
  for (const kind of Object.keys(MEASURES) as Kind[]) {
    const { goal: code, measure, division } = MEASURES[kind];
    const goal = await goalByCode(code);
    ids[kind] = { goal: goal.id, measure: goal.measures.find((m) => m.code === measure)!.id };
    leads[kind] = await createUser(`lead-${division.toLowerCase()}@example.org`, 'LEAD', division);
  }
  quarter = (await periodByCode('2024-25-Q3')).id;
  year = (await periodByCode('2024-25')).id;
});

/**
 * What the update form says about a value and n: the field errors on that value's inputs. The
 * row is "as of" a school year, which a quarterly measure refuses, so every call is refused and
 * writes nothing, but only after each value has been read and checked beside the others.
 */
async function formSays(kind: Kind, value: string, n = '') {
  const before = await writeSnapshot();
  const error = await refusal(
    recordProgress(leads[kind], {
      goalId: ids[kind].goal,
      periodId: quarter,
      intent: 'draft',
      version: 0,
      values: [{ measureId: ids[kind].measure, asOfPeriodId: year, value, n }],
    }),
  );
  expect(error.code).toBe('VALIDATION');
  expect(await writeSnapshot()).toBe(before);
  const id = ids[kind].measure;
  return { value: error.fieldErrors?.[`value.${id}`] ?? [], n: error.fieldErrors?.[`n.${id}`] ?? [] };
}

/** What the CSV import's preview says about the same value and n, in a file of one row. */
async function csvSays(kind: Kind, value: string, n = '') {
  const { goal, measure } = MEASURES[kind];
  const csv = `goal_code,measure_code,period,as_of_period,value,n\r\n${goal},${measure},2024-25-Q3,2024-25-Q3,"${value}",${n}\r\n`;
  const preview = await previewObservationImport(admin, PLAN, csv);
  const messages = (column: string) => preview.problems.filter((p) => p.column === column).map((p) => p.message);
  return { value: messages('value'), n: messages('n') };
}

describe('the update form and the CSV import read a value alike', () => {
  it.each<[Kind, string, string]>([
    ['percent', '31.2', ACCEPTED],
    ['percent', '31.2%', ACCEPTED],
    ['percent', ' 29.5 ', ACCEPTED],
    ['percent', '+4', ACCEPTED],
    ['percent', '0', ACCEPTED],
    ['percent', '100%', ACCEPTED],
    ['percent', '140', VALUE_MESSAGES.percentRange],
    ['percent', '-0.5', VALUE_MESSAGES.percentRange],
    ['percent', '2,401', VALUE_MESSAGES.percentRange],
    ['percent', 'twenty', VALUE_MESSAGES.notANumber],
    ['percent', '12,34', VALUE_MESSAGES.notANumber],
    ['percent', '1.2.3', VALUE_MESSAGES.notANumber],
    ['percent', '', VALUE_MESSAGES.missing],
    ['count', '112', ACCEPTED],
    ['count', '+4', ACCEPTED],
    ['count', '1,037', ACCEPTED],
    ['count', '-4', VALUE_MESSAGES.negative],
    ['count', '2.5', VALUE_MESSAGES.whole],
    ['count', '5%', VALUE_MESSAGES.notAPercent('CCSPP')],
    ['count', 'about 100', VALUE_MESSAGES.notANumber],
  ])('a %s measure given "%s": %s', async (kind, text, expected) => {
    const form = await formSays(kind, text);
    const csv = await csvSays(kind, text);
    expect(form.value).toEqual(csv.value);
    expect(form.value).toEqual(expected === ACCEPTED ? [] : [expected]);
  });

  it.each<[string, string]>([
    ['', ACCEPTED],
    ['0', ACCEPTED],
    ['1,404', ACCEPTED],
    ['+12', ACCEPTED],
    ['12.5', VALUE_MESSAGES.count],
    ['-3', VALUE_MESSAGES.count],
    ['12%', VALUE_MESSAGES.count],
    ['many', VALUE_MESSAGES.count],
    ['3000000000', VALUE_MESSAGES.countTooLarge],
  ])('a number of students (n) of "%s": %s', async (n, expected) => {
    const form = await formSays('percent', '31.2', n);
    const csv = await csvSays('percent', '31.2', n);
    expect(form.n).toEqual(csv.n);
    expect(form.n).toEqual(expected === ACCEPTED ? [] : [expected]);
  });
});

describe('the form accepts what the CSV accepts', () => {
  it('saves a value of "31.2%" with an n of "+12" as the numbers they are', async () => {
    const saved = await recordProgress(leads.percent, {
      goalId: ids.percent.goal,
      periodId: quarter,
      intent: 'draft',
      version: 0,
      confirmJumps: true,
      values: [{ measureId: ids.percent.measure, asOfPeriodId: quarter, value: '31.2%', n: '+12' }],
    });
    expect(saved.state).toBe('DRAFT');
    const row = await getDb().observation.findFirstOrThrow({ where: { updateId: saved.updateId } });
    expect([row.value, row.n]).toEqual([31.2, 12]);
  });
});
