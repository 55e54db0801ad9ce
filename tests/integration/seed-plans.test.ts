// The four seed plans in the demo: each organization is its own tenant, LACOE 2025-28 is a
// draft started from 2022-25, and no read or write of one organization reaches another's data.
import { describe, expect, it } from 'vitest';
import { getGoalDetail } from '@/lib/data/goals';
import { exportPlan, importPlan } from '@/lib/data/plan/transfer';
import { getGoalHistory } from '@/lib/data/history';
import { listTodo } from '@/lib/data/progress/inbox';
import { listPlanPeriods, setPeriodClosed } from '@/lib/data/organization/periods';
import { getPlanOverview, listPlansForUser } from '@/lib/data/plan/queries';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { getProgressForm } from '@/lib/data/progress/update-form';
import { listReopenable, listReviewQueue, reopenUpdate, reviewUpdate } from '@/lib/data/progress/review';
import { getPublicScorecard, listPublishedScorecards } from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, goalByCode, LACOE_2022_25, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

const lacoeAdmin = await actorFor('admin@example.org');
const smcoeAdmin = await actorFor('admin@smcoe.example.org');
const lausdAdmin = await actorFor('admin@lausd.example.org');

const planOf = (orgSlug: string, slug: string) =>
  getDb().plan.findFirstOrThrow({ where: { slug, organization: { slug: orgSlug } }, include: { organization: true } });

describe('the demo loads all four seed plans, each organization its own tenant', () => {
  it('has three organizations, each with its own divisions, student groups and administrator', async () => {
    const orgs = await getDb().organization.findMany({
      orderBy: { slug: 'asc' },
      include: { _count: { select: { divisions: true, studentGroups: true } }, users: { where: { role: 'ADMIN' } } },
    });
    expect(orgs.map((o) => [o.slug, o.name])).toEqual([
      ['lacoe', 'Los Angeles County Office of Education'],
      ['lausd', 'Los Angeles Unified School District'],
      ['smcoe', 'San Mateo County Office of Education'],
    ]);
    for (const org of orgs) {
      expect(org._count.divisions).toBeGreaterThan(0);
      expect(org._count.studentGroups).toBe(15);
      expect(org.users.length).toBeGreaterThan(0);
    }
    expect(orgs.find((o) => o.slug === 'smcoe')?.users.map((u) => u.email)).toEqual(['admin@smcoe.example.org']);
    expect(orgs.find((o) => o.slug === 'lausd')?.users.map((u) => u.email)).toEqual(['admin@lausd.example.org']);
  });

  it('loads each plan under its organization, with its status, publication and level names', async () => {
    const plans = await getDb().plan.findMany({
      include: { organization: true, _count: { select: { goals: true, objectives: true } } },
      orderBy: [{ organization: { slug: 'asc' } }, { cycleStart: 'asc' }],
    });
    expect(
      plans.map((p) => [p.organization.slug, p.slug, p.status, p.published, p.objectiveLabel, p.priorityLabel, p.goalLabel, p._count.objectives, p._count.goals]),
    ).toEqual([
      ['lacoe', '2022-2025', 'ACTIVE', true, 'Pillar', 'Priority area', 'Goal', 5, 12],
      ['lacoe', '2025-2028', 'DRAFT', false, 'Objective', 'Key priority', 'Goal', 5, 12],
      ['lausd', '2022-2026', 'ACTIVE', true, 'Pillar', 'Priority', 'Measure of success', 5, 0],
      ['smcoe', '2023-2028', 'ACTIVE', true, 'Goal', 'Objective', 'Desired outcome', 4, 0],
    ]);
  });

  it('stores the statements some plans make beside vision and mission', async () => {
    const smcoe = await planOf('smcoe', '2023-2028');
    expect(smcoe.corePractices).toEqual(['Growth Mindset', 'Trauma-Informed Approach', 'Cultural Humility']);
    expect(smcoe.equityStatement).toMatch(/^The San Mateo County Office of Education welcomes/);
    const lausd = await planOf('lausd', '2022-2026');
    expect(lausd.overarchingGoal).toBe('Ensure ALL our students graduate READY FOR THE WORLD – to thrive in college, career, and life.');
    const lacoe = await planOf('lacoe', '2022-2025');
    expect([lacoe.overarchingGoal, lacoe.corePractices, lacoe.equityStatement]).toEqual(['', [], '']);
  });

  it('exports San Mateo’s plan with its statements, and imports it into another organization identically', async () => {
    const exported = await exportPlan(smcoeAdmin, '2023-2028');
    expect(exported.plan).toMatchObject({ corePractices: ['Growth Mindset', 'Trauma-Informed Approach', 'Cultural Humility'] });
    expect(exported.plan.equityStatement).toMatch(/^The San Mateo County Office of Education welcomes/);
    const db = getDb();
    const org = await db.organization.create({ data: { slug: 'statements-copy', name: 'Statements Copy', shortName: 'SC' } });
    const user = await db.user.create({ data: { organizationId: org.id, email: 'admin@statements.example.org', name: 'Copy admin', role: 'ADMIN', passwordHash: 'x' } });
    const copyAdmin: Actor = { id: user.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
    try {
      await importPlan(copyAdmin, exported);
      expect(await exportPlan(copyAdmin, '2023-2028')).toEqual(exported);
    } finally {
      await db.organization.delete({ where: { id: org.id } });
    }
  });

  it('publishes the San Mateo and LAUSD plans beside LACOE 2022-25, never the 2025-28 draft', async () => {
    const published = await listPublishedScorecards();
    expect(published.map((p) => `${p.organization.slug}/${p.slug}`).sort()).toEqual(['lacoe/2022-2025', 'lausd/2022-2026', 'smcoe/2023-2028']);
    expect((await refusal(getPublicScorecard('lacoe', '2025-2028'))).code).toBe('NOT_FOUND');
    const smcoe = await getPublicScorecard('smcoe', '2023-2028');
    expect(smcoe.objectives.map((o) => o.name)).toContain('Embody One SMCOE Vision and Values');
  });
});

describe('LACOE 2025-28, started as the next cycle of 2022-25', () => {
  it('carries each measure over with its last approved 2022-25 actual as the proposed baseline', async () => {
    const db = getDb();
    const next = await planOf('lacoe', '2025-2028');
    const measures = await db.measure.findMany({ where: { goal: { planId: next.id } }, include: { goal: true } });
    expect(measures).toHaveLength(17);
    for (const m of measures) {
      const [last] = await db.observation.findMany({
        where: { state: 'APPROVED', studentGroup: { isAll: true }, measure: { code: m.code, goal: { code: m.goal.code, plan: LACOE_2022_25 } } },
        include: { period: true },
        orderBy: { period: { endDate: 'desc' } },
        take: 1,
      });
      expect(last, `${m.goal.code}/${m.code} has a 2022-25 actual`).toBeDefined();
      expect({ value: m.baselineValue, date: m.baselineDate, label: m.baselineLabel, isDemo: m.baselineIsDemo }).toEqual({
        value: last!.value,
        date: last!.period.endDate,
        label: last!.period.label,
        isDemo: true,
      });
      expect(m.baselineNote).toBe('Last actual of the 2022-25 plan, proposed as the new baseline.');
      expect(m.targetDate.toISOString().slice(0, 10)).toBe('2028-06-30');
      expect(m.goal.deadline?.toISOString().slice(0, 10)).toBe('2028-06-30');
    }
  });

  it('places carried goals under the new objectives, keeps their divisions, and holds no progress yet', async () => {
    const db = getDb();
    const next = await planOf('lacoe', '2025-2028');
    const goals = await db.goal.findMany({
      where: { planId: next.id },
      include: { division: true, priority: { include: { objective: true } } },
      orderBy: { code: 'asc' },
    });
    const where = Object.fromEntries(goals.map((g) => [g.code, `${g.priority.objective.name} / ${g.priority.name} / ${g.division?.code}`]));
    expect(where).toMatchObject({
      'SO-1': 'Students / Literacy / CIS',
      'WB-1': 'Wellbeing / Student and Staff Wellbeing / SSS',
      'CC-2': 'Wellbeing / Community Schools / SPCS',
      'OE-1': 'Communication / Customer Satisfaction / OS',
      'OE-3': 'Excellence / BEST Project / BAS',
    });
    expect(goals.find((g) => g.code === 'SO-1')?.statement).toMatch(/^By June 2028, we will see an increase in literacy rates/);
    expect(await db.observation.count({ where: { measure: { goal: { planId: next.id } } } })).toBe(0);
    expect(await db.update.count({ where: { goal: { planId: next.id } } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'plan.start_next_cycle', entityId: next.id }, include: { actor: true } });
    expect(event.actor?.email).toBe('admin@example.org');
  });

  it('leaves 2022-25 the LACOE dashboard’s default, and opens 2025-28 by its slug', async () => {
    for (const email of ['admin@example.org', 'cabinet@example.org', 'lead@example.org']) {
      const overview = await getPlanOverview(await actorFor(email));
      expect(overview.plan.slug).toBe('2022-2025');
    }
    const draft = await getPlanOverview(lacoeAdmin, '2025-2028');
    expect(draft.plan).toMatchObject({ slug: '2025-2028', published: false, labels: { objective: 'Objective', priority: 'Key priority' } });
    expect(draft.objectives.map((o) => o.name)).toEqual(['Students', 'Wellbeing', 'Partnerships', 'Communication', 'Excellence']);
    expect((await listPlansForUser(lacoeAdmin)).map((p) => p.slug).sort()).toEqual(['2022-2025', '2025-2028']);
  });

  it('chooses the newest active plan by default when there are several, and a draft only when nothing is active', async () => {
    const db = getDb();
    const next = await planOf('lacoe', '2025-2028');
    const previous = await planOf('lacoe', '2022-2025');
    try {
      await db.plan.update({ where: { id: next.id }, data: { status: 'ACTIVE' } });
      expect((await getPlanOverview(lacoeAdmin)).plan.slug).toBe('2025-2028');
      await db.plan.update({ where: { id: next.id }, data: { status: 'DRAFT' } });
      await db.plan.update({ where: { id: previous.id }, data: { status: 'ARCHIVED' } });
      expect((await getPlanOverview(lacoeAdmin)).plan.slug).toBe('2025-2028');
    } finally {
      await db.plan.update({ where: { id: next.id }, data: { status: 'DRAFT' } });
      await db.plan.update({ where: { id: previous.id }, data: { status: 'ACTIVE' } });
    }
  });

  it('does not put the draft’s goals on a lead’s to-do list', async () => {
    const lead = await actorFor('lead@example.org');
    const todo = await listTodo(lead, new Date(Date.UTC(2026, 0, 15)));
    const planIds = await getDb().goal.findMany({ where: { id: { in: todo.goals.map((g) => g.id) } }, select: { plan: { select: { slug: true } } } });
    expect(todo.goals.map((g) => g.code)).toEqual(['SO-1', 'SO-2']);
    expect(new Set(planIds.map((g) => g.plan.slug))).toEqual(new Set(['2022-2025']));
    expect(new Set(todo.rows.map((r) => r.planName))).toEqual(new Set(['Strategic Plan 2022–2025']));
  });
});

describe('no query crosses tenants', () => {
  it('shows each administrator only their own organization’s plans', async () => {
    expect((await getPlanOverview(smcoeAdmin)).plan).toMatchObject({ slug: '2023-2028', organizationSlug: 'smcoe' });
    expect((await getPlanOverview(lausdAdmin)).plan).toMatchObject({ slug: '2022-2026', organizationSlug: 'lausd' });
    expect((await listPlansForUser(smcoeAdmin)).map((p) => p.slug)).toEqual(['2023-2028']);
    expect((await listPlansForUser(lausdAdmin)).map((p) => p.slug)).toEqual(['2022-2026']);
    expect((await listPlanPeriods(lausdAdmin)).plans.map((p) => p.slug)).toEqual(['2022-2026']);
    expect(await listReviewQueue(smcoeAdmin)).toEqual([]);
  });

  it.each([
    ['San Mateo', () => smcoeAdmin],
    ['LAUSD', () => lausdAdmin],
  ])('refuses the %s administrator every read of LACOE’s plans, goals and updates', async (_name, actor) => {
    const goal = await goalByCode('SO-1');
    const nextGoal = await getDb().goal.findFirstOrThrow({ where: { code: 'SO-1', plan: { slug: '2025-2028' } } });
    for (const slug of ['2022-2025', '2025-2028']) expect((await refusal(getPlanOverview(actor(), slug))).code).toBe('NOT_FOUND');
    for (const id of [goal.id, nextGoal.id]) {
      expect((await refusal(getGoalDetail(actor(), id))).code).toBe('NOT_FOUND');
      expect((await refusal(getGoalHistory(actor(), id))).code).toBe('NOT_FOUND');
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain((await refusal(getProgressForm(actor(), id))).code);
    }
    expect(await listReopenable(actor(), goal.id)).toEqual([]);
    expect((await refusal(listPlanPeriods(actor(), '2022-2025'))).code).toBe('NOT_FOUND');
  });

  it('refuses a LACOE administrator the San Mateo and LAUSD plans', async () => {
    expect((await refusal(getPlanOverview(lacoeAdmin, '2023-2028'))).code).toBe('NOT_FOUND');
    expect((await refusal(getPlanOverview(lacoeAdmin, '2022-2026'))).code).toBe('NOT_FOUND');
    expect((await refusal(listPlanPeriods(lacoeAdmin, '2022-2026'))).code).toBe('NOT_FOUND');
  });

  it('refuses another organization’s administrator every write to LACOE’s data, and writes nothing', async () => {
    const goal = await goalByCode('SO-1');
    const open = await periodByCode('2024-25-Q3');
    const approved = await getDb().update.findFirstOrThrow({ where: { goalId: goal.id, state: 'APPROVED' } });
    const before = await writeSnapshot();
    // One at a time, each started only when awaited, so a refusal is never left unhandled.
    const attempts = [
      () => recordProgress(smcoeAdmin, { goalId: goal.id, periodId: open.id, intent: 'draft', version: 0, narrative: 'Not ours' }),
      () => reviewUpdate(lausdAdmin, { updateId: approved.id, version: approved.version, decision: 'return', comment: 'Not ours' }),
      () => reopenUpdate(lausdAdmin, { updateId: approved.id, version: approved.version, reason: 'Not ours' }),
      () => setPeriodClosed(smcoeAdmin, { periodId: open.id, closed: true }),
    ];
    for (const attempt of attempts) expect(['NOT_FOUND', 'FORBIDDEN']).toContain((await refusal(attempt())).code);
    expect(await writeSnapshot()).toBe(before);
  });
});
