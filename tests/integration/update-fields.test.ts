// The update's field list (lib/data/progress/fields.ts) is the one list export, import, the form
// and the plan document share: an update with every field filled survives export → import into
// another organization unchanged, and the plan document refuses what the form refuses, with the
// form's limit and words. Against real PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  NOTE_MAX,
  REOPENED_PREFIX,
  REOPEN_REASON_MAX,
  reopenInputSchema,
  UPDATE_FIELDS,
  progressInputSchema,
  updateFieldsOf,
  updateFieldsSchema,
  type UpdateFields,
} from '@/lib/data/progress/fields';
import { exportPlan, importPlan, PlanDocumentError } from '@/lib/data/plan/transfer';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { planDocumentSchema } from '@/lib/data/plan/document';
import { actorFor, LACOE_2022_25, refusal } from '../support/fixtures';

/**
 * Every field filled, none with its default. Typed as the whole field list, so a field added to
 * the schema does not compile here until it is given a value, and is then compared below.
 */
const FILLED: UpdateFields = {
  narrative: 'Coaching reached 14 schools.\nAttendance rose in "spring" — más que antes. <b>kept as typed</b>',
  reportedStatus: 'AT_RISK',
  pdsaPlan: 'Test weekly coaching cycles in grade 3.',
  pdsaDo: 'Ran six cycles; two schools paused in March.',
  pdsaStudy: 'Gains where cycles ran weekly; none where paused.',
  pdsaAct: 'Adapt: fortnightly cycles at the two paused schools.',
  evidenceLinks: ['https://data.example.org/ela-g3', 'http://intranet.example.org/notes?q=a&b=1'],
  reviewerComment: 'Add the spring benchmark figures, please.',
};

const admin = await actorFor('admin@example.org');
let otherAdmin: Actor;

beforeAll(async () => {
  const db = getDb();
  const org = await db.organization.create({ data: { slug: 'second-org', name: 'Second COE', shortName: 'SCOE' } });
  const user = await db.user.create({
    data: { organizationId: org.id, email: 'admin@second.example.org', name: 'Second admin', role: 'ADMIN', passwordHash: 'x' },
  });
  otherAdmin = { id: user.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
});

describe('an update’s fields through export and import', () => {
  it('fills every field of the list with something other than its default', () => {
    expect(Object.keys(FILLED).sort()).toEqual([...UPDATE_FIELDS].sort());
    for (const field of UPDATE_FIELDS) {
      expect(FILLED[field], field).not.toEqual(updateFieldsSchema.shape[field].parse(undefined));
    }
    // And every value is one the field accepts, unchanged.
    expect(updateFieldsSchema.parse(FILLED)).toEqual(FILLED);
  });

  it('an update with every field filled arrives in a second organization unchanged, field by field', async () => {
    const db = getDb();
    const update = await db.update.findFirstOrThrow({
      where: { goal: { code: 'SO-1', plan: LACOE_2022_25 } },
      include: { goal: { select: { code: true } }, period: { select: { code: true } } },
      orderBy: { period: { endDate: 'asc' } },
    });
    await db.update.update({ where: { id: update.id }, data: FILLED });

    const document = await exportPlan(admin, '2022-2025');
    await importPlan(otherAdmin, document);

    const copy = await db.update.findFirstOrThrow({
      where: { organizationId: otherAdmin.organizationId, goal: { code: update.goal.code }, period: { code: update.period.code } },
    });
    for (const field of UPDATE_FIELDS) expect(copy[field], field).toEqual(FILLED[field]);
    expect(updateFieldsOf(copy)).toEqual(FILLED);
  });
});

describe('the plan document and the form share the update’s limits', () => {
  const tooLong = 'x'.repeat(NOTE_MAX + 1);
  /** What the form says about a too-long Study note. */
  const formMessage = () =>
    progressInputSchema.safeParse({ goalId: 'g', periodId: 'p', intent: 'draft', narrative: 'n', pdsaStudy: tooLong }).error?.issues[0];

  it('a PDSA note one character over the form’s limit is refused in a plan document, with the form’s words', async () => {
    const document = structuredClone(await exportPlan(admin, '2022-2025'));
    document.plan.slug = 'too-long-note';
    const goal = document.plan.objectives[0]!.priorities[0]!.goals[0]!;
    expect(goal.updates.length).toBeGreaterThan(0);
    goal.updates[0]!.pdsaStudy = tooLong;

    const error = await refusal(importPlan(admin, document));
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect(formMessage()).toMatchObject({ path: ['pdsaStudy'] });
    expect((error as PlanDocumentError).problems).toEqual([
      { path: 'plan.objectives[0].priorities[0].goals[0].updates[0].pdsaStudy', message: formMessage()!.message },
    ]);

    // At the limit itself, both accept it.
    goal.updates[0]!.pdsaStudy = 'x'.repeat(NOTE_MAX);
    expect(planDocumentSchema.safeParse(document).success).toBe(true);
    expect(progressInputSchema.safeParse({ goalId: 'g', periodId: 'p', intent: 'draft', narrative: 'n', pdsaStudy: 'x'.repeat(NOTE_MAX) }).success).toBe(true);
  });

  it('an evidence link the form refuses is refused in a plan document, with the same words', async () => {
    const document = structuredClone(await exportPlan(admin, '2022-2025'));
    const update = document.plan.objectives[0]!.priorities[0]!.goals[0]!.updates[0]!;
    update.evidenceLinks = ['https://ok.example.org', 'javascript:alert(1)'];
    const documentIssue = planDocumentSchema.safeParse(document).error?.issues[0];
    const formIssue = progressInputSchema.safeParse({ goalId: 'g', periodId: 'p', intent: 'draft', narrative: 'n', evidenceLinks: update.evidenceLinks })
      .error?.issues[0];
    expect(documentIssue?.path.slice(-2)).toEqual(['evidenceLinks', 1]);
    expect(documentIssue?.message).toBe(formIssue?.message);
    expect(formIssue?.message).toBe('Link 2 is not a web address: links must start with http:// or https://.');
  });
});

describe('a reopened update’s comment', () => {
  it('fits the reviewer comment’s limit, so a plan holding it exports and imports again', () => {
    const longest = 'r'.repeat(REOPEN_REASON_MAX);
    expect(reopenInputSchema.safeParse({ updateId: 'u', version: 1, reason: longest }).success).toBe(true);
    expect(updateFieldsSchema.shape.reviewerComment.safeParse(`${REOPENED_PREFIX}${longest}`).success).toBe(true);
    const over = reopenInputSchema.safeParse({ updateId: 'u', version: 1, reason: `${longest}r` });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe(`Keep the reason under ${REOPEN_REASON_MAX.toLocaleString('en-US')} characters.`);
  });
});
