import { describe, expect, it } from 'vitest';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { actorFor, goalByCode, periodByCode } from '../support/fixtures';

const lead = await actorFor('lead@example.org');
const staff = await actorFor('staff@example.org');

describe('two saves from the same version', () => {
  it('exactly one wins, the other is refused as stale, and no value is lost or mixed', async () => {
    const goal = await goalByCode('SO-2');
    const quarter = await periodByCode('2024-25-Q4');
    const year = await periodByCode('2024-25');
    const [grade3, grade8] = goal.measures;
    const base = { goalId: goal.id, periodId: quarter.id, intent: 'draft' };
    const draft = await recordProgress(staff, {
      ...base,
      version: '0',
      narrative: 'Staff draft',
      values: [{ measureId: grade3!.id, asOfPeriodId: year.id, value: '2410' }],
    });

    // Both from the draft's version, each with its own values of the two grades.
    const saveFromDraft = (actor: typeof lead, narrative: string, [g3, g8]: [string, string]) =>
      recordProgress(actor, {
        ...base,
        version: String(draft.version),
        narrative,
        values: [
          { measureId: grade3!.id, asOfPeriodId: year.id, value: g3 },
          { measureId: grade8!.id, asOfPeriodId: year.id, value: g8 },
        ],
      });
    const attempts = await Promise.allSettled([saveFromDraft(lead, 'Lead A', ['2411', '2501']), saveFromDraft(staff, 'Staff B', ['2422', '2522'])]);

    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect((lost[0]!.reason as AppError).code).toBe('STALE');

    const db = getDb();
    const update = await db.update.findUniqueOrThrow({ where: { id: draft.updateId } });
    const values = await db.observation.findMany({
      where: { updateId: draft.updateId },
      orderBy: { measure: { position: 'asc' } },
      select: { value: true },
    });
    const winner = attempts[0]!.status === 'fulfilled' ? 'A' : 'B';
    expect(update.version).toBe(draft.version + 1);
    expect(update.narrative).toBe(winner === 'A' ? 'Lead A' : 'Staff B');
    expect(values.map((v) => v.value)).toEqual(winner === 'A' ? [2411, 2501] : [2422, 2522]);
    expect(await db.auditEvent.count({ where: { entityId: draft.updateId } })).toBe(2);
  });
});
