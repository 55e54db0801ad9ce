import type { Metadata } from 'next';
import Link from 'next/link';
import { InboxStatusBadge } from '@/components/inbox-status-badge';
import { requireUser } from '@/lib/data/current-user';
import { listTodo, type TodoRow } from '@/lib/data/progress/inbox';
import { formatDate } from '@/lib/labels';
import { can } from '@/lib/permissions';
import { PageHeader, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'My updates' };

function dueText(row: TodoRow): string {
  const date = formatDate(row.period.dueDate);
  if (row.status === 'SUBMITTED' || row.status === 'APPROVED') return `Due ${date}`;
  if (row.dueInDays < 0) {
    const days = -row.dueInDays;
    return `Was due ${date} (${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'} ago)`;
  }
  if (row.dueInDays === 0) return `Due today, ${date}`;
  return `Due ${date} (in ${row.dueInDays} ${row.dueInDays === 1 ? 'day' : 'days'})`;
}

function actionWords(row: TodoRow): string {
  switch (row.state) {
    case 'RETURNED':
      return 'Fix and resubmit';
    case 'DRAFT':
      return 'Continue the draft';
    case 'SUBMITTED':
    case 'APPROVED':
      return 'View';
    default:
      return 'Write the update';
  }
}

export default async function UpdatesPage() {
  const user = await requireUser('/updates');
  const reports = user.role === 'LEAD' || user.role === 'STAFF';
  const { rows, goals } = await listTodo(user);
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <PageHeader
        title="My updates"
        intro={
          <>
            {reports
              ? `Quarterly updates for the goals ${user.divisionName ?? 'your division'} owns: what is due first comes first.`
              : 'Division leads and staff write the quarterly updates for the goals their division owns.'}
          </>
        }
      />
      {!reports ? (
        <div className="card p-6">
          <p>
            Your role reviews progress rather than recording it.{' '}
            {can(user, 'progress:review', { organizationId: user.organizationId }) ? (
              <>
                Submitted updates wait for you on the <Link href="/review">review page</Link>.
              </>
            ) : (
              <>
                See the <Link href="/dashboard">dashboard</Link> for every goal&apos;s latest values.
              </>
            )}
          </p>
        </div>
      ) : goals.length === 0 ? (
        <div className="card p-6">
          <p>Your division does not own any goal yet. Ask your plan administrator to assign goals to it.</p>
        </div>
      ) : (
        <>
          {rows.length === 0 && (
            <div className="card p-6">
              <p>Nothing is due: every open reporting quarter of your goals has been submitted.</p>
            </div>
          )}
          <section aria-labelledby="todo-heading" className={rows.length ? 'card overflow-hidden' : 'hidden'}>
            <h2 id="todo-heading" className="sr-only">
              Updates by due date
            </h2>
            <ul className="divide-y divide-slate-200">
              {rows.map((row) => (
                <li
                  key={`${row.goal.id}-${row.period.id}`}
                  className="grid gap-2 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
                >
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{row.goal.title}</span>
                      <span className="text-sm text-slate-600">{row.goal.code}</span>
                      <span className="text-sm font-medium text-slate-800">· {row.period.label}</span>
                      <InboxStatusBadge status={row.status} />
                      {row.status === 'OVERDUE' && row.state === 'DRAFT' && <InboxStatusBadge status="DRAFT" />}
                    </p>
                    <p className={`text-sm ${row.status === 'OVERDUE' ? 'font-medium text-red-800' : 'text-slate-700'}`}>
                      {dueText(row)}
                      {row.updatedAt && row.updatedByName
                        ? ` · last saved by ${row.updatedByName} on ${formatDate(row.updatedAt)}`
                        : ''}
                    </p>
                    {row.reviewerComment && (
                      <p className="whitespace-pre-wrap rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
                        <span className="font-semibold">Reviewer: </span>
                        {row.reviewerComment}
                      </p>
                    )}
                  </div>
                  <Link
                    href={`/updates/${row.goal.id}?period=${row.period.id}`}
                    className={row.status === 'SUBMITTED' || row.status === 'APPROVED' ? 'btn-secondary' : 'btn-primary'}
                    aria-label={`${actionWords(row)}: ${row.goal.title}, ${row.period.label}`}
                  >
                    {actionWords(row)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <Section headingId="goals-heading" title={<>Your division&apos;s goals</>} className="space-y-2">
            <ul className="flex flex-wrap gap-3">
              {goals.map((g) => (
                <li key={g.id}>
                  <Link href={`/updates/${g.id}`} className="btn-secondary" aria-label={`Record progress for ${g.title}`}>
                    {g.title} <span className="font-normal text-slate-600">{g.code}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </main>
  );
}
