import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObservationImportForm } from '@/components/observation-import-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getObservationImportPage } from '@/lib/data/progress/observation-files';
import { isAppError } from '@/lib/errors';
import { COLUMN_GUIDE } from '@/lib/data/progress/import-format';
import { AdminPage, planCrumbs, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Import values' };

export default async function ObservationImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireAdmin(`/admin/plans/${slug}/observations`);
  const page = await getObservationImportPage(user, slug).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const base = `/admin/plans/${encodeURIComponent(page.plan.slug)}/observations`;
  const archived = page.plan.status === 'ARCHIVED';
  return (
    <AdminPage
      width="wide"
      trail={planCrumbs(page.plan)}
      title="Import values from a CSV file"
      intro={
        <>
          Load official results into {page.plan.name} — a state test file, a survey, a year of history — as one
          spreadsheet. You see every change and every problem before anything is saved, and the import is all or nothing.
        </>
      }
    >

      <Section headingId="files-heading" title="Start from a file">
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
      </Section>

      <Section headingId="upload-heading" title="Upload and preview" className="card min-w-0 space-y-4 p-5">
        {archived ? (
          <p className="text-slate-700">{page.plan.name} is archived: its values are kept as they are and take no imports.</p>
        ) : (
          <ObservationImportForm planSlug={page.plan.slug} planName={page.plan.name} />
        )}
      </Section>

      <Section headingId="rules-heading" title="What an import does">
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
      </Section>

      <Section headingId="columns-heading" title="The columns">
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
      </Section>
    </AdminPage>
  );
}
