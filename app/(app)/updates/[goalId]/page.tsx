import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { ProgressForm } from '@/components/progress-form';
import { requireUser } from '@/lib/data/current-user';
import { getProgressForm } from '@/lib/data/progress/update-form';
import { AppError, isAppError } from '@/lib/errors';
import { formatDate, REVIEW_STATE_LABELS } from '@/lib/labels';

// One read per request, shared by the page and its title.
const formFor = cache(async (goalId: string, period: string | undefined) => {
  const user = await requireUser(`/updates/${goalId}`);
  return getProgressForm(user, goalId, period);
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<{ period?: string }>;
}): Promise<Metadata> {
  const [{ goalId }, { period }] = await Promise.all([params, searchParams]);
  try {
    const data = await formFor(goalId, period);
    return { title: `Record progress: ${data.goal.title}, ${data.period.label}` };
  } catch {
    // The page says what went wrong.
    return { title: 'Record progress' };
  }
}

export default async function RecordProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<{ period?: string }>;
}) {
  const [{ goalId }, { period }] = await Promise.all([params, searchParams]);
  let data;
  try {
    data = await formFor(goalId, period);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    if (isAppError(error) && error.code === 'FORBIDDEN') {
      return (
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          <div className="card p-6">
            <h1 className="text-xl font-bold">You cannot record progress for this goal</h1>
            <p className="mt-2 text-slate-700">
              {new AppError('FORBIDDEN').message} Only the division that owns a goal records its progress.
            </p>
            <p className="mt-4">
              <Link href={`/goals/${goalId}`}>Back to the goal</Link>
            </p>
          </div>
        </main>
      );
    }
    throw error;
  }
  const due = new Date(data.period.dueDate);
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/updates">My updates</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/goals/${data.goal.id}`}>{data.goal.title}</Link>
          </li>
        </ol>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Record progress: {data.goal.title}</h1>
        <p className="text-sm text-slate-600">
          {data.goal.code} · {data.goal.divisionName ?? 'No division'} · {data.goal.planName}
        </p>
        <p className="max-w-3xl text-slate-700">{data.goal.statement}</p>
      </header>
      <form method="get" className="card flex flex-wrap items-end gap-3 p-4">
        <div>
          <label htmlFor="period" className="field-label">
            Reporting quarter
          </label>
          <select id="period" name="period" defaultValue={data.period.id} className="field-input">
            {data.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
                {p.updateState ? ` — ${REVIEW_STATE_LABELS[p.updateState]}` : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Open quarter
        </button>
        <div className="text-sm text-slate-700">
          <p>
            Due {formatDate(due)}
            {data.period.closed ? ' · closed' : ''}
          </p>
          <p>
            {data.update
              ? `${REVIEW_STATE_LABELS[data.update.state]}${data.update.updatedByName ? `, last saved by ${data.update.updatedByName}` : ''}`
              : 'Not started'}
          </p>
        </div>
      </form>
      <ProgressForm key={data.period.id} data={data} />
    </main>
  );
}
