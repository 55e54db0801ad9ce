import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LACOE, STUDENT_GROUPS } from '@/lib/seed/demo-data';
import { planDocumentSchema } from '@/lib/validations/plan-document';

const raw = JSON.parse(fs.readFileSync(path.resolve('prisma/plans/lacoe-2022-2025.json'), 'utf8'));

describe('the LACOE 2022-25 plan file', () => {
  const doc = planDocumentSchema.parse(raw);
  const priorities = doc.plan.objectives.flatMap((o) => o.priorities);
  const goals = priorities.flatMap((p) => p.goals);
  const measures = goals.flatMap((g) => g.measures);

  it('holds 5 pillars, 11 priority areas and 12 goals under the plan’s own level names', () => {
    expect(doc.plan.objectives).toHaveLength(5);
    expect(priorities).toHaveLength(11);
    expect(goals).toHaveLength(12);
    expect(new Set(goals.map((g) => g.code)).size).toBe(12);
    expect(doc.plan.levels.objective.singular).toBe('Pillar');
    expect(doc.plan.levels.priority.singular).toBe('Priority area');
  });

  it('gives every goal a measure, an owning division and the June 2025 deadline', () => {
    const divisions = new Set<string>(LACOE.divisions.map((d) => d.code));
    for (const goal of goals) {
      expect(goal.measures.length).toBeGreaterThan(0);
      expect(divisions.has(goal.division ?? '')).toBe(true);
      expect(goal.deadline).toBe('2025-06-30');
    }
  });

  it('uses only known student groups', () => {
    const groups = new Set(STUDENT_GROUPS.map((g) => g.code));
    for (const goal of goals) for (const code of goal.focusGroups) expect(groups.has(code)).toBe(true);
    for (const m of measures) for (const code of [...m.studentGroups, m.focusGroup, m.referenceGroup]) {
      if (code) expect(groups.has(code)).toBe(true);
    }
  });

  it('records the one baseline the plan states — chronic absenteeism, 31.2% in 2021-22 — and invents none', () => {
    const stated = measures.filter((m) => m.baseline.value !== null);
    expect(stated).toHaveLength(1);
    expect(stated[0]).toMatchObject({
      code: 'CHRONIC-ABS',
      direction: 'DECREASE',
      baseline: { value: 31.2, label: '2021-22', date: '2022-06-30' },
      target: { kind: 'PERCENT_CHANGE', amount: 10 },
    });
    for (const m of measures.filter((x) => x.baseline.value === null)) {
      expect(m.baseline.note).toBe('The plan states no baseline.');
    }
  });

  it('reads each goal’s target the way its text states it', () => {
    const byCode = new Map(goals.map((g) => [g.code, g.measures.map((m) => `${m.target.kind}:${m.target.amount}`)]));
    expect(byCode.get('SO-1')).toEqual(['ANNUAL_CHANGE:5', 'ANNUAL_CHANGE:5', 'ANNUAL_CHANGE:5']);
    expect(byCode.get('SO-3')).toEqual(['ANNUAL_PERCENT_CHANGE:5']);
    expect(byCode.get('CC-1')).toEqual(['ANNUAL_PERCENT_CHANGE:20']);
    expect(byCode.get('CC-2')).toEqual(['CHANGE:105']);
    expect(byCode.get('CE-1')).toEqual(['ANNUAL_PERCENT_CHANGE:10']);
    expect(byCode.get('WB-2')).toEqual(['VALUE:100', 'VALUE:100']);
  });
});
