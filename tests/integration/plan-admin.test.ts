// Plan administration against a real database: plans (create, settings, status, publish),
// divisions, student groups, period due dates and the next cycle. Every refusal — bad input,
// the wrong role, another organization's ids — writes nothing.
import { describe, expect, it } from 'vitest';
import { createDivision, deleteDivision, listDivisions, renameDivision } from '@/lib/data/organization/divisions';
import { getNextCyclePreview, startNextCycleFromPlan } from '@/lib/data/plan/next-cycle';
import { setPeriodDueDate } from '@/lib/data/organization/periods';
import { createPlan } from '@/lib/data/plan/create';
import { listPlansForAdmin } from '@/lib/data/plan/queries';
import { getPlanSettings, updatePlanSettings } from '@/lib/data/plan/settings';
import { changePlanStatus, getPublishPreview, setPlanPublished } from '@/lib/data/plan/status';
import { getPublicPlanSource } from '@/lib/data/scorecard';
import {
  createStudentGroup,
  deleteStudentGroup,
  listStudentGroups,
  moveStudentGroup,
  updateStudentGroup,
} from '@/lib/data/organization/student-groups';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, periodByCode, refusal, tableSnapshot } from '../support/fixtures';

const admin = await actorFor('admin@example.org');
const smcoeAdmin = await actorFor('admin@smcoe.example.org');

/** Every row plan administration could touch, to prove a refused call wrote nothing. */
const snapshot = () => tableSnapshot('plan', 'reportingPeriod', 'division', 'studentGroup', 'objective', 'goal', 'measure', 'auditEvent');

const validPlan = (over: Record<string, unknown> = {}) => ({
  name: 'Board Pilot Plan',
  slug: 'board-pilot',
  cycleStart: '2026-07-01',
  cycleEnd: '2029-06-30',
  objectiveLabel: 'Pillar',
  objectiveLabelPlural: 'Pillars',
  priorityLabel: 'Priority area',
  priorityLabelPlural: 'Priority areas',
  goalLabel: 'Goal',
  goalLabelPlural: 'Goals',
  vision: 'Every student thrives.',
  mission: '',
  ...over,
});

async function settingsInput(actor: Actor, slug: string, over: Record<string, unknown> = {}) {
  const s = await getPlanSettings(actor, slug);
  // What the settings form sends: its text as loaded, with the changes typed over it.
  return { planId: s.id, version: s.version, ...s.form, ...over };
}

describe('creating a plan', () => {
  it('an administrator creates a draft, unpublished plan with its quarters and school years, audited', async () => {
    const result = await createPlan(admin, validPlan());
    expect(result.slug).toBe('board-pilot');
    // 3 school years × (4 quarters + the year).
    expect(result.periods).toBe(15);
    const plan = await getDb().plan.findUniqueOrThrow({ where: { id: result.planId }, include: { periods: true } });
    expect(plan).toMatchObject({ status: 'DRAFT', published: false, objectiveLabel: 'Pillar', priorityLabelPlural: 'Priority areas', organizationId: admin.organizationId });
    expect(plan.periods.map((p) => p.code)).toContain('2028-29-Q4');
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: result.planId, action: 'plan.create' } });
    expect(audit.actorId).toBe(admin.id);
  });

  it.each([
    [{ name: ' ' }, 'name', 'Enter the plan’s name.'],
    [{ slug: 'Has Spaces' }, 'slug', 'Use lowercase letters, digits and hyphens only, such as 2025-2028.'],
    [{ slug: 'new' }, 'slug', 'That address is reserved; choose another.'],
    [{ slug: '2022-2025' }, 'slug', '“Strategic Plan 2022–2025” already uses this address; choose another.'],
    [{ cycleEnd: '2026-06-30' }, 'cycleEnd', 'The cycle must end after it starts.'],
    [{ cycleEnd: '2046-06-30' }, 'cycleEnd', 'A cycle lasts at most 10 years.'],
    [{ cycleStart: 'soon' }, 'cycleStart', 'Enter the cycle’s first day as a date.'],
    [{ goalLabelPlural: '' }, 'goalLabelPlural', 'Enter the third level’s plural.'],
  ])('refuses %j with a message beside %s, writing nothing', async (change, field, message) => {
    const before = await snapshot();
    const error = await refusal(createPlan(admin, validPlan({ slug: 'another-plan', ...change })));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });

  it('the same address may be used by another organization', async () => {
    const { planId } = await createPlan(smcoeAdmin, validPlan({ slug: '2022-2025', name: 'SMCOE test plan' }));
    expect((await getDb().plan.findUniqueOrThrow({ where: { id: planId } })).organizationId).toBe(smcoeAdmin.organizationId);
  });

  it('only administrators create or list plans', async () => {
    const before = await snapshot();
    for (const email of ['cabinet@example.org', 'lead@example.org', 'staff@example.org']) {
      const actor = await actorFor(email);
      expect((await refusal(createPlan(actor, validPlan({ slug: 'x-plan' })))).code).toBe('FORBIDDEN');
      expect((await refusal(listPlansForAdmin(actor))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(createPlan(null, validPlan({ slug: 'x-plan' })))).code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });
});

describe('plan settings', () => {
  it('saves statements, level names, Spanish text and the threshold, audited with what changed', async () => {
    const input = await settingsInput(admin, 'board-pilot', {
      name: 'Board Pilot Plan 2026–29',
      values: 'Equity\n\n  Excellence  \nCollaboration',
      corePractices: 'Listen first',
      equityStatement: 'We close gaps.',
      goalLabelEs: 'Meta',
      goalLabelPluralEs: 'Metas',
      atRiskPercent: '75',
    });
    await updatePlanSettings(admin, input);
    const plan = await getDb().plan.findUniqueOrThrow({ where: { id: input.planId } });
    expect(plan).toMatchObject({
      name: 'Board Pilot Plan 2026–29',
      values: ['Equity', 'Excellence', 'Collaboration'],
      corePractices: ['Listen first'],
      goalLabelEs: 'Meta',
      atRiskThreshold: 0.75,
    });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: plan.id, action: 'plan.update' } });
    expect(audit.before).toMatchObject({ name: 'Board Pilot Plan', atRiskThreshold: 0.8 });
    expect(audit.after).toMatchObject({ name: 'Board Pilot Plan 2026–29', atRiskThreshold: 0.75 });
    expect(Object.keys(audit.after as object)).not.toContain('vision');
  });

  it('a too-long line of a list lands on its own field and names the line; nothing is saved', async () => {
    const input = await settingsInput(admin, 'board-pilot', {
      values: `Equity\n${'x'.repeat(501)}`,
      corePractices: `Listen first\nPlan together\n${'y'.repeat(201)}`,
    });
    const before = await snapshot();
    const error = await refusal(updatePlanSettings(admin, input));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({
      values: ['Line 2: Keep each of the values under 500 characters.'],
      corePractices: ['Line 3: Keep each of the core practices under 200 characters.'],
    });
    expect(await snapshot()).toBe(before);
  });

  it('a save over someone else’s newer save is refused as stale', async () => {
    const stale = await settingsInput(admin, 'board-pilot', { name: 'First' });
    await updatePlanSettings(admin, { ...stale, name: 'Someone else' });
    const before = await snapshot();
    expect((await refusal(updatePlanSettings(admin, stale))).code).toBe('STALE');
    expect(await snapshot()).toBe(before);
  });

  it('a longer cycle adds its periods; a shorter one removes only empty ones', async () => {
    const longer = await settingsInput(admin, 'board-pilot', { cycleEnd: '2030-06-30' });
    const result = await updatePlanSettings(admin, longer);
    expect(result.periodsAdded).toEqual(['2029-30 Q1', '2029-30 Q2', '2029-30 Q3', '2029-30 Q4']);
    const shorter = await settingsInput(admin, 'board-pilot', { cycleEnd: '2028-06-30' });
    const removed = await updatePlanSettings(admin, shorter);
    expect(removed.periodsRemoved).toHaveLength(8);
    const codes = (await getDb().reportingPeriod.findMany({ where: { planId: longer.planId } })).map((p) => p.code);
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain('2028-29-Q1');
  });

  it('refuses a cycle that would leave out periods with updates or values, naming them, and changes nothing', async () => {
    const input = await settingsInput(admin, '2022-2025', { cycleStart: '2023-07-01', name: 'Renamed too' });
    const before = await snapshot();
    const error = await refusal(updatePlanSettings(admin, input));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^These reporting periods hold data and would fall outside the new cycle: 2022-23 Q1 \(\d+ updates? and \d+ values?\)/);
    expect(error.message).toContain('Nothing was changed.');
    expect(error.fieldErrors?.cycleStart?.[0]).toContain('periods with data are never deleted');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    [{ atRiskPercent: '120' }, 'atRiskPercent', 'Enter a percentage between 1 and 99.'],
    [{ atRiskPercent: 'most' }, 'atRiskPercent', 'Enter a percentage, such as 80.'],
    [{ name: '' }, 'name', 'Enter the plan’s name.'],
    [{ cycleEnd: '2020-01-01' }, 'cycleEnd', 'The cycle must end after it starts.'],
    [{ objectiveLabel: 'x'.repeat(41) }, 'objectiveLabel', 'Keep the first level’s name under 40 characters.'],
  ])('refuses %j beside %s, writing nothing', async (change, field, message) => {
    const input = await settingsInput(admin, 'board-pilot', change);
    const before = await snapshot();
    const error = await refusal(updatePlanSettings(admin, input));
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });
});

describe('plan status', () => {
  it('moves draft → active → archived → active, each confirmed and audited', async () => {
    const { id } = await getPlanSettings(admin, 'board-pilot');
    for (const status of ['ACTIVE', 'ARCHIVED', 'ACTIVE', 'DRAFT'] as const) {
      await changePlanStatus(admin, { planId: id, status, confirm: true });
      expect((await getDb().plan.findUniqueOrThrow({ where: { id } })).status).toBe(status);
    }
    const events = await getDb().auditEvent.findMany({ where: { entityId: id, action: 'plan.status' }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => (e.after as { status: string }).status)).toEqual(['ACTIVE', 'ARCHIVED', 'ACTIVE', 'DRAFT']);
  });

  it('tells that another plan is active before a second one is activated', async () => {
    const settings = await getPlanSettings(admin, 'board-pilot');
    expect(settings.otherActivePlans).toEqual(['Strategic Plan 2022–2025']);
  });

  it('refuses an unconfirmed change and returning a plan with updates to draft, writing nothing', async () => {
    const pilot = await getPlanSettings(admin, 'board-pilot');
    const current = await getPlanSettings(admin, '2022-2025');
    expect(current.statusChanges.map((c) => c.to)).toEqual(['ARCHIVED']);
    const before = await snapshot();
    const unconfirmed = await refusal(changePlanStatus(admin, { planId: pilot.id, status: 'ACTIVE', confirm: false }));
    expect(unconfirmed.fieldErrors?.confirm).toEqual(['Confirm the change first.']);
    const back = await refusal(changePlanStatus(admin, { planId: current.id, status: 'DRAFT', confirm: true }));
    expect(back.code).toBe('INVALID_STATE');
    expect(back.message).toMatch(/Divisions have already reported on this plan \(\d+ updates\), so it cannot go back to draft\. Archive it instead\./);
    expect((await refusal(changePlanStatus(admin, { planId: pilot.id, status: 'DRAFT', confirm: true }))).message).toBe('The plan is already draft.');
    expect(await snapshot()).toBe(before);
  });
});

describe('publishing', () => {
  it('lists what becomes public, publishes, shows on the public scorecard and unpublishes, audited', async () => {
    const preview = await getPublishPreview(admin, '2025-2028');
    expect(preview).toMatchObject({ published: false, status: 'DRAFT', publicPath: '/scorecard/lacoe/2025-2028' });
    expect(preview.counts.objectives).toBe(5);
    expect(preview.goals.length).toBe(preview.counts.goals);
    expect(preview.labels.objectives).toEqual({ one: 'objective', many: 'objectives' });
    await expect(getPublicPlanSource('lacoe', '2025-2028')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await setPlanPublished(admin, { planId: preview.planId, published: true, confirm: true });
    const source = await getPublicPlanSource('lacoe', '2025-2028');
    expect(source.plan.name).toBe('Strategic Plan 2025–2028');

    await setPlanPublished(admin, { planId: preview.planId, published: false, confirm: true });
    await expect(getPublicPlanSource('lacoe', '2025-2028')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const events = await getDb().auditEvent.findMany({ where: { entityId: preview.planId, action: { in: ['plan.publish', 'plan.unpublish'] } } });
    expect(events.map((e) => e.action).sort()).toEqual(['plan.publish', 'plan.unpublish']);
    expect(events.find((e) => e.action === 'plan.publish')?.after).toMatchObject({ published: true, objectives: 5 });
  });

  it('names the goals that are not yet SMARTIE, and what each lacks', async () => {
    const { planId } = await createPlan(admin, validPlan({ slug: 'smartie-check', name: 'SMARTIE check' }));
    const db = getDb();
    const objective = await db.objective.create({ data: { organizationId: admin.organizationId, planId, position: 0, name: 'Students' } });
    const priority = await db.priority.create({ data: { organizationId: admin.organizationId, objectiveId: objective.id, position: 0, name: 'Reading' } });
    await db.goal.create({
      data: { organizationId: admin.organizationId, planId, priorityId: priority.id, position: 0, code: 'R-1', title: 'Reading', statement: 'More students read.', equityFocus: 'English learners' },
    });
    const preview = await getPublishPreview(admin, 'smartie-check');
    expect(preview.goals).toEqual([{ code: 'R-1', title: 'Reading' }]);
    expect(preview.smartieGaps).toEqual([{ code: 'R-1', title: 'Reading', missing: ['no measure', 'no deadline', 'no owner', 'no focus groups'] }]);
  });

  it('counts the approved values and the small-group values that stay hidden', async () => {
    const preview = await getPublishPreview(admin, '2022-2025');
    expect(preview.approvedValues).toBeGreaterThan(0);
    expect(preview.suppressedValues).toBeGreaterThanOrEqual(0);
    expect(preview.suppressedValues).toBeLessThan(preview.approvedValues);
  });

  it('refuses unconfirmed or repeated publication, writing nothing', async () => {
    const { planId } = await getPublishPreview(admin, '2022-2025');
    const before = await snapshot();
    expect((await refusal(setPlanPublished(admin, { planId, published: false, confirm: false }))).code).toBe('VALIDATION');
    const again = await refusal(setPlanPublished(admin, { planId, published: true, confirm: true }));
    expect(again).toMatchObject({ code: 'INVALID_STATE', message: 'Strategic Plan 2022–2025 is already published.' });
    expect(await snapshot()).toBe(before);
  });
});

describe('another organization’s administrator', () => {
  it('is refused every plan, division, group and period of LACOE by id or slug, and writes nothing', async () => {
    const plan = await getPlanSettings(admin, '2022-2025');
    const input = await settingsInput(admin, '2022-2025', { name: 'Hijacked' });
    const division = await getDb().division.findFirstOrThrow({ where: { organizationId: admin.organizationId, code: 'CIS' } });
    const group = await getDb().studentGroup.findFirstOrThrow({ where: { organizationId: admin.organizationId, code: 'EL' } });
    const period = await periodByCode('2023-24-Q1');
    const before = await snapshot();
    const attempts: (() => Promise<unknown>)[] = [
      () => getPlanSettings(smcoeAdmin, '2025-2028'),
      () => getPublishPreview(smcoeAdmin, '2025-2028'),
      () => updatePlanSettings(smcoeAdmin, input),
      () => changePlanStatus(smcoeAdmin, { planId: plan.id, status: 'ARCHIVED', confirm: true }),
      () => setPlanPublished(smcoeAdmin, { planId: plan.id, published: false, confirm: true }),
      () => getNextCyclePreview(smcoeAdmin, '2025-2028'),
      () => startNextCycleFromPlan(smcoeAdmin, { planId: plan.id, name: 'Stolen', slug: 'stolen', cycleStart: '2025-07-01', cycleEnd: '2028-06-30', objectives: ['o0'] }),
      () => renameDivision(smcoeAdmin, { divisionId: division.id, name: 'Hijacked' }),
      () => deleteDivision(smcoeAdmin, { id: division.id, confirm: true }),
      () => updateStudentGroup(smcoeAdmin, { groupId: group.id, name: 'Hijacked' }),
      () => moveStudentGroup(smcoeAdmin, { id: group.id, direction: 'up' }),
      () => deleteStudentGroup(smcoeAdmin, { id: group.id, confirm: true }),
      () => setPeriodDueDate(smcoeAdmin, { periodId: period.id, dueDate: '2023-12-01' }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe('NOT_FOUND');
    expect(await snapshot()).toBe(before);
    // Their own lists hold none of LACOE's rows.
    expect((await listDivisions(smcoeAdmin)).map((d) => d.id)).not.toContain(division.id);
    expect((await listStudentGroups(smcoeAdmin)).map((g) => g.id)).not.toContain(group.id);
    expect((await listPlansForAdmin(smcoeAdmin)).map((p) => p.id)).not.toContain(plan.id);
  });
});

describe('divisions', () => {
  it('creates, renames and deletes an unused division, audited', async () => {
    const { divisionId } = await createDivision(admin, { code: 'rd', name: 'Research and Data' });
    expect(await getDb().division.findUniqueOrThrow({ where: { id: divisionId } })).toMatchObject({ code: 'RD', name: 'Research and Data' });
    await renameDivision(admin, { divisionId, name: 'Research, Evaluation and Data' });
    expect((await listDivisions(admin)).find((d) => d.id === divisionId)).toMatchObject({ name: 'Research, Evaluation and Data', goals: 0, users: 0 });
    // Saving the same name again records nothing.
    await renameDivision(admin, { divisionId, name: 'Research, Evaluation and Data' });
    await deleteDivision(admin, { id: divisionId, confirm: true });
    expect(await getDb().division.findUnique({ where: { id: divisionId } })).toBeNull();
    const actions = (await getDb().auditEvent.findMany({ where: { entityId: divisionId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['division.create', 'division.rename', 'division.delete']);
  });

  it('refuses to delete a division that goals and people belong to, saying how many', async () => {
    const cis = (await listDivisions(admin)).find((d) => d.code === 'CIS')!;
    expect(cis.goals).toBeGreaterThan(0);
    const before = await snapshot();
    const error = await refusal(deleteDivision(admin, { id: cis.id, confirm: true }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `Curriculum and Instructional Services still has ${cis.goals} goals and ${cis.users} people. Give them another division first; nothing was deleted.`,
    );
    expect(await snapshot()).toBe(before);
  });

  it.each([
    [{ code: 'CIS', name: 'Copy' }, 'code', 'Curriculum and Instructional Services already uses the code CIS.'],
    [{ code: 'a b', name: 'Copy' }, 'code', 'Use letters, digits, ".", "_" or "-" only, such as CIS.'],
    [{ code: 'NEW', name: '' }, 'name', 'Enter the division’s name.'],
  ])('refuses %j beside %s, writing nothing', async (input, field, message) => {
    const before = await snapshot();
    const error = await refusal(createDivision(admin, input));
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });

  it('only administrators manage divisions', async () => {
    const lead = await actorFor('lead@example.org');
    const before = await snapshot();
    expect((await refusal(createDivision(lead, { code: 'X', name: 'X' }))).code).toBe('FORBIDDEN');
    expect((await refusal(listDivisions(lead))).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });
});

describe('student groups', () => {
  it('creates a group at the end, edits it, moves it up and deletes it while unused, audited', async () => {
    const { groupId } = await createStudentGroup(admin, { code: 'ltel', name: 'Long-term English learners', nameEs: '', category: '' });
    let groups = await listStudentGroups(admin);
    expect(groups.at(-1)).toMatchObject({ id: groupId, code: 'LTEL', nameEs: null, category: null, isAll: false });
    await updateStudentGroup(admin, { groupId, name: 'Long-term English learners (LTEL)', nameEs: 'Estudiantes de inglés a largo plazo', category: 'language status' });
    await moveStudentGroup(admin, { id: groupId, direction: 'up' });
    groups = await listStudentGroups(admin);
    expect(groups.at(-2)).toMatchObject({ id: groupId, category: 'LANGUAGE_STATUS', nameEs: 'Estudiantes de inglés a largo plazo' });
    // Positions are a clean 0..n-1 sequence after a move.
    const positions = (await getDb().studentGroup.findMany({ where: { organizationId: admin.organizationId }, orderBy: { position: 'asc' } })).map((g) => g.position);
    expect(positions).toEqual(positions.map((_, i) => i));
    await deleteStudentGroup(admin, { id: groupId, confirm: true });
    expect(await getDb().studentGroup.findUnique({ where: { id: groupId } })).toBeNull();
    const actions = (await getDb().auditEvent.findMany({ where: { entityId: groupId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['student_group.create', 'student_group.update', 'student_group.move', 'student_group.delete']);
  });

  it('refuses to delete a group in use, with counts, and All students at all', async () => {
    const groups = await listStudentGroups(admin);
    const used = groups.find((g) => g.usage.values > 0 && !g.isAll)!;
    const all = groups.find((g) => g.isAll)!;
    const before = await snapshot();
    const error = await refusal(deleteStudentGroup(admin, { id: used.id, confirm: true }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(new RegExp(`^${used.name} is in use: ${used.usage.values} values`));
    expect(error.message).toContain('Nothing was deleted.');
    expect((await refusal(deleteStudentGroup(admin, { id: all.id, confirm: true }))).message).toBe(
      'All students is the group every measure reports on; it cannot be deleted.',
    );
    expect((await refusal(updateStudentGroup(admin, { groupId: all.id, name: 'All students', category: 'RACE' }))).fieldErrors?.category).toEqual([
      'All students is the whole of every category: it has none itself.',
    ]);
    expect((await refusal(moveStudentGroup(admin, { id: groups[0]!.id, direction: 'up' }))).code).toBe('INVALID_STATE');
    expect(await snapshot()).toBe(before);
  });

  it('keeps the All students flag out of reach', async () => {
    const { groupId } = await createStudentGroup(admin, { code: 'ALL2', name: 'Everyone', isAll: true });
    expect((await getDb().studentGroup.findUniqueOrThrow({ where: { id: groupId } })).isAll).toBe(false);
    await updateStudentGroup(admin, { groupId, name: 'Everyone', isAll: true });
    expect((await getDb().studentGroup.findUniqueOrThrow({ where: { id: groupId } })).isAll).toBe(false);
    await deleteStudentGroup(admin, { id: groupId, confirm: true });
  });

  it.each([
    [{ code: 'EL', name: 'Copy' }, 'code', 'English learners already uses the code EL.'],
    [{ code: 'X', name: 'X', category: 'race/ethnicity' }, 'category', 'Use letters, digits, spaces, "_" or "-" only, such as RACE_ETHNICITY.'],
    [{ code: '', name: 'X' }, 'code', 'Enter the group’s code.'],
  ])('refuses %j beside %s, writing nothing', async (input, field, message) => {
    const before = await snapshot();
    expect((await refusal(createStudentGroup(admin, input))).fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });
});

describe('period due dates', () => {
  it('moves a due date, audited, and refuses one before the period ends', async () => {
    const period = await periodByCode('2024-25-Q4');
    await setPeriodDueDate(admin, { periodId: period.id, dueDate: '2025-07-31' });
    expect((await getDb().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).dueDate.toISOString().slice(0, 10)).toBe('2025-07-31');
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: period.id, action: 'period.due_date' } });
    expect(audit.before).toMatchObject({ dueDate: '2025-07-15' });

    const before = await snapshot();
    const error = await refusal(setPeriodDueDate(admin, { periodId: period.id, dueDate: '2025-06-29' }));
    expect(error.fieldErrors?.dueDate).toEqual(['2024-25 Q4 ends on Jun 30, 2025: the due date must be on or after that day.']);
    expect((await refusal(setPeriodDueDate(admin, { periodId: period.id, dueDate: 'July' }))).fieldErrors?.dueDate).toEqual([
      'Enter the due date as a date.',
    ]);
    expect((await refusal(setPeriodDueDate(await actorFor('cabinet@example.org'), { periodId: period.id, dueDate: '2025-08-01' }))).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });
});

describe('starting the next cycle', () => {
  it('proposes the last approved actuals as baselines and suggests the next cycle', async () => {
    const preview = await getNextCyclePreview(admin, '2022-2025');
    // 2025-2028 is taken by the demo's draft: the suggestion is numbered.
    expect(preview.suggestion).toEqual({ name: 'Strategic Plan 2025–2028', slug: '2025-2028-2', cycleStart: '2025-07-01', cycleEnd: '2028-06-30' });
    expect(preview.outline).toHaveLength(5);
    const measures = preview.outline.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)));
    expect(measures.some((m) => m.proposed !== null)).toBe(true);
    expect(preview.defaults.measures).toHaveLength(measures.length);
  });

  it('creates a draft of the chosen parts in one go, with periods and proposed baselines, audited', async () => {
    const preview = await getNextCyclePreview(admin, '2022-2025');
    const first = preview.outline[0]!;
    const goal = first.priorities[0]!.goals[0]!;
    const result = await startNextCycleFromPlan(admin, {
      planId: preview.plan.id,
      name: 'Strategic Plan 2025–2028 (board option B)',
      slug: 'option-b',
      cycleStart: '2025-07-01',
      cycleEnd: '2028-06-30',
      objectives: [first.key, preview.outline[1]!.key],
      // The second objective's priorities are left out: it carries over empty.
      priorities: first.priorities.map((p) => p.key),
      goals: [goal.key, 'NOT-A-GOAL'],
      measures: goal.measures.map((m) => m.key),
    });
    expect(result.counts).toEqual({ objectives: 2, priorities: first.priorities.length, goals: 1, measures: goal.measures.length });
    const plan = await getDb().plan.findUniqueOrThrow({
      where: { id: result.planId },
      include: { periods: true, goals: { include: { measures: { orderBy: { position: 'asc' } } } } },
    });
    expect(plan).toMatchObject({ status: 'DRAFT', published: false, name: 'Strategic Plan 2025–2028 (board option B)' });
    expect(plan.periods).toHaveLength(15);
    const measure = plan.goals[0]!.measures[0]!;
    const proposed = goal.measures[0]!.proposed;
    expect(measure.baselineValue).toBe(proposed?.value ?? null);
    expect(measure.targetDate.toISOString().slice(0, 10)).toBe('2028-06-30');
    expect(await getDb().observation.count({ where: { measure: { goal: { planId: plan.id } } } })).toBe(0);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: plan.id, action: 'plan.start_next_cycle' } });
    expect(audit.after).toMatchObject({ slug: 'option-b', goals: [goal.code] });
  });

  it('refuses a taken address, bad dates or nothing chosen, writing nothing', async () => {
    const preview = await getNextCyclePreview(admin, '2022-2025');
    const base = { planId: preview.plan.id, name: 'X', slug: 'option-c', cycleStart: '2025-07-01', cycleEnd: '2028-06-30', ...preview.defaults };
    const before = await snapshot();
    expect((await refusal(startNextCycleFromPlan(admin, { ...base, slug: 'option-b' }))).fieldErrors?.slug).toEqual([
      '“Strategic Plan 2025–2028 (board option B)” already uses this address; choose another.',
    ]);
    expect((await refusal(startNextCycleFromPlan(admin, { ...base, cycleEnd: '2025-01-01' }))).fieldErrors?.cycleEnd).toEqual([
      'The cycle must end after it starts.',
    ]);
    expect((await refusal(startNextCycleFromPlan(admin, { ...base, objectives: [] }))).fieldErrors?.objectives).toEqual([
      'Choose at least one part of the plan to carry over, or create a new plan instead.',
    ]);
    expect((await refusal(startNextCycleFromPlan(admin, { ...base, objectives: ['o99'] }))).fieldErrors?.objectives).toHaveLength(1);
    expect((await refusal(startNextCycleFromPlan(await actorFor('cabinet@example.org'), base))).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });
});
