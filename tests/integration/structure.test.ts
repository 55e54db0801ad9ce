// The structure editor's data layer: administrators build and amend their own plans only;
// bad input and another tenant's ids change nothing; removing what has approved values
// archives it — hidden everywhere, kept in the plan file — and a target on record changes
// by a new version, not an overwrite.
import { beforeAll, describe, expect, it } from 'vitest';
import { getBoardReport, getDashboard } from '@/lib/data/dashboard';
import { getGoalDetail } from '@/lib/data/goals';
import { listTodo } from '@/lib/data/progress/inbox';
import { exportPlan, importPlan } from '@/lib/data/plan/transfer';
import { listReviewQueue } from '@/lib/data/progress/review';
import { getGoalView, getOpenData, getScorecardView } from '@/lib/data/scorecard';
import { getMeasureEditor } from '@/lib/data/structure/editors';
import { createGoal, updateGoal } from '@/lib/data/structure/goals';
import { createMeasure, updateMeasure } from '@/lib/data/structure/measures';
import { createObjective, createPriority, updateObjective, updatePriority } from '@/lib/data/structure/objectives';
import { getStructureOutline } from '@/lib/data/structure/outline';
import { moveItem, removeItem, reorderItem } from '@/lib/data/structure/tree';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, approveValue, goalByCode, measureFormInput, refusal, tableSnapshot } from '../support/fixtures';

const admin = await actorFor('admin@example.org');
const smcoeAdmin = await actorFor('admin@smcoe.example.org');
let planId: string;
let cis: string;

const PLAN = 'structure-test';

/** Every row a structure write could touch, to prove a refused call wrote nothing. */
const snapshot = () => tableSnapshot('objective', 'priority', 'goal', 'measure', 'interimTarget', 'measureTargetVersion', 'update', 'observation', 'auditEvent');

const measureInput = measureFormInput;

async function buildTree(actor: Actor, plan: string, suffix: string) {
  const objective = await createObjective(actor, { planId: plan, name: `Objective ${suffix}`, description: '' });
  const priority = await createPriority(actor, { objectiveId: objective.id, name: `Priority ${suffix}`, description: '' });
  const goal = await createGoal(actor, {
    priorityId: priority.id,
    code: `G-${suffix}`,
    title: `Goal ${suffix}`,
    statement: 'A statement.',
    divisionId: null,
    deadline: '2025-06-30',
    focusGroupIds: [],
  });
  const measure = await createMeasure(actor, measureInput(goal.id, { code: `M-${suffix}` }));
  return { objectiveId: objective.id, priorityId: priority.id, goalId: goal.id, measureId: measure.id };
}

beforeAll(async () => {
  const db = getDb();
  const plan = await db.plan.create({
    data: { organizationId: admin.organizationId, slug: PLAN, name: 'Structure test plan', cycleStart: new Date('2022-07-01'), cycleEnd: new Date('2025-06-30') },
  });
  planId = plan.id;
  cis = (await db.division.findFirstOrThrow({ where: { code: 'CIS', organizationId: admin.organizationId } })).id;
});

describe('building a plan', () => {
  it('creates objective → priority → goal → measure, each with an audit event, in the plan’s own order', async () => {
    const ids = await buildTree(admin, planId, 'A');
    const db = getDb();
    const measure = await db.measure.findUniqueOrThrow({ where: { id: ids.measureId } });
    expect(measure).toMatchObject({ targetKind: 'ANNUAL_PERCENT_CHANGE', targetAmount: 20, baselineValue: 40, decimals: 0, organizationId: admin.organizationId });
    for (const [entityType, id, action] of [
      ['Objective', ids.objectiveId, 'objective.create'],
      ['Priority', ids.priorityId, 'priority.create'],
      ['Goal', ids.goalId, 'goal.create'],
      ['Measure', ids.measureId, 'measure.create'],
    ]) {
      expect(await db.auditEvent.count({ where: { entityType, entityId: id, action, actorId: admin.id } })).toBe(1);
    }
    const outline = await getStructureOutline(admin, PLAN);
    const goal = outline.objectives[0]!.priorities[0]!.goals[0]!;
    expect(goal.measures[0]!.targetSentence).toBe('Increase from 40 (2021-22) by 20% each year, to 69 by June 2025.');
    // No owning division: the SMARTIE checklist says so, and the goal saved all the same.
    expect(goal.flags.map((f) => f.code)).toEqual(['NO_DIVISION']);
  });

  it('edits an objective, a priority and a goal', async () => {
    const ids = await buildTree(admin, planId, 'B');
    await updateObjective(admin, { id: ids.objectiveId, name: 'Renamed objective', description: 'Why it matters' });
    await updatePriority(admin, { id: ids.priorityId, objectiveId: ids.objectiveId, name: 'Renamed priority', description: '' });
    await updateGoal(admin, {
      id: ids.goalId,
      priorityId: ids.priorityId,
      code: 'G-B',
      title: 'Renamed goal',
      statement: 'By June 2025, more.',
      divisionId: cis,
      deadline: '2025-06-30',
      equityFocus: 'English learners',
      focusGroupIds: [],
      titleEs: 'Meta',
    });
    const db = getDb();
    expect(await db.objective.findUniqueOrThrow({ where: { id: ids.objectiveId } })).toMatchObject({ name: 'Renamed objective', description: 'Why it matters' });
    expect(await db.goal.findUniqueOrThrow({ where: { id: ids.goalId } })).toMatchObject({ title: 'Renamed goal', divisionId: cis, titleEs: 'Meta' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: ids.goalId, action: 'goal.update' } });
    expect(audit.before).toMatchObject({ title: 'Goal B' });
    expect(audit.after).toMatchObject({ title: 'Renamed goal' });
    const outline = await getStructureOutline(admin, PLAN);
    const goal = outline.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.id === ids.goalId)!;
    // An equity focus without focus groups is flagged.
    expect(goal.flags.map((f) => f.code)).toEqual(['NO_FOCUS_GROUPS']);
  });

  it('reorders with up and down, renumbering the siblings; at the ends nothing moves', async () => {
    const db = getDb();
    const order = async () => (await db.objective.findMany({ where: { planId, archivedAt: null }, orderBy: { position: 'asc' } })).map((o) => o.name);
    const before = await order();
    const last = (await db.objective.findFirstOrThrow({ where: { planId, name: before[before.length - 1] } })).id;
    expect(await reorderItem(admin, { level: 'objective', id: last, direction: 'up' })).toEqual({ moved: true });
    const after = await order();
    expect(after).toEqual([...before.slice(0, -2), before[before.length - 1], before[before.length - 2]]);
    const first = (await db.objective.findFirstOrThrow({ where: { planId, name: after[0] } })).id;
    const events = await db.auditEvent.count();
    expect(await reorderItem(admin, { level: 'objective', id: first, direction: 'up' })).toEqual({ moved: false });
    expect(await db.auditEvent.count()).toBe(events);
  });

  it('moves a goal to another priority, a priority to another objective, a measure to another goal', async () => {
    const a = await buildTree(admin, planId, 'C');
    const b = await buildTree(admin, planId, 'D');
    const db = getDb();
    await moveItem(admin, { level: 'goal', id: a.goalId, parentId: b.priorityId });
    expect((await db.goal.findUniqueOrThrow({ where: { id: a.goalId } })).priorityId).toBe(b.priorityId);
    await moveItem(admin, { level: 'priority', id: a.priorityId, parentId: b.objectiveId });
    expect((await db.priority.findUniqueOrThrow({ where: { id: a.priorityId } })).objectiveId).toBe(b.objectiveId);
    await moveItem(admin, { level: 'measure', id: a.measureId, parentId: b.goalId });
    expect((await db.measure.findUniqueOrThrow({ where: { id: a.measureId } })).goalId).toBe(b.goalId);
    expect(await db.auditEvent.count({ where: { action: { in: ['goal.move', 'priority.move', 'measure.move'] } } })).toBe(3);
  });

  it('refuses a duplicate code with a friendly message, and a move into another plan, changing nothing', async () => {
    const ids = await buildTree(admin, planId, 'E');
    const seeded = await goalByCode('SO-1');
    const before = await snapshot();
    const dup = await refusal(createGoal(admin, { priorityId: ids.priorityId, code: 'G-E', title: 'Twin', statement: 'x', focusGroupIds: [] }));
    expect(dup.code).toBe('VALIDATION');
    expect(dup.fieldErrors?.code?.[0]).toMatch(/already uses the code G-E/);
    const dupMeasure = await refusal(createMeasure(admin, measureInput(ids.goalId, { code: 'M-E' })));
    expect(dupMeasure.fieldErrors?.code?.[0]).toMatch(/Another measure of this goal \(Community partnerships\) already uses the code M-E/);
    const otherPlan = await refusal(moveItem(admin, { level: 'goal', id: ids.goalId, parentId: seeded.priorityId }));
    expect(otherPlan.fieldErrors?.parentId).toBeDefined();
    const otherPlanMeasure = await refusal(moveItem(admin, { level: 'measure', id: ids.measureId, parentId: seeded.id }));
    expect(otherPlanMeasure.fieldErrors?.parentId).toBeDefined();
    expect(await snapshot()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a target date before the baseline', { targetDate: '2021-06-30' }, 'targetDate'],
    ['a negative change', { targetAmount: '-5' }, 'targetAmount'],
    ['a baseline without its date', { baselineDate: '' }, 'baselineDate'],
    ['words for a number', { targetAmount: 'twenty' }, 'targetAmount'],
    ['an unknown kind of target', { targetKind: 'DOUBLE' }, 'targetKind'],
    ['an interim target after the deadline', { interimTargets: [{ date: '2026-06-30', label: '2025-26', value: '90' }] }, 'interimTargets.0.date'],
    ['a focus group without disaggregation', { focusGroupId: 'x' }, 'focusGroupId'],
    ['a gap target without groups', { disaggregated: true, studentGroupIds: ['x'], gapReductionPercent: '50' }, 'gapReductionPercent'],
    ['a bad code', { code: 'two words' }, 'code'],
  ])('refuses a measure with %s, writing nothing', async (_name, change, field) => {
    const goal = (await getDb().goal.findFirstOrThrow({ where: { planId, code: 'G-A' } })).id;
    const before = await snapshot();
    const error = await refusal(createMeasure(admin, measureInput(goal, { code: 'NEW', ...change })));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toBeDefined();
    expect(await snapshot()).toBe(before);
  });

  it('refuses student groups of another organization', async () => {
    const goal = (await getDb().goal.findFirstOrThrow({ where: { planId, code: 'G-A' } })).id;
    const foreign = await getDb().studentGroup.findFirstOrThrow({ where: { organizationId: smcoeAdmin.organizationId, isAll: false } });
    const before = await snapshot();
    const error = await refusal(createMeasure(admin, measureInput(goal, { code: 'NEW', disaggregated: true, studentGroupIds: [foreign.id] })));
    expect(error.fieldErrors?.studentGroupIds).toEqual(['Choose student groups of your organization.']);
    expect(await snapshot()).toBe(before);
  });
});

describe('who may change the structure', () => {
  it('only administrators', async () => {
    const ids = await buildTree(admin, planId, 'F');
    const before = await snapshot();
    for (const email of ['cabinet@example.org', 'lead@example.org', 'staff@example.org']) {
      const actor = await actorFor(email);
      expect((await refusal(createObjective(actor, { planId, name: 'x' }))).code).toBe('FORBIDDEN');
      expect((await refusal(removeItem(actor, { level: 'goal', id: ids.goalId, confirmed: true }))).code).toBe('FORBIDDEN');
      expect((await refusal(getStructureOutline(actor, PLAN))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(createObjective(null, { planId, name: 'x' }))).code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });

  it('an administrator passing another organization’s ids to every mutation is refused and writes nothing', async () => {
    const smPlan = await getDb().plan.findFirstOrThrow({ where: { organizationId: smcoeAdmin.organizationId } });
    const their = await buildTree(smcoeAdmin, smPlan.id, 'SM');
    const mine = await buildTree(admin, planId, 'G');
    const before = await snapshot();
    const attempts: [string, () => Promise<unknown>][] = [
      ['createObjective', () => createObjective(admin, { planId: smPlan.id, name: 'Mine now' })],
      ['updateObjective', () => updateObjective(admin, { id: their.objectiveId, name: 'Mine now' })],
      ['createPriority', () => createPriority(admin, { objectiveId: their.objectiveId, name: 'Mine now' })],
      ['updatePriority', () => updatePriority(admin, { id: their.priorityId, objectiveId: their.objectiveId, name: 'Mine now' })],
      ['createGoal', () => createGoal(admin, { priorityId: their.priorityId, code: 'X-1', title: 'x', statement: 'x', focusGroupIds: [] })],
      ['updateGoal', () => updateGoal(admin, { id: their.goalId, priorityId: their.priorityId, code: 'G-SM', title: 'x', statement: 'x', focusGroupIds: [] })],
      ['createMeasure', () => createMeasure(admin, measureInput(their.goalId, { code: 'X-1' }))],
      ['updateMeasure', () => updateMeasure(admin, { id: their.measureId, ...measureInput(their.goalId, { code: 'M-SM' }) })],
      ...(['objective', 'priority', 'goal', 'measure'] as const).flatMap((level): [string, () => Promise<unknown>][] => [
        [`reorder ${level}`, () => reorderItem(admin, { level, id: their[`${level}Id`], direction: 'up' })],
        [`remove ${level}`, () => removeItem(admin, { level, id: their[`${level}Id`], confirmed: true })],
      ]),
      ['move their goal', () => moveItem(admin, { level: 'goal', id: their.goalId, parentId: mine.priorityId })],
      ['move their priority', () => moveItem(admin, { level: 'priority', id: their.priorityId, parentId: mine.objectiveId })],
      ['move their measure', () => moveItem(admin, { level: 'measure', id: their.measureId, parentId: mine.goalId })],
      ['move my goal under theirs', () => moveItem(admin, { level: 'goal', id: mine.goalId, parentId: their.priorityId })],
      ['move my measure under theirs', () => moveItem(admin, { level: 'measure', id: mine.measureId, parentId: their.goalId })],
      ['move my priority under theirs', () => moveItem(admin, { level: 'priority', id: mine.priorityId, parentId: their.objectiveId })],
      ['edit my goal into their priority', () => updateGoal(admin, { id: mine.goalId, priorityId: their.priorityId, code: 'G-G', title: 'x', statement: 'x', focusGroupIds: [] })],
      ['edit my measure into their goal', () => updateMeasure(admin, { id: mine.measureId, ...measureInput(their.goalId, { code: 'M-G' }) })],
      ['read their measure', () => getMeasureEditor(admin, PLAN, { measureId: their.measureId })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await refusal(attempt());
      expect([name, error.code]).toEqual([name, expect.stringMatching(/^(NOT_FOUND|VALIDATION)$/)]);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('removing items', () => {
  it('deletes an empty item at once, and asks first when something is under it', async () => {
    const ids = await buildTree(admin, planId, 'H');
    const db = getDb();
    expect(await removeItem(admin, { level: 'measure', id: ids.measureId })).toMatchObject({ outcome: 'deleted' });
    expect(await db.measure.count({ where: { id: ids.measureId } })).toBe(0);
    const before = await snapshot();
    const ask = await refusal(removeItem(admin, { level: 'objective', id: ids.objectiveId }));
    expect(ask.code).toBe('NEEDS_CONFIRMATION');
    expect(ask.message).toBe('Deleting “Objective H” also deletes 1 priority and 1 goal. This cannot be undone. Confirm to delete it.');
    expect(await snapshot()).toBe(before);
    await removeItem(admin, { level: 'objective', id: ids.objectiveId, confirmed: true });
    expect(await db.goal.count({ where: { id: ids.goalId } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: ids.objectiveId, action: 'objective.delete' } });
    expect(audit.before).toMatchObject({ name: 'Objective H', impact: { priorities: 1, goals: 1, measures: 0 } });
  });

  it('states the updates and values that would be lost before deleting a goal with unapproved data', async () => {
    const seededLead = await goalByCode('SO-3');
    const db = getDb();
    // A goal of the seeded plan whose values are not approved: draft them in for the test.
    const goal = await db.goal.findUniqueOrThrow({ where: { id: seededLead.id }, include: { measures: { include: { observations: true } }, updates: true } });
    await db.observation.updateMany({ where: { measureId: { in: goal.measures.map((m) => m.id) } }, data: { state: 'SUBMITTED', approvedAt: null } });
    const observations = goal.measures.reduce((n, m) => n + m.observations.length, 0);
    const ask = await refusal(removeItem(admin, { level: 'goal', id: goal.id }));
    expect(ask.code).toBe('NEEDS_CONFIRMATION');
    expect(ask.message).toContain(`${goal.measures.length} measure`);
    if (goal.updates.length) expect(ask.message).toContain(`${goal.updates.length} quarterly update`);
    if (observations) expect(ask.message).toContain(`${observations} reported value`);
    await removeItem(admin, { level: 'goal', id: goal.id, confirmed: true });
    expect(await db.goal.count({ where: { id: goal.id } })).toBe(0);
    expect(await db.observation.count({ where: { measureId: { in: goal.measures.map((m) => m.id) } } })).toBe(0);
  });

  it('archives, never deletes, a goal with approved values: it disappears from every page and download but stays in the plan file', async () => {
    const lead = await actorFor('lead@example.org');
    const goal = await getDb().goal.findFirstOrThrow({
      where: { plan: { slug: '2022-2025', organizationId: admin.organizationId }, divisionId: lead.divisionId, measures: { some: { observations: { some: { state: 'APPROVED' } } } } },
      include: { measures: true },
    });
    const codes = {
      dashboard: async () => (await getDashboard(admin, {})).goals.map((g) => g.code),
      report: async () => (await getBoardReport(admin, {})).objectives.flatMap((o) => o.goals.map((g) => g.code)),
      scorecard: async () => (await getScorecardView('lacoe', '2022-2025', 'en')).objectives.flatMap((o) => o.goals.map((g) => g.code)),
      openData: async () => (await getOpenData('lacoe', '2022-2025')).rows.map((r) => r.goal_code),
      updates: async () => (await listTodo(lead)).goals.map((g) => g.code),
      review: async () => (await listReviewQueue(admin)).map((u) => u.goal.code),
    };
    // One of its updates awaits review, so the review queue lists the goal too.
    const update = await getDb().update.findFirstOrThrow({ where: { goalId: goal.id } });
    await getDb().update.update({ where: { id: update.id }, data: { state: 'SUBMITTED' } });
    for (const read of Object.values(codes)) expect(await read()).toContain(goal.code);

    const ask = await refusal(removeItem(admin, { level: 'goal', id: goal.id }));
    expect(ask.code).toBe('NEEDS_CONFIRMATION');
    expect(ask.message).toMatch(/approved values?, so it will be archived, not deleted/);
    expect(await removeItem(admin, { level: 'goal', id: goal.id, confirmed: true })).toMatchObject({ outcome: 'archived' });

    const db = getDb();
    const archived = await db.goal.findUniqueOrThrow({ where: { id: goal.id }, include: { measures: true } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.measures.every((m) => m.archivedAt !== null)).toBe(true);
    expect(await db.observation.count({ where: { measureId: { in: goal.measures.map((m) => m.id) }, state: 'APPROVED' } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { entityId: goal.id, action: 'goal.archive' } })).toBe(1);

    for (const [where, read] of Object.entries(codes)) expect([where, await read()]).toEqual([where, expect.not.arrayContaining([goal.code])]);
    expect((await refusal(getGoalDetail(admin, goal.id))).code).toBe('NOT_FOUND');
    expect((await refusal(getGoalView('lacoe', '2022-2025', goal.code, 'en'))).code).toBe('NOT_FOUND');
    expect((await getStructureOutline(admin, '2022-2025')).objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.map((g) => g.id)))).not.toContain(goal.id);
    // Archived: no further edits through the editor.
    expect((await refusal(removeItem(admin, { level: 'goal', id: goal.id, confirmed: true }))).code).toBe('NOT_FOUND');

    // The plan file keeps it, marked, and a round trip keeps it archived.
    const doc = await exportPlan(admin, '2022-2025');
    const inFile = doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.code === goal.code)!;
    expect(inFile.archivedAt).toBe(archived.archivedAt!.toISOString());
    expect(inFile.measures.every((m) => m.archivedAt === archived.archivedAt!.toISOString())).toBe(true);
    const org = await db.organization.create({ data: { slug: 'archive-trip', name: 'Archive Trip', shortName: 'AT' } });
    const user = await db.user.create({ data: { organizationId: org.id, email: 'admin@archive-trip.example.org', name: 'A', role: 'ADMIN', passwordHash: 'x' } });
    const other: Actor = { id: user.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
    await importPlan(other, doc);
    const copy = await db.goal.findFirstOrThrow({ where: { organizationId: org.id, code: goal.code } });
    expect(copy.archivedAt?.toISOString()).toBe(archived.archivedAt!.toISOString());
    expect(await exportPlan(other, '2022-2025')).toEqual(doc);
  });
});

describe('changing a measure’s target', () => {
  it('in a draft plan without approved values, simply overwrites', async () => {
    const ids = await buildTree(admin, planId, 'I');
    const result = await updateMeasure(admin, {
      id: ids.measureId,
      ...measureInput(ids.goalId, { code: 'M-I', targetAmount: '25', interimTargets: [{ date: '2023-06-30', label: '2022-23', value: '50' }] }),
    });
    expect(result).toEqual({ versioned: false });
    const db = getDb();
    expect(await db.measure.findUniqueOrThrow({ where: { id: ids.measureId } })).toMatchObject({ targetAmount: 25 });
    expect(await db.interimTarget.findMany({ where: { measureId: ids.measureId }, select: { label: true, value: true } })).toEqual([{ label: '2022-23', value: 50 }]);
    expect(await db.measureTargetVersion.count({ where: { measureId: ids.measureId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: ids.measureId, action: 'measure.update' } })).toBe(1);
  });

  it('in an active plan, requires a reason and the board’s approval, and records the original and the new version', async () => {
    const db = getDb();
    const measure = await db.measure.findFirstOrThrow({
      where: { goal: { plan: { slug: '2022-2025', organizationId: admin.organizationId }, archivedAt: null }, archivedAt: null, baselineValue: { not: null } },
      include: { interimTargets: true, studentGroups: true, goal: true },
    });
    const editor = await getMeasureEditor(admin, '2022-2025', { measureId: measure.id });
    expect(editor.historyRequired).toBe(true);
    const form = { ...editor.measure, id: measure.id, decimals: String(editor.measure.decimals) };
    const newAmount = measure.targetAmount + 1;

    const before = await snapshot();
    const refused = await refusal(updateMeasure(admin, { ...form, targetAmount: String(newAmount) }));
    expect(refused.code).toBe('VALIDATION');
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(['change.reason', 'change.boardApprovedOn']);
    expect(await snapshot()).toBe(before);

    // Editing only the name is not a target change: no reason needed, no version.
    expect(await updateMeasure(admin, { ...form, name: `${measure.name} (renamed)` })).toEqual({ versioned: false });
    expect(await db.measureTargetVersion.count({ where: { measureId: measure.id } })).toBe(0);

    const result = await updateMeasure(admin, {
      ...form,
      name: `${measure.name} (renamed)`,
      targetAmount: String(newAmount),
      interimTargets: [{ date: '2024-06-30', label: '2023-24', value: String(measure.baselineValue) }],
      change: { reason: 'The board raised the target after the midpoint review.', boardApprovedOn: '2024-01-18', effectiveFrom: '' },
    });
    expect(result).toEqual({ versioned: true });
    const versions = await db.measureTargetVersion.findMany({ where: { measureId: measure.id }, orderBy: [{ effectiveFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] });
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ effectiveFrom: null, targetAmount: measure.targetAmount, targetKind: measure.targetKind, reason: '', boardApprovedOn: null });
    expect(versions[0]!.interimTargets).toEqual(measure.interimTargets.map((t) => ({ date: t.date.toISOString().slice(0, 10), label: t.label, value: t.value })));
    expect(versions[1]).toMatchObject({
      targetAmount: newAmount,
      reason: 'The board raised the target after the midpoint review.',
      createdById: admin.id,
      interimTargets: [{ date: '2024-06-30', label: '2023-24', value: measure.baselineValue }],
    });
    // The effective date defaults to the board approval date.
    expect(versions[1]!.effectiveFrom?.toISOString().slice(0, 10)).toBe('2024-01-18');
    expect(versions[1]!.boardApprovedOn?.toISOString().slice(0, 10)).toBe('2024-01-18');
    const updated = await db.measure.findUniqueOrThrow({ where: { id: measure.id }, include: { interimTargets: true } });
    expect(updated.targetAmount).toBe(newAmount);
    expect(updated.interimTargets.map((t) => t.label)).toEqual(['2023-24']);
    // The goal page reads the history: it shows the change and its reason.
    const detail = await getGoalDetail(admin, measure.goalId);
    const shown = detail.measures.find((m) => m.summary.id === measure.id)!;
    expect(shown.targetChanges).toMatchObject([{ reason: 'The board raised the target after the midpoint review.' }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: measure.id, action: 'measure.target-change' } });
    expect(audit.before).toMatchObject({ targetAmount: measure.targetAmount });
    expect(audit.after).toMatchObject({ targetAmount: newAmount, change: { reason: 'The board raised the target after the midpoint review.', effectiveFrom: '2024-01-18' } });

    // A second change adds one version; it must take effect after the previous one.
    const again = { ...form, name: `${measure.name} (renamed)`, targetAmount: String(newAmount + 1), interimTargets: [] };
    const early = await refusal(updateMeasure(admin, { ...again, change: { reason: 'Again', boardApprovedOn: '2024-03-01', effectiveFrom: '2023-12-01' } }));
    expect(early.fieldErrors?.['change.effectiveFrom']?.[0]).toMatch(/after the previous one \(2024-01-18\)/);
    await updateMeasure(admin, { ...again, change: { reason: 'Again', boardApprovedOn: '2024-03-01', effectiveFrom: '2024-07-01' } });
    expect(await db.measureTargetVersion.count({ where: { measureId: measure.id } })).toBe(3);
    expect((await getMeasureEditor(admin, '2022-2025', { measureId: measure.id })).versions.map((v) => v.effectiveFrom)).toEqual([null, '2024-01-18', '2024-07-01']);
  });

  it('in a draft plan, a measure with approved values also keeps its history', async () => {
    const ids = await buildTree(admin, planId, 'J');
    const db = getDb();
    await approveValue(admin, planId, ids.measureId, 45);
    const refused = await refusal(updateMeasure(admin, { id: ids.measureId, ...measureInput(ids.goalId, { code: 'M-J', baselineValue: '41' }) }));
    expect(refused.fieldErrors?.['change.reason']).toBeDefined();
    await updateMeasure(admin, {
      id: ids.measureId,
      ...measureInput(ids.goalId, { code: 'M-J', baselineValue: '41' }),
      change: { reason: 'Corrected baseline', boardApprovedOn: '2023-09-01', effectiveFrom: '2022-07-01' },
    });
    // Both versions are written in one transaction (same createdAt): order by what they say.
    const versions = await db.measureTargetVersion.findMany({
      where: { measureId: ids.measureId },
      orderBy: [{ effectiveFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    });
    expect(versions.map((v) => [v.effectiveFrom?.toISOString().slice(0, 10) ?? null, v.baselineValue])).toEqual([
      [null, 40],
      ['2022-07-01', 41],
    ]);
  });
});
