import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LACOE, STUDENT_GROUPS } from '@/lib/seed/demo-data';
import { nextCycleDocumentSchema } from '@/lib/data/plan/next-cycle-document';
import { planDocumentSchema } from '@/lib/data/plan/document';

const raw = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/plans/lacoe-2022-2025.json'), 'utf8'));

// The owning division of each goal (division codes of the LACOE demo organization).
const DIVISION_BY_GOAL: Record<string, string> = {
  'SO-1': 'CIS',
  'SO-2': 'CIS',
  'SO-3': 'JCCS',
  'WB-1': 'SSS',
  'WB-2': 'HRS',
  'CC-1': 'SPCS',
  'CC-2': 'SPCS',
  'CC-3': 'EP',
  'CE-1': 'COMM',
  'OE-1': 'OS',
  'OE-2': 'TS',
  'OE-3': 'BAS',
};

describe('the LACOE 2022-25 plan file', () => {
  const parsed = planDocumentSchema.safeParse(raw);

  it('validates against the plan document schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  const doc = planDocumentSchema.parse(raw);
  const priorities = doc.plan.objectives.flatMap((o) => o.priorities);
  const goals = priorities.flatMap((p) => p.goals);
  const measures = goals.flatMap((g) => g.measures);

  it('carries the plan’s cycle, vision, mission and values', () => {
    expect(doc.plan).toMatchObject({
      slug: '2022-2025',
      cycleStart: '2022-07-01',
      cycleEnd: '2025-06-30',
      vision: 'A culture of excellence in ALL we do.',
      mission: 'Improving the lives of students and our educational community through service, leadership and advocacy.',
      values: ['Equity', 'Integrity and Respect', 'Collaboration', 'Open Communication and Responsiveness'],
      status: 'ACTIVE',
      published: true,
    });
  });

  it('holds 5 pillars, 11 priority areas and 12 goals under the plan’s own level names', () => {
    expect(doc.plan.objectives.map((o) => o.name)).toEqual([
      'Improve Student Outcomes',
      'Champion Individual and Collective Care and Wellbeing',
      'Strengthen Community with Children at the Center',
      'Communicate Effectively',
      'Model Organizational Excellence and Innovation',
    ]);
    expect(priorities).toHaveLength(11);
    expect(goals).toHaveLength(12);
    expect(new Set(goals.map((g) => g.code)).size).toBe(12);
    expect(doc.plan.levels.objective.singular).toBe('Pillar');
    expect(doc.plan.levels.priority.singular).toBe('Priority area');
    expect(doc.plan.levels.goal.singular).toBe('Goal');
    for (const o of doc.plan.objectives) expect(o.description).not.toMatch(/\*/);
  });

  it('gives every goal a measure, an owning division and the June 2025 deadline', () => {
    const divisions = new Set<string>(LACOE.divisions.map((d) => d.code));
    for (const goal of goals) {
      expect(goal.measures.length).toBeGreaterThan(0);
      expect(divisions.has(goal.division ?? '')).toBe(true);
      expect(goal.division).toBe(DIVISION_BY_GOAL[goal.code]);
      expect(goal.deadline).toBe('2025-06-30');
      expect(goal.statement).toMatch(/^By June 2025, /);
      expect(new Set(goal.measures.map((m) => m.code)).size).toBe(goal.measures.length);
      for (const m of goal.measures) expect(m.target.date).toBe('2025-06-30');
    }
  });

  it('uses only known student groups', () => {
    const groups = new Set(STUDENT_GROUPS.map((g) => g.code));
    for (const goal of goals) for (const code of goal.focusGroups) expect(groups.has(code)).toBe(true);
    for (const m of measures) {
      for (const code of [...m.studentGroups, m.focusGroup, m.referenceGroup]) {
        if (code) expect(groups.has(code)).toBe(true);
      }
      if (m.focusGroup || m.referenceGroup) expect(m.disaggregated).toBe(true);
    }
  });

  it('records the one baseline the plan states — chronic absenteeism, 31.2% in 2021-22 — and invents none', () => {
    const stated = measures.filter((m) => m.baseline.value !== null);
    expect(stated).toHaveLength(1);
    expect(stated[0]).toMatchObject({
      code: 'CHRONIC-ABS',
      unit: 'PERCENT',
      direction: 'DECREASE',
      baseline: { value: 31.2, label: '2021-22', date: '2022-06-30' },
      target: { kind: 'PERCENT_CHANGE', amount: 10 },
    });
    for (const m of measures.filter((x) => x.baseline.value === null)) {
      expect(m.baseline).toEqual({ value: null, date: null, label: null, note: 'The plan states no baseline.', isDemo: false });
    }
  });

  it('reads each goal’s target the way its text states it', () => {
    const byCode = new Map(goals.map((g) => [g.code, g.measures.map((m) => `${m.direction}:${m.target.kind}:${m.target.amount}`)]));
    expect(Object.fromEntries(byCode)).toEqual({
      'SO-1': ['INCREASE:ANNUAL_CHANGE:5', 'INCREASE:ANNUAL_CHANGE:5', 'INCREASE:ANNUAL_CHANGE:5'],
      'SO-2': ['INCREASE:ANNUAL_CHANGE:5', 'INCREASE:ANNUAL_CHANGE:5', 'INCREASE:ANNUAL_CHANGE:5'],
      'SO-3': ['INCREASE:ANNUAL_PERCENT_CHANGE:5'],
      'WB-1': ['DECREASE:PERCENT_CHANGE:10'],
      'WB-2': ['INCREASE:VALUE:100', 'INCREASE:VALUE:100'],
      'CC-1': ['INCREASE:ANNUAL_PERCENT_CHANGE:20'],
      'CC-2': ['INCREASE:CHANGE:105'],
      'CC-3': ['DECREASE:PERCENT_CHANGE:10'],
      'CE-1': ['INCREASE:ANNUAL_PERCENT_CHANGE:10'],
      'OE-1': ['INCREASE:VALUE:100'],
      'OE-2': ['INCREASE:VALUE:100'],
      'OE-3': ['INCREASE:VALUE:100'],
    });
  });

  it('measures literacy and numeracy by grade, disaggregated, with the justice-impacted youth gap in focus', () => {
    const scale = goals
      .filter((g) => g.code === 'SO-1' || g.code === 'SO-2')
      .flatMap((g) => g.measures.map((m) => ({ goal: g.code, ...m })));
    expect(scale.map((m) => m.code)).toEqual(['ELA-G3', 'ELA-G8', 'ELA-G11', 'MATH-G3', 'MATH-G8', 'MATH-G11']);
    for (const m of scale) {
      expect(m).toMatchObject({ unit: 'SCALE_SCORE', cadence: 'ANNUAL', decimals: 0, disaggregated: true, focusGroup: 'JIY', referenceGroup: 'ALL' });
      expect(new Set(m.studentGroups)).toEqual(new Set(STUDENT_GROUPS.map((g) => g.code)));
    }
  });
});

// The other seed plans, checked against the published texts they were written from
// (prisma/plans/sources/*.txt): every statement in a plan file is a passage of its text.
const plansDir = path.resolve(import.meta.dirname, '../../prisma/plans');
const readPlanFile = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(plansDir, file), 'utf8'));
const normalize = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The source text with its known defects repaired (typos, the garbled organization name). */
function sourceText(file: string, repairs: [from: string | RegExp, to: string][] = []) {
  // Non-breaking spaces become plain ones first, so the repairs below see ordinary text.
  let text = fs.readFileSync(path.join(plansDir, 'sources', file), 'utf8').replace(/\u00a0/g, ' ');
  for (const [from, to] of repairs) text = text.replaceAll(from, to);
  return normalize(text);
}

/** Each sentence (and each bullet line) of `text` appears in the source text. */
function expectPassagesOf(source: string, text: string) {
  const passages = text
    .split(/\n|(?<=[.?!:])\s+/)
    .map((s) => s.replace(/^•\s*/, '').replace(/[.:]$/, ''))
    .filter((s) => s.trim() !== '');
  for (const passage of passages) expect(source, `"${passage}" is not in the source text`).toContain(normalize(passage));
}

function expectPlanTextFrom(source: string, plan: ReturnType<typeof planDocumentSchema.parse>['plan']) {
  const texts = [
    plan.vision,
    plan.mission,
    plan.overarchingGoal,
    plan.equityStatement,
    ...plan.values,
    ...plan.corePractices,
    ...plan.objectives.flatMap((o) => [o.name, o.description]),
  ];
  for (const text of texts) expectPassagesOf(source, text);
}

const allMeasures = (doc: ReturnType<typeof planDocumentSchema.parse>) =>
  doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)));

describe('the San Mateo COE 2023-28 plan file', () => {
  const raw = readPlanFile('smcoe-2023-2028.json');
  const parsed = planDocumentSchema.safeParse(raw);
  // The published copy garbles the organization's name; the plan file spells it out.
  const source = sourceText('smcoe-2023-2028.txt', [
    ['One小蓝视频', 'One SMCOE'],
    [/the 小蓝视频/gi, 'the San Mateo County Office of Education'],
    ['小蓝视频', 'SMCOE'],
    ['addresses addresses', 'addresses'],
  ]);

  it('validates against the plan document schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  const doc = planDocumentSchema.parse(raw);

  it('carries its cycle, vision, mission, core practices and equity statement, published', () => {
    expect(doc.plan).toMatchObject({
      slug: '2023-2028',
      cycleStart: '2023-07-01',
      cycleEnd: '2028-06-30',
      vision: 'Excellence and Equity in Education – Every Student, Every Educator, and Every School',
      corePractices: ['Growth Mindset', 'Trauma-Informed Approach', 'Cultural Humility'],
      status: 'ACTIVE',
      published: true,
    });
    expect(doc.plan.equityStatement.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(4);
    expect(doc.plan.equityStatement).toMatch(/^The San Mateo County Office of Education welcomes and embraces/);
  });

  it('holds its four goals under its own level names: Goal → Objective → Desired outcome', () => {
    expect(doc.plan.objectives.map((o) => o.name)).toEqual([
      'Support Whole-Child Student Outcomes',
      'Build the Workforce for Student Success',
      'Strengthen Advocacy and Partnerships',
      'Embody One SMCOE Vision and Values',
    ]);
    expect(doc.plan.levels).toEqual({
      objective: { singular: 'Goal', plural: 'Goals' },
      priority: { singular: 'Objective', plural: 'Objectives' },
      goal: { singular: 'Desired outcome', plural: 'Desired outcomes' },
    });
  });

  it('states only what its text states, word for word', () => {
    expectPlanTextFrom(source, doc.plan);
  });

  it('invents no objective, outcome or measure its text does not give', () => {
    for (const o of doc.plan.objectives) expect(o.priorities).toEqual([]);
    expect(allMeasures(doc)).toEqual([]);
  });
});

describe('the LAUSD 2022-26 plan file', () => {
  const raw = readPlanFile('lausd-2022-2026.json');
  const parsed = planDocumentSchema.safeParse(raw);
  const source = sourceText('lausd-2022-2026.txt');

  it('validates against the plan document schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  const doc = planDocumentSchema.parse(raw);

  it('carries its singular goal, mission, vision and core beliefs over a four-year cycle, published', () => {
    expect(doc.plan).toMatchObject({
      slug: '2022-2026',
      cycleStart: '2022-07-01',
      cycleEnd: '2026-06-30',
      overarchingGoal: 'Ensure ALL our students graduate READY FOR THE WORLD – to thrive in college, career, and life.',
      mission:
        'Realizing excellence for all students by providing the unique, rigorous, culturally relevant education that each and every student deserves.',
      status: 'ACTIVE',
      published: true,
    });
    expect(doc.plan.vision).toMatch(/^Los Angeles Unified will be the premier public school district/);
    expect(doc.plan.values).toHaveLength(3);
    for (const belief of doc.plan.values) expect(belief).toMatch(/^We believe /);
  });

  it('holds its five pillars under its own level names: Pillar → Priority → Measure of success', () => {
    expect(doc.plan.objectives.map((o) => o.name)).toEqual([
      'Rigorous and Responsive Academic Programs to Achieve Excellence for All',
      'Safe and Healthy Environments to Promote Joy and Wellness',
      'Authentic Engagement to Leverage the Power of Our Families, Communities, and Educational Partners',
      'Innovative Operations to Ensure Lasting Organizational Success',
      'Development and Uplifting of Talented Staff to Serve All Students',
    ]);
    expect(doc.plan.levels.objective.singular).toBe('Pillar');
    expect(doc.plan.levels.priority.singular).toBe('Priority');
    expect(doc.plan.levels.goal.singular).toBe('Measure of success');
  });

  it('states only what its text states, word for word', () => {
    expectPlanTextFrom(source, doc.plan);
  });

  it('invents no priority, measure or yearly target: its text lists none', () => {
    // The text names the pillars' priorities and measures of success but does not list them.
    expect(source).toContain('each pillar contains several priorities');
    for (const o of doc.plan.objectives) expect(o.priorities).toEqual([]);
    expect(allMeasures(doc)).toEqual([]);
  });
});

describe('the LACOE 2025-28 next-cycle file', () => {
  const raw = readPlanFile('lacoe-2025-2028.json');
  const parsed = nextCycleDocumentSchema.safeParse(raw);
  const source = sourceText('lacoe-2025-2028.txt', [['ecoystem', 'ecosystem']]);

  it('validates against the next-cycle document schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  const frame = nextCycleDocumentSchema.parse(raw);
  const previous = planDocumentSchema.parse(JSON.parse(fs.readFileSync(path.join(plansDir, 'lacoe-2022-2025.json'), 'utf8')));

  it('follows the 2022-25 plan as a draft of the 2025-28 cycle, unpublished', () => {
    expect(frame.previousPlan).toBe(previous.plan.slug);
    expect(frame.plan).toMatchObject({
      slug: '2025-2028',
      cycleStart: '2025-07-01',
      cycleEnd: '2028-06-30',
      vision: 'Empowered Students, Thriving Communities',
      values: ['Integrity', 'Accountability', 'Service', 'Equity', 'Inclusivity'],
      status: 'DRAFT',
      published: false,
    });
    expect(frame.plan.cycleStart > previous.plan.cycleEnd).toBe(true);
  });

  it('holds its five objectives under its own level names: Objective → Key priority → Goal', () => {
    expect(frame.plan.objectives.map((o) => o.name)).toEqual(['Students', 'Wellbeing', 'Partnerships', 'Communication', 'Excellence']);
    expect(frame.plan.levels.objective.singular).toBe('Objective');
    expect(frame.plan.levels.priority.singular).toBe('Key priority');
    expect(frame.plan.levels.goal.singular).toBe('Goal');
  });

  it('states only what its text states, word for word', () => {
    expectPlanTextFrom(source, planDocumentSchema.parse({ schemaVersion: 1, plan: frame.plan }).plan);
  });

  it('names no key priority or goal of its own (its text names none) and carries each 2022-25 goal at most once', () => {
    for (const o of frame.plan.objectives) expect(o.priorities).toEqual([]);
    const previousGoals = new Set(previous.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.map((g) => g.code))));
    const carried = frame.carryOver.map((c) => c.goal);
    expect(new Set(carried).size).toBe(carried.length);
    for (const code of carried) expect(previousGoals.has(code)).toBe(true);
    const objectives = new Set(frame.plan.objectives.map((o) => o.name));
    for (const c of frame.carryOver) expect(objectives.has(c.objective)).toBe(true);
  });
});
