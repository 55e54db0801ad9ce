import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { FIRST_GOALS_PER_OBJECTIVE, FULL_LIST_LIMIT, GoalList } from '@/components/dashboard/goal-list';
import { getBoardReport, getDashboard, loadDashboard } from '@/lib/data/dashboard';
import { getGoalDetail } from '@/lib/data/goals';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { actorFor, goalByCode, periodByCode } from '../support/fixtures';

const cabinet = await actorFor('cabinet@example.org');

// The demo plan as the cabinet sees it today, computed by hand from the demo values.
// Expected values interpolate linearly from the baseline (2022-06-30) to the target
// (2025-06-30); at 2024-06-30, two thirds of the way:
//   WB-1 absenteeism 31.2 → 28.08: e = 31.2 − 3.12·2/3 = 29.12; v = 30.1 → (31.2−30.1)/(31.2−29.12) = 0.53 < 0.8: off track
//   SO-1 ELA grade 3, demo baseline 2396, +5 a year: e = 2406; v = 2407: on track
//   SO-2 math grade 11, demo baseline 2532, +5 a year: e = 2542; v = 2541 → 9/10 = 0.9: at risk
//   CC-3 demographic gap, demo baseline 18, −10%: e = 18 − 1.8·2/3 = 16.8; v = 17.4 → 0.6/1.2 = 0.5: off track
//   OE-3 onboarding 100% ≥ its final target: met
const TODAY: [code: string, status: string][] = [
  ['SO-1', 'ON_TRACK'],
  ['SO-2', 'AT_RISK'],
  ['SO-3', 'ON_TRACK'],
  ['WB-1', 'OFF_TRACK'],
  ['WB-2', 'AT_RISK'],
  ['CC-1', 'ON_TRACK'],
  ['CC-2', 'ON_TRACK'],
  ['CC-3', 'OFF_TRACK'],
  ['CE-1', 'ON_TRACK'],
  ['OE-1', 'AT_RISK'],
  ['OE-2', 'ON_TRACK'],
  ['OE-3', 'MET'],
];

const counts = (met: number, on: number, risk: number, off: number, none: number) => ({
  MET: met,
  ON_TRACK: on,
  AT_RISK: risk,
  OFF_TRACK: off,
  NO_DATA: none,
});

/** An All-students value of a goal's first measure, approved at the given instant. */
async function addApprovedValue(goalCode: string, asOf: string, reportedIn: string, value: number, approvedAt: Date) {
  const goal = await goalByCode(goalCode);
  const all = await getDb().studentGroup.findFirstOrThrow({ where: { organizationId: goal.organizationId, isAll: true } });
  await getDb().observation.create({
    data: {
      organizationId: goal.organizationId,
      measureId: goal.measures[0]!.id,
      periodId: (await periodByCode(asOf)).id,
      reportedPeriodId: (await periodByCode(reportedIn)).id,
      studentGroupId: all.id,
      value,
      state: 'APPROVED',
      approvedAt,
    },
  });
}

describe('the cabinet dashboard of the demo plan', () => {
  it('shows the hand-computed statuses, counts per pillar and the division × pillar grid', async () => {
    const dashboard = await getDashboard(await actorFor('cabinet@example.org'), {});
    expect(dashboard.period).toBeNull();
    expect(dashboard.goals.map((g) => [g.code, g.status])).toEqual(TODAY);
    expect(dashboard.counts).toEqual(counts(1, 6, 3, 2, 0));
    expect(dashboard.objectives.map((o) => [o.name, o.counts])).toEqual([
      ['Improve Student Outcomes', counts(0, 2, 1, 0, 0)],
      ['Champion Individual and Collective Care and Wellbeing', counts(0, 0, 1, 1, 0)],
      ['Strengthen Community with Children at the Center', counts(0, 2, 0, 1, 0)],
      ['Communicate Effectively', counts(0, 1, 0, 0, 0)],
      ['Model Organizational Excellence and Innovation', counts(1, 1, 1, 0, 0)],
    ]);
    const wb1 = dashboard.goals.find((g) => g.code === 'WB-1')!;
    expect(wb1.measures[0]!.latestApproved).toMatchObject({ value: 30.1, periodLabel: '2023-24' });
    expect(wb1.measures[0]!.status.expected).toBeCloseTo(29.12, 1);

    const cis = dashboard.grid.find((r) => r.divisionName === 'Curriculum and Instructional Services')!;
    expect(cis.total).toBe(2);
    expect(cis.cells[0]).toMatchObject({ total: 2, counts: counts(0, 1, 1, 0, 0) });
    expect(dashboard.grid.reduce((sum, r) => sum + r.total, 0)).toBe(12);

    // Student Support Services keeps reporting "on track" for absenteeism while it is off track.
    expect(dashboard.attention.disagreements.map((g) => g.code)).toEqual(['WB-1']);
    // The plan's last quarter (2024-25 Q4) has no reports at all: every goal is overdue.
    expect(dashboard.attention.overdue?.period.code).toBe('2024-25-Q4');
    expect(dashboard.attention.overdue?.divisions.reduce((sum, d) => sum + d.missing.length, 0)).toBe(12);
  });

  it('as of a past quarter counts only what was approved by then', async () => {
    const asOfQ1 = await getDashboard(cabinet, { period: '2024-25-Q1' });
    expect(asOfQ1.period?.code).toBe('2024-25-Q1');
    expect(asOfQ1.previousPeriod?.code).toBe('2023-24-Q4');
    // Before the 2023-24 annual results arrived (reported in 2024-25 Q2), and before OE-3 reached 100%.
    expect(asOfQ1.counts).toEqual(counts(0, 7, 2, 3, 0));
    expect(asOfQ1.goals.find((g) => g.code === 'SO-2')?.status).toBe('OFF_TRACK');
    const wb1 = asOfQ1.goals.find((g) => g.code === 'WB-1')!;
    expect(wb1.measures[0]!.latestApproved).toMatchObject({ value: 30.6, periodLabel: '2022-23' });
    // The annual-only goals had nothing to report in Q1: their divisions are overdue.
    expect(asOfQ1.attention.overdue?.divisions.map((d) => d.divisionName)).toContain('Student Support Services');
  });

  it('does not count a value approved after the quarter’s due date, and shows it once approved', async () => {
    const q4 = await periodByCode('2024-25-Q4');
    // 2024-25 absenteeism of 27.5% beats the 28.08% target — but it was approved after Q4's due date.
    await addApprovedValue('WB-1', '2024-25', '2024-25-Q4', 27.5, new Date(q4.dueDate.getTime() + 2 * 86_400_000));
    const asOfQ4 = await getDashboard(cabinet, { period: '2024-25-Q4' });
    const then = asOfQ4.goals.find((g) => g.code === 'WB-1')!;
    expect(then.status).toBe('OFF_TRACK');
    expect(then.measures[0]!.latestApproved?.value).toBe(30.1);

    const latest = await getDashboard(cabinet, {});
    const now = latest.goals.find((g) => g.code === 'WB-1')!;
    expect(now.status).toBe('MET');
    expect(now.previousStatus).toBe('OFF_TRACK');
    expect(latest.counts).toEqual(counts(2, 6, 3, 1, 0));
  });

  it('lists a goal whose status worsened since the previous quarter', async () => {
    const q3 = await periodByCode('2024-25-Q3');
    // Internet access falls back below the baseline in Q3, approved inside the reporting window.
    await addApprovedValue('OE-2', '2024-25-Q3', '2024-25-Q3', 80, new Date(q3.dueDate.getTime() - 86_400_000));
    const dashboard = await getDashboard(cabinet, { period: '2024-25-Q3' });
    expect(dashboard.attention.worsened.map((g) => [g.code, g.previousStatus, g.status])).toEqual([
      ['OE-2', 'ON_TRACK', 'OFF_TRACK'],
    ]);
    expect((await getDashboard(cabinet, { period: '2024-25-Q2' })).attention.worsened).toEqual([]);
  });

  it('filters by division and objective, and ignores filters that do not parse or do not exist', async () => {
    const goal = await goalByCode('SO-1');
    const filtered = await getDashboard(cabinet, { division: goal.divisionId! });
    expect(filtered.goals.map((g) => g.code)).toEqual(['SO-1', 'SO-2']);
    const unknown = await getDashboard(cabinet, { period: '2031-32-Q1' });
    expect(unknown.period).toBeNull();
  });

  it('offers "No division" once a goal has no owner, and filters to the goals without one', async () => {
    expect((await getDashboard(cabinet, {})).divisionOptions.map((d) => d.id)).not.toContain('none');
    const goal = await goalByCode('CE-1');
    await getDb().goal.update({ where: { id: goal.id }, data: { divisionId: null } });
    try {
      const view = await getDashboard(cabinet, {});
      expect(view.divisionOptions.at(-1)).toEqual({ id: 'none', name: 'No division' });
      const unowned = await getDashboard(cabinet, { division: 'none' });
      expect(unowned.goals.map((g) => g.code)).toEqual(['CE-1']);
    } finally {
      await getDb().goal.update({ where: { id: goal.id }, data: { divisionId: goal.divisionId } });
    }
  });

  it('is refused to anonymous readers', async () => {
    await expect(getDashboard(null, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('loading the dashboard', () => {
  const holder = globalThis as unknown as { northstarDb?: Db };
  const original = holder.northstarDb;
  let queries = 0;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      queries += 1;
      return query(...args);
    };
  });
  const counting = new PrismaClient({ adapter: new PrismaPg(pool) }) as unknown as Db;

  afterAll(async () => {
    holder.northstarDb = original;
    await counting.$disconnect();
    await pool.end().catch(() => undefined);
  });

  async function buildLargePlan(goals: number) {
    const db = getDb();
    const source = await db.plan.findFirstOrThrow({ where: { slug: '2022-2025' } });
    const organizationId = source.organizationId;
    const divisions = await db.division.findMany({ where: { organizationId } });
    const all = await db.studentGroup.findFirstOrThrow({ where: { organizationId, isAll: true } });
    const plan = await db.plan.create({
      data: {
        organizationId,
        slug: 'large-plan',
        name: 'Large plan',
        cycleStart: new Date('2022-07-01'),
        cycleEnd: new Date('2025-06-30'),
        // Archived, so that it never becomes the organization's default plan.
        status: 'ARCHIVED',
      },
    });
    const quarters = ['2022-23-Q1', '2022-23-Q2', '2022-23-Q3', '2022-23-Q4'];
    const periods = await Promise.all(
      quarters.map((code, i) =>
        db.reportingPeriod.create({
          data: {
            organizationId,
            planId: plan.id,
            kind: 'QUARTER',
            code,
            label: code.replace('-Q', ' Q'),
            schoolYear: 2022,
            quarter: i + 1,
            startDate: new Date(Date.UTC(2022, 6 + 3 * i, 1)),
            endDate: new Date(Date.UTC(2022, 9 + 3 * i, 0)),
            dueDate: new Date(Date.UTC(2022, 9 + 3 * i, 15)),
          },
        }),
      ),
    );
    for (let o = 0; o < 5; o++) {
      const objective = await db.objective.create({ data: { organizationId, planId: plan.id, position: o, name: `Objective ${o + 1}` } });
      for (let p = 0; p < 4; p++) {
        const priority = await db.priority.create({ data: { organizationId, objectiveId: objective.id, position: p, name: `Priority ${o + 1}.${p + 1}` } });
        const perPriority = goals / 20;
        await db.goal.createMany({
          data: Array.from({ length: perPriority }, (_, g) => ({
            organizationId,
            planId: plan.id,
            priorityId: priority.id,
            position: g,
            code: `G-${o}-${p}-${g}`,
            title: `Goal ${o}.${p}.${g}`,
            statement: 'A goal of the large plan.',
            divisionId: divisions[(o + p + g) % divisions.length]!.id,
          })),
        });
      }
    }
    const goalRows = await db.goal.findMany({ where: { planId: plan.id } });
    await db.measure.createMany({
      data: goalRows.flatMap((goal) =>
        [0, 1].map((position) => ({
          organizationId,
          goalId: goal.id,
          position,
          code: `M${position}`,
          name: `Measure ${position}`,
          unit: 'PERCENT' as const,
          direction: 'INCREASE' as const,
          cadence: 'QUARTERLY' as const,
          baselineValue: 50,
          baselineDate: new Date('2022-06-30'),
          targetKind: 'CHANGE' as const,
          targetAmount: 12,
          targetDate: new Date('2025-06-30'),
        })),
      ),
    });
    const measures = await db.measure.findMany({ where: { goal: { planId: plan.id } } });
    await db.observation.createMany({
      data: measures.flatMap((measure, m) =>
        periods.map((period, i) => ({
          organizationId,
          measureId: measure.id,
          periodId: period.id,
          reportedPeriodId: period.id,
          studentGroupId: all.id,
          value: 50 + i * (m % 3),
          state: 'APPROVED' as const,
          approvedAt: period.dueDate,
        })),
      ),
    });
    await db.update.createMany({
      data: goalRows.flatMap((goal) =>
        periods.map((period) => ({
          organizationId,
          goalId: goal.id,
          periodId: period.id,
          state: 'APPROVED' as const,
          reportedStatus: 'ON_TRACK' as const,
          submittedAt: period.dueDate,
        })),
      ),
    });
    return plan;
  }

  it('runs the same small number of queries for a 12-goal plan and a 200-goal plan', async () => {
    await buildLargePlan(200);
    holder.northstarDb = counting;
    try {
      await getDashboard(cabinet, {}); // warm-up: the first call also connects
      queries = 0;
      const small = await getDashboard(cabinet, { plan: '2022-2025' });
      const smallQueries = queries;
      queries = 0;
      const large = await getDashboard(cabinet, { plan: 'large-plan', period: '2022-23-Q4' });
      const largeQueries = queries;
      expect(small.goals).toHaveLength(12);
      expect(large.goals).toHaveLength(200);
      expect(large.counts.NO_DATA).toBe(0);
      console.info(`dashboard queries: ${smallQueries} for 12 goals, ${largeQueries} for 200 goals`);
      expect(largeQueries).toBe(smallQueries);
      expect(largeQueries).toBeLessThanOrEqual(15);
    } finally {
      holder.northstarDb = original;
    }
  });

  it('lists every goal of a short plan, and each objective’s first goals with a link to the rest in a long one', async () => {
    if (!(await getDb().plan.findFirst({ where: { slug: 'large-plan' } }))) await buildLargePlan(200);
    const render = async (search: Record<string, string>) => {
      const parts = loadDashboard(cabinet, search);
      const [context, view] = await Promise.all([parts.context, parts.status]);
      const html = renderToStaticMarkup(createElement(GoalList, { context, view }));
      return { html, context, cards: (html.match(/<article /g) ?? []).length, goals: view.goals.length };
    };
    const short = await render({ plan: '2022-2025' });
    expect(short.goals).toBeLessThanOrEqual(FULL_LIST_LIMIT);
    expect(short.cards).toBe(short.goals);
    expect(short.html).not.toContain('href="/dashboard?');

    const long = await render({ plan: 'large-plan' });
    const objectives = long.context.objectiveOptions.length;
    expect(long.goals).toBe(200);
    expect(long.cards).toBe(objectives * FIRST_GOALS_PER_OBJECTIVE);
    // Each objective links to its own full list, which the objective filter shows whole.
    const objective = long.context.objectiveOptions[0]!;
    expect(long.html).toContain(`objective=${objective.id}`);
    const one = await render({ plan: 'large-plan', objective: objective.id });
    expect(one.cards).toBe(one.goals);
    expect(one.goals).toBeGreaterThan(FIRST_GOALS_PER_OBJECTIVE);
  });

  it('runs the same small number of queries for the goal page and the board report of a 12-goal and a 200-goal plan', async () => {
    const db = getDb();
    if (!(await db.plan.findFirst({ where: { slug: 'large-plan' } }))) await buildLargePlan(200);
    const smallGoal = await db.goal.findFirstOrThrow({ where: { plan: { slug: '2022-2025' } }, orderBy: { code: 'asc' } });
    const largeGoal = await db.goal.findFirstOrThrow({ where: { plan: { slug: 'large-plan' } }, orderBy: { code: 'asc' } });
    holder.northstarDb = counting;
    try {
      await getGoalDetail(cabinet, smallGoal.id); // warm-up
      const count = async (read: () => Promise<unknown>) => {
        queries = 0;
        await read();
        return queries;
      };
      const goalSmall = await count(() => getGoalDetail(cabinet, smallGoal.id));
      const goalLarge = await count(() => getGoalDetail(cabinet, largeGoal.id));
      const reportSmall = await count(() => getBoardReport(cabinet, { plan: '2022-2025' }));
      const reportLarge = await count(() => getBoardReport(cabinet, { plan: 'large-plan', period: '2022-23-Q4' }));
      console.info(`goal page queries: ${goalSmall} / ${goalLarge}; board report queries: ${reportSmall} / ${reportLarge}`);
      expect(goalLarge).toBe(goalSmall);
      expect(reportLarge).toBe(reportSmall);
      expect(goalLarge).toBeLessThanOrEqual(20);
      expect(reportLarge).toBeLessThanOrEqual(16);
    } finally {
      holder.northstarDb = original;
    }
  });
});

describe('streaming the dashboard', () => {
  it('gives the status widgets their figures while a slow read for another widget is still running', async () => {
    const holder = globalThis as unknown as { northstarDb?: Db };
    const original = holder.northstarDb ?? getDb();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Updates feed only "needs attention": hold that one query back.
    holder.northstarDb = original.$extends({
      query: {
        update: {
          async findMany({ args, query }) {
            await gate;
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    try {
      const parts = loadDashboard(await actorFor('cabinet@example.org'), {});
      let attentionDone = false;
      void parts.attention.then(() => (attentionDone = true));
      const status = await parts.status;
      expect(status.goals).toHaveLength(12);
      expect((await parts.context).plan.name).toBe('Strategic Plan 2022–2025');
      expect(attentionDone).toBe(false);
      release();
      const attention = await parts.attention;
      expect(attention.goals).toHaveLength(12);
      expect(attention.attention.overdue?.period.code).toBe('2024-25-Q4');
    } finally {
      release();
      holder.northstarDb = original;
    }
  });
});
