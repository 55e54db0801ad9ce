import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/demo-banner';
import { GoalHistory } from '@/components/goal-history';
import { ReopenForm } from '@/components/review-form';
import { MeasureChart } from '@/components/measure-chart';
import { StatusBadge } from '@/components/status-badge';
import { measureChartRows, measureSentence, unitSuffix } from '@/lib/chart-data';
import { requireUser } from '@/lib/data/current-user';
import { getGoalDetail } from '@/lib/data/goals';
import { getGoalHistory } from '@/lib/data/history';
import { listReopenable } from '@/lib/data/review';
import { can } from '@/lib/permissions';
import { isAppError } from '@/lib/errors';
import { formatMonthYear, formatValue } from '@/lib/format';
import { formatDate, REPORTED_STATUS_LABELS, REVIEW_STATE_LABELS } from '@/lib/labels';
import { goalStatus } from '@/lib/status';

export const metadata: Metadata = { title: 'Goal' };

async function load(id: string) {
  const user = await requireUser(`/goals/${id}`);
  const canReopen = can(user, 'progress:reopen', { organizationId: user.organizationId });
  try {
    const [detail, history, reopenable] = await Promise.all([
      getGoalDetail(user, id),
      getGoalHistory(user, id),
      canReopen ? listReopenable(user, id) : [],
    ]);
    return { ...detail, history, reopenable, canReopen };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function GoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = await load(id);
  const { goal, plan } = detail;
  const computed = goalStatus(detail.measures.map((m) => m.summary.status.status));
  const latestUpdate = detail.updates[0];
  const today = new Date(detail.readAt).getTime();
  return (
    <>
      {plan.demoProgress && <DemoBanner />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-1">
            <li>
              <Link href="/dashboard">{plan.name}</Link>
            </li>
            <li aria-hidden="true">/</li>
            <li>
              {plan.labels.objective}: {detail.objective.name}
            </li>
            <li aria-hidden="true">/</li>
            <li>
              {plan.labels.priority}: {detail.priority.name}
            </li>
          </ol>
        </nav>

        <header className="space-y-3">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold sm:text-3xl">{goal.title}</h1>
            <StatusBadge status={computed} size="md" />
            <span className="text-sm text-slate-600">
              {plan.labels.goal} {goal.code}
            </span>
          </div>
          <p className="max-w-4xl text-lg text-slate-800">{goal.statement}</p>
          <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <dt className="font-semibold text-slate-700">Owning division</dt>
              <dd>{goal.divisionName ?? 'Not assigned'}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Deadline</dt>
              <dd>{goal.deadline ? formatMonthYear(new Date(goal.deadline)) : 'Not set'}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Who is included</dt>
              <dd>{goal.inclusion || 'Not stated'}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Equity focus</dt>
              <dd>
                {goal.equityFocus || 'Not stated'}
                {goal.focusGroups.length > 0 && (
                  <span className="block text-slate-600">Focus groups: {goal.focusGroups.join(', ')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Computed status</dt>
              <dd>
                <StatusBadge status={computed} />
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Division&apos;s reported status</dt>
              <dd>
                {latestUpdate?.reportedStatus
                  ? `${REPORTED_STATUS_LABELS[latestUpdate.reportedStatus]} (${latestUpdate.periodLabel})`
                  : 'None reported'}
              </dd>
            </div>
          </dl>
          {detail.canRecord && (
            <Link href={`/updates/${goal.id}`} className="btn-primary">
              Record progress
            </Link>
          )}
        </header>

        {detail.measures.map((measure) => {
          const s = measure.summary;
          const sentence = measureSentence(measure);
          return (
            <section key={s.id} aria-labelledby={`measure-${s.id}`} className="card space-y-4 p-4 sm:p-6">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 id={`measure-${s.id}`} className="text-lg font-semibold">
                    {s.name}
                  </h2>
                  <p className="text-sm text-slate-700">Target: {s.targetSentence}</p>
                  <p className="text-xs text-slate-600">
                    {measure.cadence === 'ANNUAL' ? 'Measured annually' : 'Measured quarterly'}
                    {measure.dataSource ? ` · Source: ${measure.dataSource}` : ''}
                  </p>
                  {measure.baseline.note && (
                    <p className={`mt-1 text-xs ${measure.baseline.isDemo ? 'font-medium text-amber-900' : 'text-slate-600'}`}>
                      {measure.baseline.note}
                    </p>
                  )}
                </div>
                <StatusBadge status={s.status.status} />
              </div>
              <p className="text-sm font-medium">{sentence}</p>
              <MeasureChart
                rows={measureChartRows(measure)}
                baseline={measure.baseline.value}
                unitSuffix={unitSuffix(s.unit)}
                decimals={s.decimals}
                today={today}
                summary={`Chart of ${s.name}. ${sentence} The table below lists every value.`}
              />
              <div className="overflow-x-auto">
                <table className="data-table">
                  <caption className="sr-only">Values of {s.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Period</th>
                      <th scope="col">Value</th>
                      <th scope="col">Reported in</th>
                      <th scope="col">Review state</th>
                    </tr>
                  </thead>
                  <tbody>
                    {measure.baseline.value !== null && (
                      <tr>
                        <td>Baseline {measure.baseline.label}</td>
                        <td className="tabular-nums">{formatValue(measure.baseline.value, s.unit, s.decimals)}</td>
                        <td>—</td>
                        <td>{measure.baseline.isDemo ? 'Demo baseline' : 'From the plan'}</td>
                      </tr>
                    )}
                    {measure.values.map((v) => (
                      <tr key={`${v.periodEnd}-${v.state}`}>
                        <td>{v.periodLabel}</td>
                        <td className="tabular-nums">{formatValue(v.value, s.unit, s.decimals)}</td>
                        <td>{v.reportedIn}</td>
                        <td>{REVIEW_STATE_LABELS[v.state]}</td>
                      </tr>
                    ))}
                    {measure.finalTarget !== null && (
                      <tr>
                        <td>Target, {formatMonthYear(new Date(measure.targetDate))}</td>
                        <td className="tabular-nums">{formatValue(measure.finalTarget, s.unit, s.decimals)}</td>
                        <td>—</td>
                        <td>Target</td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}

        <section aria-labelledby="updates-heading" className="space-y-3">
          <h2 id="updates-heading" className="text-lg font-semibold">
            Progress updates
          </h2>
          {detail.updates.length === 0 ? (
            <p className="text-slate-600">No update has been recorded for this goal yet.</p>
          ) : (
            <ol className="space-y-3">
              {detail.updates.map((u) => (
                <li key={u.id} className="card p-4">
                  <p className="text-sm font-semibold">
                    {u.periodLabel} · {REVIEW_STATE_LABELS[u.state]}
                    {u.reportedStatus && ` · Reported ${REPORTED_STATUS_LABELS[u.reportedStatus].toLowerCase()}`}
                  </p>
                  <p className="text-xs text-slate-600">
                    {u.authorName ?? 'Unknown'} · {formatDate(u.updatedAt)}
                    {u.isDemo && ' · demo'}
                  </p>
                  {u.narrative && <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{u.narrative}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>

        {detail.canReopen && (
          <section aria-labelledby="reopen-heading" className="card space-y-3 p-4">
            <h2 id="reopen-heading" className="text-lg font-semibold">
              Reopen an approved update
            </h2>
            <p className="text-sm text-slate-700">
              Approved values are locked. Reopening sends the update back to the division; its values leave the public
              scorecard until it is approved again.
            </p>
            <ReopenForm updates={detail.reopenable} />
          </section>
        )}

        <GoalHistory entries={detail.history} />
      </main>
    </>
  );
}
