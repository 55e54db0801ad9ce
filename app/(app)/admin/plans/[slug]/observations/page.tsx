import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ObservationImportForm } from '@/components/observation-import-form';
import { requireUser } from '@/lib/data/current-user';
import { getObservationImportPage } from '@/lib/data/progress/observation-files';
import { isAppError } from '@/lib/errors';
import { COLUMN_GUIDE } from '@/lib/data/progress/import-format';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Import values' };

export default async function ObservationImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/admin/plans/${slug}/observations`);
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  const page = await getObservationImportPage(user, slug).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const base = `/admin/plans/${encodeURIComponent(page.plan.slug)}/observations`;
  const archived = page.plan.status === 'ARCHIVED';
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/admin/plans">Plans</Link> <span aria-hidden="true">/</span> {page.plan.name}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">Import values from a CSV file</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Load official results into {page.plan.name} — a state test file, a survey, a year of history — as one
          spreadsheet. You see every change and every problem before anything is saved, and the import is all or nothing.
        </p>
      </div>

      <section aria-labelledby="files-heading" className="card space-y-3 p-5">
        <h2 id="files-heading" className="text-lg font-semibold">
          Start from a file
        </h2>
        <ul className="grid gap-4 text-sm md:grid-cols-2">
          <li>
            <a href={`${base}/template.csv`} download className="font-semibold">
              Download the template (CSV)
            </a>
            <p className="text-slate-700">
              {page.templatePeriod
                ? `A row for each of the ${page.measureCount} measures and each student group it is reported for, for ${page.templatePeriod}; value and n are empty.`
                : 'The plan has no open reporting quarter, so the template has its header only.'}
            </p>
          </li>
          <li>
            <a href={`${base}/values.csv`} download className="font-semibold">
              Download the current values (CSV)
            </a>
            <p className="text-slate-700">
              The plan’s {page.approvedValueCount.toLocaleString('en-US')} approved values in the same format: correct a value
              there and import the file again — rows you did not touch stay unchanged.
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="upload-heading" className="card min-w-0 space-y-4 p-5">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload and preview
        </h2>
        {archived ? (
          <p className="text-slate-700">{page.plan.name} is archived: its values are kept as they are and take no imports.</p>
        ) : (
          <ObservationImportForm planSlug={page.plan.slug} planName={page.plan.name} />
        )}
      </section>

      <section aria-labelledby="rules-heading" className="card space-y-3 p-5">
        <h2 id="rules-heading" className="text-lg font-semibold">
          What an import does
        </h2>
        <ul className="max-w-4xl list-disc space-y-1 pl-5 text-slate-800">
          <li>
            Imported values are <strong>approved</strong> as they are saved, recorded as entered by you, and appear on the
            dashboard{page.plan.status === 'ACTIVE' ? ' and, for a published plan, on the public scorecard' : ''} at once.
            Each goal’s history lists the values the import added or changed.
          </li>
          <li>
            A row whose value and n match what is stored changes nothing. A row for a value already stored replaces it
            (before → after in the preview).
          </li>
          <li>
            <strong>Closed quarters are locked:</strong> no value is added to a closed quarter or changed in one.{' '}
            <Link href={`/admin/periods?plan=${encodeURIComponent(page.plan.slug)}`}>Reopen the quarter</Link> first (with a
            reason), or report the value in an open quarter.
            {page.closedQuarters.length > 0 && ` Closed now: ${page.closedQuarters.join(', ')}.`}
          </li>
          <li>
            A value a division reported in its quarterly update changes only through that update; an administrator can
            reopen an approved update on the goal page.
          </li>
        </ul>
      </section>

      <section aria-labelledby="columns-heading" className="card space-y-3 p-5">
        <h2 id="columns-heading" className="text-lg font-semibold">
          The columns
        </h2>
        <p className="max-w-4xl text-sm text-slate-700">
          The first line names the columns, in any order; capitals and spaces do not matter (“As of period” is{' '}
          <code>as_of_period</code>). Line numbers in problems are the spreadsheet’s row numbers, the header being line 1.
        </p>
        <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[15rem_minmax(0,1fr)] md:gap-y-3">
          {COLUMN_GUIDE.map((c) => (
            <div key={c.column} className="contents">
              <dt className="font-semibold">
                <code>{c.column}</code> <span className="font-normal text-slate-600">{c.required ? 'required' : 'optional'}</span>
              </dt>
              <dd className="mb-3 text-slate-800 md:mb-0">{c.text}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}
