import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { FocusHere } from '@/components/layout/focus';
import { ReviewForm } from '@/components/review-form';
import { requireUser } from '@/lib/data/current-user';
import { PDSA_FIELDS, updateFieldText } from '@/lib/data/progress/fields';
import { getReviewOutcome, listReviewQueue } from '@/lib/data/progress/review';
import { formatDate, REPORTED_STATUS_LABELS } from '@/lib/labels';
import { can } from '@/lib/permissions';
import { PageHeader } from '@/components/layout/page-parts';
import { ColumnHeads } from '@/components/column-heads';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ reviewed?: string }> }) {
  const { reviewed } = await searchParams;
  const user = await requireUser('/review');
  if (!can(user, 'progress:review', { organizationId: user.organizationId })) redirect('/updates');
  const [queue, outcome] = await Promise.all([listReviewQueue(user), reviewed ? getReviewOutcome(user, reviewed) : null]);
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader
        title="Review"
        intro={
          <>
            {queue.length === 0
              ? 'Nothing is waiting for review.'
              : `${queue.length} submitted ${queue.length === 1 ? 'update is' : 'updates are'} waiting, oldest first. Approved values become public on the scorecard; returned updates go back to the division with your comment.`}
          </>
        }
      />
      {outcome && outcome.state !== 'SUBMITTED' && (
        <FocusHere key={reviewed ?? ''} role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
          <p className="font-semibold">
            {outcome.state === 'APPROVED' ? 'Approved' : 'Returned to the division'}:{' '}
            <Link href={`/goals/${outcome.goal.id}`}>{outcome.goal.title}</Link>, {outcome.periodLabel}.
          </p>
          {outcome.state === 'APPROVED' ? (
            <p>Its values now count on the dashboard and the public scorecard.</p>
          ) : (
            outcome.comment && <p className="whitespace-pre-wrap">Your comment: {outcome.comment}</p>
          )}
        </FocusHere>
      )}
      {queue.length === 0 ? (
        <div className="card p-6">
          <p>
            When a division lead submits a quarterly update, it appears here. See the <Link href="/dashboard">dashboard</Link> for the
            plan as it stands.
          </p>
        </div>
      ) : (
        <ol className="space-y-6">
          {queue.map((item) => (
            <li key={item.id}>
              <article aria-labelledby={`review-${item.id}`} className="card space-y-4 p-5">
                <header className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 id={`review-${item.id}`} className="text-lg font-semibold">
                      <Link href={`/goals/${item.goal.id}`}>{item.goal.title}</Link>{' '}
                      <span className="font-normal text-slate-600">— {item.periodLabel}</span>
                    </h2>
                    <p className="text-sm text-slate-600">
                      {item.divisionName ?? 'No division'} · {item.goal.code} · {item.planName}
                    </p>
                  </div>
                  <p className="text-sm text-slate-700">
                    Submitted{item.submittedBy ? ` by ${item.submittedBy}` : ''}
                    {item.submittedAt ? ` on ${formatDate(item.submittedAt)}` : ''}
                  </p>
                </header>

                {item.reviewerComment && (
                  <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm">
                    <span className="font-semibold">Earlier comment:</span> {item.reviewerComment}
                  </p>
                )}

                {item.measures.map((m) => (
                  <div key={m.id} className="space-y-1">
                    <h3 className="text-sm font-semibold">{m.name}</h3>
                    <p className="text-sm text-slate-600">Target: {m.targetSentence}</p>
                    <div className="relative overflow-x-auto">
                      <table className="data-table">
                        <caption className="sr-only">Values reported for {m.name}</caption>
                        <ColumnHeads columns={['Student group', 'As of', 'Value', 'n', 'Previous approved', 'Expected']} />
                        <tbody>
                          {m.rows.map((r) => (
                            <tr key={`${r.group}-${r.asOf}`}>
                              <th scope="row" className="!bg-transparent font-medium">
                                {r.group}
                              </th>
                              <td>{r.asOf}</td>
                              <td className="font-semibold">{r.value}</td>
                              <td>{r.n === null ? '—' : r.n.toLocaleString('en-US')}</td>
                              <td>{r.previous ?? '—'}</td>
                              <td>{r.expected ?? '—'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </div>
                ))}

                <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
                  <dt className="font-semibold text-slate-700">Division&apos;s assessment</dt>
                  <dd>{item.reportedStatus ? REPORTED_STATUS_LABELS[item.reportedStatus] : 'Not assessed'}</dd>
                  <dt className="font-semibold text-slate-700">Narrative</dt>
                  <dd className="whitespace-pre-wrap">{item.narrative || '—'}</dd>
                  {PDSA_FIELDS.filter((k) => item[k]).map((k) => (
                    <div key={k} className="contents">
                      <dt className="font-semibold text-slate-700">{updateFieldText(k).label}</dt>
                      <dd className="whitespace-pre-wrap">{item[k]}</dd>
                    </div>
                  ))}
                  {item.evidenceLinks.length > 0 && (
                    <>
                      <dt className="font-semibold text-slate-700">Evidence</dt>
                      <dd>
                        <ul className="space-y-1">
                          {item.evidenceLinks.map((link) => (
                            <li key={link} className="break-all">
                              <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                                {link}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                </dl>
                <ReviewForm updateId={item.id} version={item.version} title={`${item.goal.title}, ${item.periodLabel}`} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
