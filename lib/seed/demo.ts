// The demo seed: the LACOE 2022-25 plan with its organization, accounts and several
// quarters of demo progress. Runs once, on an empty database, in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { hashPassword } from '@/lib/auth/passwords';
import type { Db, Tx } from '@/lib/db/client';
import { DEFAULT_AT_RISK_THRESHOLD } from '@/lib/status';
import { expectedValueAt, type TargetSpec } from '@/lib/targets';
import { planDocumentSchema, type PlanDocument } from '@/lib/data/plan/document';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import { seedNextCycleDraft } from '@/lib/seed/demo-next-cycle';
import { createDemoTenant, seedDemoOrganizations } from '@/lib/seed/demo-organizations';
import {
  DEMO_BASELINES,
  DEMO_BASELINE_BY_UNIT,
  DEMO_GROUP_OFFSETS,
  DEMO_GROUP_SHARES,
  DEMO_PASSWORD,
  DEMO_PERFORMANCE,
  LACOE,
} from '@/lib/seed/demo-data';

export function readPlanDocument(file: string): PlanDocument {
  const full = path.resolve(process.cwd(), 'prisma/plans', file);
  return planDocumentSchema.parse(JSON.parse(fs.readFileSync(full, 'utf8')));
}

/** True when the database holds no organization yet, i.e. the seed has never run. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.organization.count()) === 0;
}

export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const doc = readPlanDocument('lacoe-2022-2025.json');
  await db.$transaction(
    async (tx) => {
      const tenant = await createDemoTenant(tx, LACOE, passwordHash);
      const org = { id: tenant.organizationId };
      const { divisionIdsByCode, studentGroupIdsByCode, userIdsByEmail: userIds } = tenant;

      const imported = await createPlanFromDocument(tx, doc, {
        organizationId: org.id,
        divisionIdsByCode,
        studentGroupIdsByCode,
      });
      await tx.plan.update({ where: { id: imported.planId }, data: { demoProgress: true } });
      await addDemoProgress(tx, org.id, imported.planId, userIds.get('lead@example.org') ?? null);
      // The quarters the demo reports on are done: the administrator has closed them, so
      // divisions see only what is still open (2024-25 Q3 and Q4).
      await tx.reportingPeriod.updateMany({
        where: { planId: imported.planId, kind: 'QUARTER', endDate: { lte: DEMO_REPORTED_THROUGH } },
        data: { closed: true },
      });
      const lacoe = { organizationId: org.id, divisionIdsByCode, studentGroupIdsByCode };
      await seedNextCycleDraft(tx, { doc, planId: imported.planId, actorId: userIds.get('admin@example.org') ?? null }, lacoe);

      await tx.auditEvent.create({
        data: {
          organizationId: org.id,
          action: 'seed.demo',
          entityType: 'Plan',
          entityId: imported.planId,
          after: { plan: doc.plan.name, goals: imported.goalIdsByCode.size },
        },
      });
      await seedDemoOrganizations(tx, passwordHash, readPlanDocument);
    },
    { timeout: 180_000, maxWait: 30_000 },
  );
}

/** The end of the last quarter the demo progress covers (2024-25 Q2). */
export const DEMO_REPORTED_THROUGH = new Date(Date.UTC(2024, 11, 31));

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Deterministic wiggle so demo lines look measured rather than drawn with a ruler. */
function wiggle(seed: string, scale: number): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return ((Math.abs(h) % 1000) / 1000 - 0.5) * scale;
}

const DEMO_NARRATIVES: Record<string, string> = {
  on: 'Demo narrative: activities ran as planned this period and the measure moved in the intended direction. Next step: keep the current cycle and share what worked with partner districts.',
  risk: 'Demo narrative: progress is real but slower than the plan expects. The division is adjusting its Plan-Do-Study-Act cycle and adding support where results lag.',
  off: 'Demo narrative: results are behind the expected path. The team is reviewing root causes with partners and will bring a revised action plan to cabinet.',
};

/**
 * Demo reports are submitted and approved inside the reporting window (before the due date),
 * so the dashboard "as of" a past quarter shows that quarter's values.
 */
function demoReviewDates(dueDate: Date) {
  return {
    submittedAt: new Date(dueDate.getTime() - 6 * 86_400_000),
    reviewedAt: new Date(dueDate.getTime() - 3 * 86_400_000),
  };
}

async function addDemoProgress(tx: Tx, organizationId: string, planId: string, enteredById: string | null) {
  const periods = await tx.reportingPeriod.findMany({ where: { planId }, orderBy: { endDate: 'asc' } });
  const byCode = new Map(periods.map((p) => [p.code, p]));
  const period = (code: string) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`Missing period ${code}`);
    return found;
  };
  const goals = await tx.goal.findMany({
    where: { planId },
    include: { measures: { include: { studentGroups: { include: { studentGroup: true } } } } },
  });
  const allGroup = await tx.studentGroup.findFirstOrThrow({ where: { organizationId, isAll: true } });

  // Quarterly measures report every quarter up to 2024-25 Q2; annual results arrive in the
  // following school year's Q2 report. Later periods are left for people to fill in.
  const quarterCodes = ['2022-23-Q1', '2022-23-Q2', '2022-23-Q3', '2022-23-Q4', '2023-24-Q1', '2023-24-Q2', '2023-24-Q3', '2023-24-Q4', '2024-25-Q1', '2024-25-Q2'];
  const annual: [asOf: string, reportedIn: string][] = [
    ['2022-23', '2023-24-Q2'],
    ['2023-24', '2024-25-Q2'],
  ];

  for (const goal of goals) {
    const performance = DEMO_PERFORMANCE[goal.code] ?? 1;
    const tone = performance >= 1 ? 'on' : performance >= DEFAULT_AT_RISK_THRESHOLD ? 'risk' : 'off';
    const updates = new Map<string, string>();
    const updateFor = async (reportedPeriodId: string) => {
      const existing = updates.get(reportedPeriodId);
      if (existing) return existing;
      const reported = periods.find((p) => p.id === reportedPeriodId);
      const { submittedAt, reviewedAt } = demoReviewDates(reported?.dueDate ?? new Date());
      const row = await tx.update.create({
        data: {
          organizationId,
          goalId: goal.id,
          periodId: reportedPeriodId,
          state: 'APPROVED',
          narrative: DEMO_NARRATIVES[tone] ?? '',
          // One division keeps reporting "on track" while its data say otherwise, as happens.
          reportedStatus: goal.code === 'WB-1' ? 'ON_TRACK' : tone === 'on' ? 'ON_TRACK' : tone === 'risk' ? 'AT_RISK' : 'OFF_TRACK',
          createdById: enteredById,
          updatedById: enteredById,
          submittedAt,
          reviewedAt,
          createdAt: submittedAt,
          updatedAt: reviewedAt,
          isDemo: true,
        },
      });
      updates.set(reportedPeriodId, row.id);
      return row.id;
    };

    for (const measure of goal.measures) {
      let baseline = measure.baselineValue;
      let baselineDate = measure.baselineDate;
      if (baseline === null) {
        baseline = DEMO_BASELINES[`${goal.code}/${measure.code}`] ?? DEMO_BASELINE_BY_UNIT[measure.unit] ?? 50;
        baselineDate = new Date(Date.UTC(2022, 5, 30));
        await tx.measure.update({
          where: { id: measure.id },
          data: {
            baselineValue: baseline,
            baselineDate,
            baselineLabel: '2021-22',
            baselineIsDemo: true,
            baselineNote: 'Demo baseline: the plan states none, so the demo supplies one.',
          },
        });
      }
      const spec: TargetSpec = {
        kind: measure.targetKind,
        amount: measure.targetAmount,
        direction: measure.direction,
        baseline,
        baselineDate,
        deadline: measure.targetDate,
      };
      const points: [asOf: string, reportedIn: string][] =
        measure.cadence === 'QUARTERLY' ? quarterCodes.map((c) => [c, c]) : annual;
      const groups = measure.disaggregated
        ? measure.studentGroups.map((g) => g.studentGroup)
        : [allGroup];
      if (!groups.some((g) => g.isAll)) groups.unshift(allGroup);

      for (const [asOfCode, reportedCode] of points) {
        const asOf = period(asOfCode);
        const expected = expectedValueAt(spec, asOf.endDate) ?? baseline;
        const base = baseline + (expected - baseline) * performance;
        const span = Math.max(Math.abs(expected - baseline), Math.abs(baseline) * 0.01);
        const allValue = base + wiggle(`${goal.code}/${measure.code}${asOfCode}`, span * 0.08);
        const updateId = await updateFor(period(reportedCode).id);
        const totalN = measure.unit === 'SCALE_SCORE' ? 98_000 : null;
        for (const group of groups) {
          const offset = measure.unit === 'SCALE_SCORE' ? (DEMO_GROUP_OFFSETS[group.code] ?? 0) : 0;
          const share = DEMO_GROUP_SHARES[group.code] ?? 0;
          let value = round(allValue + offset + (group.isAll ? 0 : wiggle(`${group.code}${asOfCode}`, 6)), measure.decimals);
          if (measure.unit === 'PERCENT') value = Math.min(100, Math.max(0, value));
          await tx.observation.create({
            data: {
              organizationId,
              measureId: measure.id,
              periodId: asOf.id,
              reportedPeriodId: period(reportedCode).id,
              studentGroupId: group.id,
              updateId,
              value,
              n: totalN === null ? null : group.code === 'JIY' ? 9 : Math.round(totalN * share),
              state: 'APPROVED',
              approvedAt: demoReviewDates(period(reportedCode).dueDate).reviewedAt,
              enteredById,
              isDemo: true,
            },
          });
        }
      }
    }
  }
}
