import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/data/current-user';
import { listMyGoals } from '@/lib/data/progress';
import { formatDate, REVIEW_STATE_LABELS } from '@/lib/labels';

export const metadata: Metadata = { title: 'Updates' };

export default async function UpdatesPage() {
  const user = await requireUser('/updates');
  const goals = await listMyGoals(user);
  const reports = user.role === 'LEAD' || user.role === 'STAFF';
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">Progress updates</h1>
        <p className="mt-1 text-slate-700">
          {reports
            ? `Goals owned by ${user.divisionName ?? 'your division'}. Record each quarter's values and narrative.`
            : 'Division leads and staff record progress for the goals their division owns.'}
        </p>
      </div>
      {!reports ? (
        <div className="card p-6">
          <p>
            Your role reads and reviews progress rather than recording it. See the{' '}
            <Link href="/dashboard">dashboard</Link> for every goal&apos;s latest values.
          </p>
        </div>
      ) : goals.length === 0 ? (
        <div className="card p-6">
          <p>Your division does not own any goal yet. Ask your plan administrator to assign goals to it.</p>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {goals.map((g) => (
            <li key={g.id} className="card flex flex-col gap-3 p-5">
              <div>
                <h2 className="text-lg font-semibold">
                  <Link href={`/goals/${g.id}`}>{g.title}</Link>
                  <span className="ml-2 text-xs font-normal text-slate-600">{g.code}</span>
                </h2>
                <p className="text-xs text-slate-600">
                  {g.planName} · {g.measureCount} {g.measureCount === 1 ? 'measure' : 'measures'}
                </p>
              </div>
              <p className="text-sm text-slate-700">
                {g.latest
                  ? `Latest update: ${g.latest.periodLabel} — ${REVIEW_STATE_LABELS[g.latest.state]} (${formatDate(g.latest.updatedAt)})`
                  : 'No update recorded yet.'}
              </p>
              <div>
                <Link href={`/updates/${g.id}`} className="btn-primary" aria-label={`Record progress for ${g.title}`}>
                  Record progress
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
