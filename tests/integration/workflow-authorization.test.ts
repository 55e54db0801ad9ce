// The authorization matrix: every workflow step × every kind of actor. Allowed cells succeed;
// forbidden ones are refused and leave the affected tables byte-for-byte unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { setPeriodClosed } from '@/lib/data/organization/periods';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { reopenUpdate, reviewUpdate } from '@/lib/data/progress/review';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, createUser, goalByCode, LACOE_2022_25, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

type ActorKind = 'admin' | 'cabinet' | 'lead (owning division)' | 'lead (other division)' | 'staff (owning division)' | 'staff (other division)' | 'anonymous';
const KINDS: ActorKind[] = ['admin', 'cabinet', 'lead (owning division)', 'lead (other division)', 'staff (owning division)', 'staff (other division)', 'anonymous'];

const actors = {} as Record<ActorKind, Actor | null>;
let lead: Actor;

// Quarters of the two CIS goals that hold no update in the demo data: each step that
// changes state gets a fresh one.
const FREE_QUARTERS = ['2022-23-Q1', '2022-23-Q2', '2022-23-Q3', '2022-23-Q4', '2023-24-Q1', '2023-24-Q3', '2023-24-Q4', '2024-25-Q1', '2024-25-Q3'];
const pool: { goalId: string; periodId: string }[] = [];
async function freshSlot() {
  const slot = pool.shift();
  if (!slot) throw new Error('the test ran out of free quarters');
  return slot;
}

async function submitted() {
  const slot = await freshSlot();
  const r = await recordProgress(lead, { ...slot, intent: 'submit', version: 0, narrative: 'Ready for review' });
  return { updateId: r.updateId, version: r.version, slot };
}

interface Step {
  allowed: ActorKind[];
  prepare: () => Promise<unknown>;
  run: (actor: Actor | null, context: never) => Promise<unknown>;
}

const STEPS: Record<string, Step> = {
  'save a draft': {
    allowed: ['lead (owning division)', 'staff (owning division)'],
    prepare: async () => freshSlot(),
    run: (actor, slot: { goalId: string; periodId: string }) =>
      recordProgress(actor, { ...slot, intent: 'draft', version: 0, narrative: 'Draft' }),
  },
  submit: {
    allowed: ['lead (owning division)'],
    prepare: async () => freshSlot(),
    run: (actor, slot: { goalId: string; periodId: string }) =>
      recordProgress(actor, { ...slot, intent: 'submit', version: 0, narrative: 'Submitted' }),
  },
  approve: {
    allowed: ['admin', 'cabinet'],
    prepare: submitted,
    run: (actor, u: { updateId: string; version: number }) => reviewUpdate(actor, { ...u, decision: 'approve' }),
  },
  return: {
    allowed: ['admin', 'cabinet'],
    prepare: submitted,
    run: (actor, u: { updateId: string; version: number }) =>
      reviewUpdate(actor, { ...u, decision: 'return', comment: 'Please add the grade 8 value.' }),
  },
  'reopen an approved update': {
    allowed: ['admin'],
    prepare: async () => {
      const u = await submitted();
      const approved = await reviewUpdate(actors.cabinet, { ...u, decision: 'approve' });
      return { updateId: u.updateId, version: approved.version };
    },
    run: (actor, u: { updateId: string; version: number }) => reopenUpdate(actor, { ...u, reason: 'Wrong file uploaded' }),
  },
  'close a period': {
    allowed: ['admin'],
    prepare: async () => (await freshSlot()).periodId,
    run: (actor, periodId: string) => setPeriodClosed(actor, { periodId, closed: true }),
  },
  'reopen a period': {
    allowed: ['admin'],
    prepare: async () => {
      const { periodId } = await freshSlot();
      await setPeriodClosed(actors.admin, { periodId, closed: true });
      return periodId;
    },
    run: (actor, periodId: string) => setPeriodClosed(actor, { periodId, closed: false, reason: 'Late data from the state' }),
  },
};

beforeAll(async () => {
  actors.admin = await actorFor('admin@example.org');
  actors.cabinet = await actorFor('cabinet@example.org');
  actors['lead (owning division)'] = lead = await actorFor('lead@example.org');
  actors['lead (other division)'] = await actorFor('lead2@example.org');
  actors['staff (owning division)'] = await actorFor('staff@example.org');
  actors['staff (other division)'] = await createUser('staff-jccs@example.org', 'STAFF', 'JCCS');
  actors.anonymous = null;
  // The demo closed its past quarters; reopen these for the matrix (setup, not under test).
  await getDb().reportingPeriod.updateMany({ where: { code: { in: FREE_QUARTERS }, plan: LACOE_2022_25 }, data: { closed: false } });
  for (const code of ['SO-1', 'SO-2']) {
    const goal = await goalByCode(code);
    for (const q of FREE_QUARTERS) pool.push({ goalId: goal.id, periodId: (await periodByCode(q)).id });
  }
  // The pool must really be free, or the matrix would test the wrong transitions.
  expect(await getDb().update.count({ where: { OR: pool } })).toBe(0);
});

describe.each(Object.entries(STEPS))('%s', (_name, step) => {
  // Refusals change nothing, so one prepared state serves until an allowed actor uses it up.
  let context: unknown;
  it.each(KINDS)('as %s', async (kind) => {
    context ??= await step.prepare();
    const before = await writeSnapshot();
    const run = step.run(actors[kind], context as never);
    if (step.allowed.includes(kind)) {
      await expect(run).resolves.toBeDefined();
      expect(await writeSnapshot()).not.toBe(before);
      context = undefined;
    } else {
      const error = await refusal(run);
      expect(error.code).toBe(kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(await writeSnapshot()).toBe(before);
    }
  });
});
