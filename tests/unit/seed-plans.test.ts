import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LACOE, STUDENT_GROUPS } from '@/lib/seed/demo-data';
import { planDocumentSchema } from '@/lib/validations/plan-document';

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
