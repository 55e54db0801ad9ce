import Link from 'next/link';
import { connection } from 'next/server';
import { PublicHeader } from '@/components/public-header';
import { listPublishedScorecards } from '@/lib/data/scorecard';
import { formatMonthYear } from '@/lib/format';

export default async function HomePage() {
  await connection();
  const scorecards = await listPublishedScorecards();
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-10">
        <div className="max-w-3xl space-y-3">
          <h1 className="text-3xl font-bold sm:text-4xl">Strategic plans, tracked in the open</h1>
          <p className="text-lg text-slate-700">
            County offices of education and school districts publish their strategic plans here, with each goal&apos;s
            progress against its baseline and target.
          </p>
        </div>
        <section aria-labelledby="scorecards" className="space-y-4">
          <h2 id="scorecards" className="text-xl font-semibold">
            Published scorecards
          </h2>
          {scorecards.length === 0 ? (
            <p className="text-slate-700">No plan has been published yet.</p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {scorecards.map((s) => (
                <li key={`${s.organization.slug}/${s.slug}`} className="card p-5">
                  <p className="text-sm text-slate-600">{s.organization.name}</p>
                  <h3 className="text-lg font-semibold">
                    <Link href={`/scorecard/${s.organization.slug}/${s.slug}`}>{s.name}</Link>
                  </h3>
                  <p className="text-sm text-slate-600">
                    {formatMonthYear(s.cycleStart)} – {formatMonthYear(s.cycleEnd)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  );
}
