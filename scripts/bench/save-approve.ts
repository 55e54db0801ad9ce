// Saving an update with 45 student-group values and approving it, timed in-process through the
// data layer (recordProgress, reviewUpdate) against the county database — the functions the
// update form's and the review page's server actions call. Each round: the lead saves a draft
// with changed values (timed), submits it, cabinet approves it (timed), the administrator reopens
// it, so the next round starts from a returned update again.
import pg from 'pg';
import type { Actor } from '@/lib/permissions';
import { countyEmail, leadOf, measuresOfGoal, type CountyOrg } from './county-data';

export interface SaveApproveResult {
  values: number;
  save: number[];
  approve: number[];
}

async function actors(url: string, emails: string[]): Promise<Actor[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Actor & { email: string }>(
      `SELECT id, email, "organizationId", role, "divisionId" FROM "User" WHERE email = ANY($1)`,
      [emails],
    );
    return emails.map((email) => {
      const row = rows.find((r) => r.email === email);
      if (!row) throw new Error(`no account ${email}`);
      return { id: row.id, organizationId: row.organizationId, role: row.role, divisionId: row.divisionId };
    });
  } finally {
    await client.end();
  }
}

export async function benchSaveAndApprove(url: string, org: CountyOrg, rounds: number): Promise<SaveApproveResult> {
  process.env.DATABASE_URL = url;
  // Imported only now: the data layer reads DATABASE_URL once, when it first connects.
  const { recordProgress } = await import('@/lib/data/progress/record-progress');
  const { reviewUpdate, reopenUpdate } = await import('@/lib/data/progress/review');
  const { getDb } = await import('@/lib/db');

  // The plan's first goal: 3 measures × 15 groups, its last quarter's update still a draft.
  const goalIndex = 0;
  if (measuresOfGoal(goalIndex) !== 3) throw new Error('the first goal should have 3 measures');
  const measures = org.measures.filter((m) => m.goalIndex === goalIndex);
  const quarter = org.quarters.at(-1)!;
  const update = org.updates[goalIndex]!.at(-1)!;
  const db = getDb();
  const goal = { id: org.goalIds[goalIndex]! };
  const [lead, cabinet, admin] = (await actors(url, [countyEmail(org.index, leadOf(0)), countyEmail(org.index, 'cabinet'), countyEmail(org.index, 'admin')])) as [Actor, Actor, Actor];
  const current = await db.observation.findMany({ where: { updateId: update.id }, select: { measureId: true, studentGroupId: true, value: true } });
  if (current.length !== measures.length * org.groups.length) throw new Error(`expected ${measures.length * org.groups.length} draft values, found ${current.length}`);
  const byId = new Map(measures.map((m) => [m.id, m]));
  // A value one step (0.1, or 1 for whole numbers) up or down, alternating, and kept in range.
  const changed = (measureId: string, value: number, round: number) => {
    const m = byId.get(measureId)!;
    const step = m.decimals ? 0.1 : 1;
    let next = value + (round % 2 ? step : -step);
    if (next < 0 || (m.unit === 'PERCENT' && next > 100)) next = value - (round % 2 ? step : -step);
    return next.toFixed(m.decimals);
  };

  const result: SaveApproveResult = { values: current.length, save: [], approve: [] };
  let version = (await db.update.findUniqueOrThrow({ where: { id: update.id } })).version;
  // Round 0 warms up the connection pool and query plans; it is not counted.
  for (let round = 0; round <= rounds; round++) {
    const values = current.map((o) => ({
      measureId: o.measureId,
      studentGroupId: o.studentGroupId,
      asOfPeriodId: quarter.id,
      value: changed(o.measureId, o.value, round),
      n: '120',
    }));
    const input = { goalId: goal.id, periodId: quarter.id, version, values, confirmJumps: true, narrative: `Bench round ${round}: values checked with the sites.` };
    let started = performance.now();
    version = (await recordProgress(lead, { ...input, intent: 'draft' })).version;
    if (round > 0) result.save.push(performance.now() - started);
    version = (await recordProgress(lead, { ...input, version, intent: 'submit' })).version;
    started = performance.now();
    version = (await reviewUpdate(cabinet, { updateId: update.id, version, decision: 'approve' })).version;
    if (round > 0) result.approve.push(performance.now() - started);
    version = (await reopenUpdate(admin, { updateId: update.id, version, reason: 'Bench: reopened to measure the next round.' })).version;
  }
  await db.$disconnect();
  return result;
}
