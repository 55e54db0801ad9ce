// The county bench's data: N organizations, each with one active, published plan of M goals
// (objectives → priorities → goals → 2 quarterly measures a goal, 3 on every 20th goal), the
// 15 California student groups, 12 quarters, divisions and accounts, and an approved update with
// values for every measure × group × quarter; the latest quarter is still in review for some
// goals (drafts and submitted updates), so /review and /updates have work. Pure and
// deterministic: rows for COPY, no I/O, the same data on every run.
import { periodsForCycle, type PeriodSpec } from '@/lib/periods';
import { DEMO_GROUP_OFFSETS, DEMO_GROUP_SHARES, STUDENT_GROUPS } from '@/lib/seed/demo-data';
import { expectedValueAt, finalTarget, type Direction, type TargetKind, type TargetSpec } from '@/lib/targets';

export interface CountyScale {
  orgs: number;
  goals: number;
}

/** A COPY cell: JSON columns take a JSON string; a string[] is a PostgreSQL text[]. */
export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

/** The plan's cycle: three school years, twelve quarters, all past (2023-24 Q1 … 2025-26 Q4). */
export const CYCLE = { start: '2023-07-01', end: '2026-06-30', slug: '2023-2026' } as const;
const BASELINE_DATE = '2023-06-30';
const BASELINE_LABEL = '2022-23';
const DIVISIONS = [
  { code: 'ES', name: 'Educational Services' },
  { code: 'SS', name: 'Student Support Services' },
  { code: 'SPED', name: 'Special Education' },
  { code: 'CCR', name: 'College and Career Readiness' },
  { code: 'FCE', name: 'Family and Community Engagement' },
  { code: 'HR', name: 'Human Resources' },
  { code: 'BS', name: 'Business Services' },
  { code: 'TS', name: 'Technology Services' },
];
const OBJECTIVES = [
  { prefix: 'AA', name: 'Academic Achievement for Every Student', priorities: ['Early literacy', 'Mathematics', 'English learners', 'Science and inquiry'] },
  { prefix: 'WB', name: 'Student Wellbeing and Engagement', priorities: ['Attendance', 'Positive school climate', 'Mental health', 'Safe schools'] },
  { prefix: 'CR', name: 'College, Career and Life Readiness', priorities: ['Graduation', 'A–G completion', 'Career pathways', 'Dual enrollment'] },
  { prefix: 'FC', name: 'Family and Community Partnership', priorities: ['Family engagement', 'Community schools', 'Communication', 'Partnerships'] },
  { prefix: 'OE', name: 'Operational Excellence', priorities: ['Staffing', 'Facilities', 'Technology', 'Fiscal health'] },
];

type Unit = 'PERCENT' | 'COUNT' | 'POINTS' | 'SCALE_SCORE' | 'INDEX';
interface MeasureTemplate {
  name: string;
  goal: string;
  unit: Unit;
  direction: Direction;
  decimals: number;
  baseline: number;
  kind: TargetKind;
  amount: number;
  dataSource: string;
  /** Explicit interim targets at the end of 2023-24 and 2024-25. */
  interim?: boolean;
  /** A gap measure: focus group against All students. */
  focus?: string;
}

// Shapes taken from the seed plans: rates to raise or lower, scale scores with annual
// growth, counts with annual percent growth, indexes with a value target.
const TEMPLATES: MeasureTemplate[] = [
  { name: 'Students meeting or exceeding the ELA standard (CAASPP, grades 3–8)', goal: 'Raise reading proficiency', unit: 'PERCENT', direction: 'INCREASE', decimals: 1, baseline: 41.2, kind: 'ANNUAL_CHANGE', amount: 3, dataSource: 'CAASPP Smarter Balanced ELA, district results' },
  { name: 'Chronic absenteeism rate', goal: 'Reduce chronic absenteeism', unit: 'PERCENT', direction: 'DECREASE', decimals: 1, baseline: 24.6, kind: 'PERCENT_CHANGE', amount: 15, dataSource: 'CALPADS end-of-year attendance' },
  { name: 'Average scale score, mathematics grade 8', goal: 'Improve mathematics achievement', unit: 'SCALE_SCORE', direction: 'INCREASE', decimals: 0, baseline: 2487, kind: 'ANNUAL_CHANGE', amount: 5, dataSource: 'CAASPP Smarter Balanced mathematics' },
  { name: 'Four-year adjusted cohort graduation rate', goal: 'Graduate every student ready for what comes next', unit: 'PERCENT', direction: 'INCREASE', decimals: 1, baseline: 86.4, kind: 'VALUE', amount: 92, dataSource: 'California Dashboard graduation rate', interim: true },
  { name: 'Suspension rate (one or more days)', goal: 'Keep students in school', unit: 'PERCENT', direction: 'DECREASE', decimals: 1, baseline: 3.8, kind: 'CHANGE', amount: 1.5, dataSource: 'CALPADS discipline data' },
  { name: 'Graduates completing A–G requirements', goal: 'Expand access to college preparation', unit: 'PERCENT', direction: 'INCREASE', decimals: 1, baseline: 48.5, kind: 'ANNUAL_PERCENT_CHANGE', amount: 5, dataSource: 'CALPADS course completion', interim: true },
  { name: 'English learners reclassified as fluent English proficient', goal: 'Accelerate English language development', unit: 'COUNT', direction: 'INCREASE', decimals: 0, baseline: 1240, kind: 'ANNUAL_PERCENT_CHANGE', amount: 8, dataSource: 'ELPAC and district reclassification records' },
  { name: 'Family engagement index (annual survey)', goal: 'Strengthen partnership with families', unit: 'INDEX', direction: 'INCREASE', decimals: 1, baseline: 62.3, kind: 'VALUE', amount: 75, dataSource: 'California School Parent Survey' },
  { name: 'Students meeting the ELA standard, with the English learner gap', goal: 'Close opportunity gaps for English learners', unit: 'PERCENT', direction: 'INCREASE', decimals: 1, baseline: 43.5, kind: 'CHANGE', amount: 6, dataSource: 'CAASPP Smarter Balanced ELA', focus: 'EL' },
  { name: 'Students reporting school connectedness', goal: 'Every student belongs', unit: 'PERCENT', direction: 'INCREASE', decimals: 1, baseline: 58.1, kind: 'VALUE', amount: 70, dataSource: 'California Healthy Kids Survey' },
  { name: 'Distance from standard, mathematics (points)', goal: 'Move every student toward the math standard', unit: 'POINTS', direction: 'DECREASE', decimals: 1, baseline: 42.5, kind: 'PERCENT_CHANGE', amount: 20, dataSource: 'California Dashboard academic indicator' },
];

const STATEMENT =
  'By June 2026, the district will {goal} for all students, with the fastest growth for the student groups furthest from the target, measured each quarter and reported to the board with the actions taken, what was learned and what changes next.';
const NARRATIVE =
  'Progress this quarter followed the plan: the division ran the planned activities at every site, reviewed the data with principals and adjusted supports where results lagged. Next step: keep the current cycle, share what worked and add coaching at the schools furthest behind.';

/** A small integer hash in [0, 1): deterministic noise without strings. */
function noise(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4_294_967_296;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** cuid-shaped ids (25 lowercase letters and digits), unique per table tag and counter. */
function idMaker() {
  const counters = new Map<string, number>();
  return (tag: string) => {
    const n = (counters.get(tag) ?? 0) + 1;
    counters.set(tag, n);
    return `c${tag}${n.toString(36).padStart(24 - tag.length, '0')}`;
  };
}

export const countySlug = (org: number) => `district-${pad(org + 1)}`;
export const countyEmail = (org: number, who: string) => `${who}@${countySlug(org)}.example.org`;
export const leadOf = (division: number) => `lead-${DIVISIONS[division]!.code.toLowerCase()}`;

export interface CountyMeasure {
  id: string;
  goalIndex: number;
  unit: Unit;
  decimals: number;
  spec: TargetSpec;
}

export interface CountyOrg {
  index: number;
  id: string;
  slug: string;
  planId: string;
  students: number;
  groups: { id: string; code: string }[];
  quarters: { id: string; spec: PeriodSpec }[];
  goalIds: string[];
  measures: CountyMeasure[];
  /** Per goal and quarter: the update's id and state, its reviewer dates and author. */
  updates: { id: string; state: 'APPROVED' | 'SUBMITTED' | 'DRAFT'; submittedAt: string; reviewedAt: string | null; authorId: string }[][];
}

export interface CountyStructure {
  orgs: CountyOrg[];
  /** Every table but Observation, in the order foreign keys need. */
  tables: { name: string; rows: Row[] }[];
}

/** The state of goal g's update in the plan's last quarter: most approved, some in review. */
export function lastQuarterState(goal: number): 'APPROVED' | 'SUBMITTED' | 'DRAFT' {
  if (goal % 10 === 0) return 'DRAFT';
  if (goal % 10 === 5) return 'SUBMITTED';
  return 'APPROVED';
}

export const measuresOfGoal = (goal: number) => (goal % 20 === 0 ? 3 : 2);

/** The organizations, plans, structure, accounts and updates; observations come from `observationRows`. */
export function buildCountyStructure(scale: CountyScale, passwordHash: string, now = new Date()): CountyStructure {
  const id = idMaker();
  const t = (name: string) => ({ name, rows: [] as Row[] });
  const tables = {
    Organization: t('Organization'),
    StudentGroup: t('StudentGroup'),
    Division: t('Division'),
    User: t('User'),
    Plan: t('Plan'),
    ReportingPeriod: t('ReportingPeriod'),
    Objective: t('Objective'),
    Priority: t('Priority'),
    Goal: t('Goal'),
    GoalFocusGroup: t('GoalFocusGroup'),
    Measure: t('Measure'),
    MeasureStudentGroup: t('MeasureStudentGroup'),
    InterimTarget: t('InterimTarget'),
    MeasureTargetVersion: t('MeasureTargetVersion'),
    Update: t('Update'),
    AuditEvent: t('AuditEvent'),
  };
  const stamp = now.toISOString();
  const orgs: CountyOrg[] = [];
  const periodSpecs = periodsForCycle(day(CYCLE.start), day(CYCLE.end));
  const lastQuarterCode = periodSpecs.filter((p) => p.kind === 'QUARTER').at(-1)!.code;

  for (let o = 0; o < scale.orgs; o++) {
    const orgId = id('o');
    const slug = countySlug(o);
    tables.Organization.rows.push({ id: orgId, slug, name: `County District ${pad(o + 1)} Unified School District`, shortName: `CD${pad(o + 1)}`, timeZone: 'America/Los_Angeles' });
    const groups = STUDENT_GROUPS.map((g, position) => {
      const row = { id: id('sg'), organizationId: orgId, code: g.code, name: g.name, nameEs: g.nameEs, position, category: g.category ?? null, isAll: g.isAll ?? false };
      tables.StudentGroup.rows.push(row);
      return { id: row.id, code: g.code };
    });
    const groupId = (code: string) => groups.find((g) => g.code === code)!.id;
    const divisions = DIVISIONS.map((d) => {
      const row = { id: id('dv'), organizationId: orgId, code: d.code, name: d.name };
      tables.Division.rows.push(row);
      return row.id;
    });
    const user = (who: string, name: string, role: string, division: number | null) => {
      const row = { id: id('us'), organizationId: orgId, email: countyEmail(o, who), name, passwordHash, role, divisionId: division === null ? null : divisions[division]!, active: true, isDemo: false, updatedAt: stamp };
      tables.User.rows.push(row);
      return row.id;
    };
    const adminId = user('admin', `Administrator ${pad(o + 1)}`, 'ADMIN', null);
    user('cabinet', `Cabinet member ${pad(o + 1)}`, 'CABINET', null);
    user('cabinet2', `Deputy superintendent ${pad(o + 1)}`, 'CABINET', null);
    const leads = DIVISIONS.map((d, k) => user(leadOf(k), `${d.name} lead`, 'LEAD', k));
    DIVISIONS.forEach((d, k) => user(`staff-${d.code.toLowerCase()}`, `${d.name} analyst`, 'STAFF', k));

    const planId = id('pl');
    tables.Plan.rows.push({
      id: planId, organizationId: orgId, slug: CYCLE.slug, name: 'Strategic Plan 2023–2026', nameEs: 'Plan Estratégico 2023–2026',
      cycleStart: CYCLE.start, cycleEnd: CYCLE.end,
      vision: 'Every student leaves our schools prepared, confident and connected to a future of their choosing.',
      mission: 'We provide every student with rigorous, joyful learning in safe and welcoming schools, in partnership with families and community.',
      values: ['Equity', 'Excellence', 'Integrity', 'Collaboration'], status: 'ACTIVE', published: true, publishedAt: stamp,
      objectiveLabel: 'Goal area', objectiveLabelPlural: 'Goal areas', priorityLabel: 'Priority', priorityLabelPlural: 'Priorities', goalLabel: 'Goal', goalLabelPlural: 'Goals',
      atRiskThreshold: 0.8, demoProgress: false, updatedAt: stamp,
    });
    const quarters: CountyOrg['quarters'] = [];
    for (const p of periodSpecs) {
      const row = {
        id: id('rp'), organizationId: orgId, planId, kind: p.kind, code: p.code, label: p.label, schoolYear: p.schoolYear, quarter: p.quarter,
        startDate: iso(p.startDate), endDate: iso(p.endDate), dueDate: iso(p.dueDate),
        // Every quarter but the last is done and closed; the last is still open for the updates in review.
        closed: p.kind === 'QUARTER' && p.code !== lastQuarterCode,
      };
      tables.ReportingPeriod.rows.push(row);
      if (p.kind === 'QUARTER') quarters.push({ id: row.id, spec: p });
    }

    // Objectives and priorities, the goals spread over them in order.
    const priorityCount = Math.min(OBJECTIVES.length * 4, scale.goals);
    const objectiveCount = Math.min(OBJECTIVES.length, priorityCount);
    const objectiveIds: string[] = [];
    for (let k = 0; k < objectiveCount; k++) {
      const row = { id: id('ob'), organizationId: orgId, planId, position: k, name: OBJECTIVES[k]!.name, description: `Everything the district does to advance ${OBJECTIVES[k]!.name.toLowerCase()}.` };
      tables.Objective.rows.push(row);
      objectiveIds.push(row.id);
    }
    const priorities: { id: string; objective: number }[] = [];
    for (let p = 0; p < priorityCount; p++) {
      const objective = Math.floor((p * objectiveCount) / priorityCount);
      const position = priorities.filter((x) => x.objective === objective).length;
      const row = { id: id('pr'), organizationId: orgId, objectiveId: objectiveIds[objective]!, position, name: OBJECTIVES[objective]!.priorities[position % 4]!, description: '' };
      tables.Priority.rows.push(row);
      priorities.push({ id: row.id, objective });
    }

    const goalIds: string[] = [];
    const measures: CountyMeasure[] = [];
    const updates: CountyOrg['updates'] = [];
    const codeCounters = new Map<number, number>();
    for (let g = 0; g < scale.goals; g++) {
      const p = Math.floor((g * priorityCount) / scale.goals);
      const priority = priorities[p]!;
      const positionInPriority = g - Math.ceil((p * scale.goals) / priorityCount);
      const objective = OBJECTIVES[priority.objective]!;
      const number = (codeCounters.get(priority.objective) ?? 0) + 1;
      codeCounters.set(priority.objective, number);
      const division = g % DIVISIONS.length;
      const first = TEMPLATES[g % TEMPLATES.length]!;
      const goalId = id('go');
      goalIds.push(goalId);
      tables.Goal.rows.push({
        id: goalId, organizationId: orgId, planId, priorityId: priority.id, position: Math.max(0, positionInPriority), code: `${objective.prefix}-${number}`,
        title: `${first.goal} (${objective.priorities[p % 4]!.toLowerCase()})`,
        statement: STATEMENT.replace('{goal}', first.goal.toLowerCase()),
        divisionId: divisions[division]!, deadline: CYCLE.end,
        inclusion: 'All students in grades TK–12, every school, with results for each student group.',
        equityFocus: 'English learners, students with disabilities and foster youth, whose results trail the district most.',
        updatedAt: stamp,
      });
      if (g % 4 === 1) {
        tables.GoalFocusGroup.rows.push({ goalId, studentGroupId: groupId('EL') }, { goalId, studentGroupId: groupId('SWD') });
      }
      for (let m = 0; m < measuresOfGoal(g); m++) {
        const tpl = TEMPLATES[(g + m * 3) % TEMPLATES.length]!;
        const measureId = id('me');
        // Each district starts from its own baseline, within a few percent of the template's.
        const baseline = Number((tpl.baseline * (0.9 + 0.2 * noise(o, g, m))).toFixed(tpl.decimals));
        const final = finalTarget({ kind: tpl.kind, amount: tpl.amount, direction: tpl.direction, baseline, baselineDate: day(BASELINE_DATE), deadline: day(CYCLE.end) }) ?? tpl.amount;
        // Explicit interim targets a little behind the straight line: the plan expects a slow start.
        const interimTargets = tpl.interim
          ? [
              { date: '2024-06-30', label: '2023-24', value: Number((baseline + ((final - baseline) * 1) / 4).toFixed(tpl.decimals)) },
              { date: '2025-06-30', label: '2024-25', value: Number((baseline + ((final - baseline) * 3) / 5).toFixed(tpl.decimals)) },
            ]
          : [];
        tables.Measure.rows.push({
          id: measureId, organizationId: orgId, goalId, position: m, code: `M${m + 1}`, name: tpl.name, unit: tpl.unit, direction: tpl.direction, decimals: tpl.decimals,
          dataSource: tpl.dataSource, cadence: 'QUARTERLY', baselineValue: baseline, baselineDate: BASELINE_DATE, baselineLabel: BASELINE_LABEL,
          baselineNote: 'Stated in the plan.', targetKind: tpl.kind, targetAmount: tpl.amount, targetDate: CYCLE.end, disaggregated: true,
          focusGroupId: tpl.focus ? groupId(tpl.focus) : null, referenceGroupId: tpl.focus ? groupId('ALL') : null, gapReductionPercent: tpl.focus && g % 2 === 0 ? 30 : null,
          updatedAt: stamp,
        });
        for (const group of groups) tables.MeasureStudentGroup.rows.push({ measureId, studentGroupId: group.id });
        for (const target of interimTargets) tables.InterimTarget.rows.push({ id: id('it'), organizationId: orgId, measureId, ...target });
        // Every 25th measure had its target revised by the board half-way through the cycle.
        if ((g * 3 + m) % 25 === 7) {
          const version = { organizationId: orgId, measureId, baselineValue: baseline, baselineDate: BASELINE_DATE, baselineLabel: BASELINE_LABEL, targetKind: tpl.kind, targetDate: CYCLE.end, createdById: adminId };
          tables.MeasureTargetVersion.rows.push(
            { id: id('tv'), ...version, effectiveFrom: null, targetAmount: tpl.kind === 'VALUE' ? tpl.amount + (tpl.direction === 'INCREASE' ? 3 : -3) : tpl.amount * 1.5, interimTargets: '[]', reason: '', boardApprovedOn: null },
            { id: id('tv'), ...version, effectiveFrom: '2025-01-01', targetAmount: tpl.amount, interimTargets: JSON.stringify(interimTargets), reason: 'The board revised the target after the 2023-24 results.', boardApprovedOn: '2024-12-10' },
          );
        }
        measures.push({
          id: measureId, goalIndex: g, unit: tpl.unit, decimals: tpl.decimals,
          spec: { kind: tpl.kind, amount: tpl.amount, direction: tpl.direction, baseline, baselineDate: day(BASELINE_DATE), deadline: day(CYCLE.end), interimTargets: interimTargets.map((x) => ({ date: day(x.date), value: x.value, label: x.label })) },
        });
      }

      const goalUpdates: CountyOrg['updates'][number] = [];
      for (const [q, quarter] of quarters.entries()) {
        const last = q === quarters.length - 1;
        const state = last ? lastQuarterState(g) : 'APPROVED';
        const due = quarter.spec.dueDate.getTime();
        const submittedAt = new Date(due - 6 * 86_400_000).toISOString();
        const reviewedAt = state === 'APPROVED' ? new Date(due - 3 * 86_400_000).toISOString() : null;
        const tone = noise(o, g, q);
        const row = {
          id: id('up'), organizationId: orgId, goalId, periodId: quarter.id, state, narrative: NARRATIVE,
          reportedStatus: state === 'DRAFT' ? null : tone > 0.3 ? 'ON_TRACK' : tone > 0.1 ? 'AT_RISK' : 'OFF_TRACK',
          pdsaPlan: 'Weekly data reviews with site leaders; targeted coaching at the schools furthest behind.',
          pdsaDo: 'Ran the planned cycle at every site.', pdsaStudy: 'Results moved where coaching was steady.', pdsaAct: 'Extend coaching to two more schools.',
          evidenceLinks: q % 3 === 0 ? ['https://example.org/board/minutes'] : [], reviewerComment: '', version: state === 'DRAFT' ? 1 : 2,
          createdById: leads[division]!, updatedById: leads[division]!, submittedAt: state === 'DRAFT' ? null : submittedAt, reviewedAt, isDemo: false,
          createdAt: submittedAt, updatedAt: reviewedAt ?? submittedAt,
        };
        tables.Update.rows.push(row);
        goalUpdates.push({ id: row.id, state, submittedAt, reviewedAt, authorId: leads[division]! });
      }
      updates.push(goalUpdates);
    }
    tables.AuditEvent.rows.push({ id: id('ae'), organizationId: orgId, actorId: null, action: 'seed.county', entityType: 'Plan', entityId: planId, after: JSON.stringify({ goals: scale.goals }) });
    orgs.push({ index: o, id: orgId, slug, planId, students: Math.round(6_000 + 60_000 * noise(o, 7)), groups, quarters, goalIds, measures, updates });
  }
  return { orgs, tables: Object.values(tables) };
}

/** Observation's columns, in the order `observationRows` yields them. */
export const OBSERVATION_COLUMNS = [
  'id', 'organizationId', 'measureId', 'periodId', 'reportedPeriodId', 'studentGroupId', 'updateId',
  'value', 'n', 'state', 'approvedAt', 'enteredById', 'isDemo', 'createdAt', 'updatedAt',
] as const;

const OFFSET_SCALE: Record<Unit, number> = { PERCENT: 0.15, POINTS: 0.3, INDEX: 0.1, SCALE_SCORE: 1, COUNT: 0 };

/**
 * One organization's observations: every measure × student group × quarter, reported in that
 * quarter and as of it, in the state of the goal's update. Each goal runs ahead of or behind its
 * target path by its own factor, so the dashboard shows every status.
 */
export function* observationRows(org: CountyOrg): Generator<Cell[]> {
  let counter = 0;
  const prefix = `cob${org.index.toString(36).padStart(3, '0')}`;
  for (const [mi, measure] of org.measures.entries()) {
    const performance = 0.45 + 0.85 * noise(org.index, measure.goalIndex, 99);
    const baseline = measure.spec.baseline ?? 0;
    const span = Math.max(Math.abs((expectedValueAt(measure.spec, measure.spec.deadline) ?? baseline) - baseline), Math.abs(baseline) * 0.02);
    for (const [q, quarter] of org.quarters.entries()) {
      const update = org.updates[measure.goalIndex]![q]!;
      const expected = expectedValueAt(measure.spec, quarter.spec.endDate) ?? baseline;
      const all = baseline + (expected - baseline) * performance + (noise(mi, q, org.index) - 0.5) * span * 0.1;
      const approvedAt = update.state === 'APPROVED' ? update.reviewedAt : null;
      for (const [k, group] of org.groups.entries()) {
        let value: number;
        if (measure.unit === 'COUNT') {
          value = k === 0 ? all : all * Math.max(DEMO_GROUP_SHARES[group.code] ?? 0.05, 0.001);
        } else {
          value = all + (k === 0 ? 0 : (DEMO_GROUP_OFFSETS[group.code] ?? 0) * OFFSET_SCALE[measure.unit] + (noise(k, q, mi) - 0.5) * span * 0.3);
        }
        if (measure.unit === 'PERCENT') value = Math.min(100, Math.max(0, value));
        // The justice-impacted cohort is always tiny, so public pages show suppression.
        const n = measure.unit === 'COUNT' ? null : group.code === 'JIY' ? 9 : Math.max(1, Math.round(org.students * (DEMO_GROUP_SHARES[group.code] ?? 0.05)));
        counter++;
        yield [
          `${prefix}${counter.toString(36).padStart(21, '0')}`, org.id, measure.id, quarter.id, quarter.id, group.id, update.id,
          value.toFixed(measure.decimals), n, update.state, approvedAt, update.authorId, false, update.submittedAt, approvedAt ?? update.submittedAt,
        ];
      }
    }
  }
}

/** How many observations `observationRows` yields for a scale. */
export function observationCount(scale: CountyScale): number {
  let measures = 0;
  for (let g = 0; g < scale.goals; g++) measures += measuresOfGoal(g);
  return scale.orgs * measures * STUDENT_GROUPS.length * 12;
}
