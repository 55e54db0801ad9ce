import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanDocument, formatPath, parsePlanDocument } from '@/lib/plan-document-check';
import { planDocumentSchema, type PlanDocument } from '@/lib/validations/plan-document';

const lacoe = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/plans/lacoe-2022-2025.json'), 'utf8'));
const codes = {
  divisions: new Set(['CIS', 'JCCS', 'SSS', 'HRS', 'SPCS', 'EP', 'COMM', 'OS', 'TS', 'BAS']),
  studentGroups: new Set(['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'SED', 'SWD', 'FOS', 'HOM', 'JIY']),
  planSlugs: new Set<string>(),
};
const clone = (): PlanDocument => planDocumentSchema.parse(structuredClone(lacoe));
const goal = (doc: PlanDocument, o: number, p: number, g: number) => doc.plan.objectives[o]!.priorities[p]!.goals[g]!;

describe('problem paths', () => {
  it('reads like the document', () => {
    expect(formatPath(['plan', 'objectives', 2, 'priorities', 0, 'goals', 1, 'measures', 0, 'target', 'amount'])).toBe(
      'plan.objectives[2].priorities[0].goals[1].measures[0].target.amount',
    );
  });

  it('lists every schema problem of a broken file, each with its path and a plain message', () => {
    const broken = structuredClone(lacoe);
    broken.plan.name = '';
    broken.plan.objectives[2].priorities[1].goals[0].measures[0].target.amount = 'ten';
    broken.plan.objectives[0].priorities[0].goals[0].measures[1].direction = 'UP';
    delete broken.plan.objectives[1].priorities[0].goals[0].statement;
    const result = parsePlanDocument(broken, codes);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'plan.name', message: 'must not be empty' },
      { path: 'plan.objectives[0].priorities[0].goals[0].measures[1].direction', message: 'expected one of INCREASE, DECREASE' },
      { path: 'plan.objectives[1].priorities[0].goals[0].statement', message: 'expected a string' },
      { path: 'plan.objectives[2].priorities[1].goals[0].measures[0].target.amount', message: 'expected a number' },
    ]);
  });

  it('accepts the LACOE plan file as it is', () => {
    expect(parsePlanDocument(lacoe, codes)).toMatchObject({ ok: true });
  });
});

describe('cross-references', () => {
  it('finds codes that clash or point nowhere, and values outside the plan', () => {
    const doc = clone();
    goal(doc, 0, 1, 0).code = 'SO-1';
    goal(doc, 0, 0, 0).division = 'NOPE';
    goal(doc, 0, 0, 0).focusGroups.push('MARTIANS');
    const absenteeism = goal(doc, 1, 0, 0).measures[0]!;
    absenteeism.observations = [
      { asOf: '2023-24-Q1', reportedIn: '2023-24-Q1', group: 'ALL', value: 30, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
      { asOf: '2023-24', reportedIn: '2023-24', group: 'ALL', value: 140, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
      { asOf: '2030-31', reportedIn: '2030-31-Q1', group: 'EL', value: 30, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
    ];
    goal(doc, 0, 0, 0).measures[0]!.focusGroup = 'ZZ';
    expect(checkPlanDocument(doc, { ...codes, planSlugs: new Set(['2022-2025']) })).toEqual([
      { path: 'plan.slug', message: 'the organization already has a plan "2022-2025"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].division', message: 'unknown division "NOPE"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].focusGroups[6]', message: 'unknown student group "MARTIANS"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].measures[0].focusGroup', message: '"ZZ" is not one of the measure\'s student groups' },
      { path: 'plan.objectives[0].priorities[1].goals[0].code', message: 'goal code "SO-1" is used twice' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[0].asOf', message: '"2023-24-Q1" is not a school year of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[1].reportedIn', message: '"2023-24" is not a reporting quarter of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[1].value', message: 'a percent must be between 0 and 100' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].asOf', message: '"2030-31" is not a school year of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].reportedIn', message: '"2030-31-Q1" is not a reporting quarter of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].group', message: 'the measure is not reported for student group "EL"' },
    ]);
  });

  it('refuses a cycle that ends before it starts, and updates for periods outside it', () => {
    const doc = clone();
    doc.plan.cycleEnd = '2022-01-01';
    expect(checkPlanDocument(doc, codes)[0]).toEqual({ path: 'plan.cycleEnd', message: 'must be after cycleStart' });
    const ok = clone();
    goal(ok, 0, 0, 0).updates = [
      { period: '2022-23', state: 'DRAFT', narrative: '', reportedStatus: null, pdsaPlan: '', pdsaDo: '', pdsaStudy: '', pdsaAct: '', evidenceLinks: [], reviewerComment: '', submittedAt: null, reviewedAt: null, isDemo: false },
    ];
    expect(checkPlanDocument(ok, codes)).toEqual([
      { path: 'plan.objectives[0].priorities[0].goals[0].updates[0].period', message: '"2022-23" is not a reporting quarter of the plan' },
    ]);
  });
});
