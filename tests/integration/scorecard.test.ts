import { describe, expect, it } from 'vitest';
import { getPlanOverview } from '@/lib/data/plan/queries';
import { getPublicScorecard, invalidatePublicScorecard, listPublishedScorecards } from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { actorFor, goalByCode, submitYearValue } from '../support/fixtures';

const lead = await actorFor('lead@example.org');

const findMeasure = (overview: Awaited<ReturnType<typeof getPublicScorecard>>, goalCode: string) =>
  overview.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.code === goalCode)!;

describe('the public scorecard', () => {
  it('shows the published plan with the seed’s structure and the same figures as the dashboard', async () => {
    const scorecard = await getPublicScorecard('lacoe', '2022-2025');
    expect(scorecard.objectives.map((o) => o.name)).toEqual([
      'Improve Student Outcomes',
      'Champion Individual and Collective Care and Wellbeing',
      'Strengthen Community with Children at the Center',
      'Communicate Effectively',
      'Model Organizational Excellence and Innovation',
    ]);
    const dashboard = await getPlanOverview(await actorFor('cabinet@example.org'));
    expect(scorecard.counts).toEqual(dashboard.counts);
    const total = Object.values(scorecard.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(12);
    const absenteeism = findMeasure(scorecard, 'WB-1').measures[0]!;
    expect(absenteeism.targetSentence).toBe('28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%');
  });

  it('never shows a value that is not approved', async () => {
    const goal = await goalByCode('SO-1');
    await submitYearValue(lead, goal.id, goal.measures[0]!.id, '2499');
    const publicMeasure = findMeasure(await getPublicScorecard('lacoe', '2022-2025'), 'SO-1').measures[0]!;
    expect(publicMeasure.latestApproved?.periodLabel).toBe('2023-24');
    expect(publicMeasure.latestPending).toBeNull();
    const internal = findMeasure(await getPlanOverview(lead), 'SO-1').measures[0]!;
    expect(internal.latestPending).toMatchObject({ value: 2499, state: 'SUBMITTED', periodLabel: '2024-25' });
  });

  it('answers not found for an unpublished plan or an unknown organization, so existence does not leak', async () => {
    await getDb().plan.updateMany({ where: { slug: '2022-2025' }, data: { published: false } });
    // Public reads are cached: unpublishing, like every write a visitor could see, invalidates them.
    invalidatePublicScorecard('all');
    try {
      for (const [org, plan] of [
        ['lacoe', '2022-2025'],
        ['nowhere', '2022-2025'],
        ['lacoe', 'no-such-plan'],
      ] as const) {
        const error = await getPublicScorecard(org, plan).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('NOT_FOUND');
      }
      // Only the other organizations' published plans remain listed.
      expect((await listPublishedScorecards()).map((s) => `${s.organization.slug}/${s.slug}`)).toEqual(['lausd/2022-2026', 'smcoe/2023-2028']);
    } finally {
      await getDb().plan.updateMany({ where: { slug: '2022-2025' }, data: { published: true } });
      invalidatePublicScorecard('all');
    }
  });
});

describe('reading the plan when signed in', () => {
  it('is refused to anonymous callers and scoped to the reader’s organization', async () => {
    await expect(getPlanOverview(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const db = getDb();
    const other = await db.organization.create({ data: { slug: 'other-coe', name: 'Other COE', shortName: 'OCOE' } });
    const outsider = await db.user.create({
      data: { organizationId: other.id, email: 'admin@other.example', name: 'Other admin', role: 'ADMIN', passwordHash: 'x' },
    });
    const error = await getPlanOverview({ id: outsider.id, organizationId: other.id, role: 'ADMIN', divisionId: null }, '2022-2025').catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('NOT_FOUND');
  });
});
