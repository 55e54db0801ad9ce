import type { Metadata } from 'next';
import Link from 'next/link';
import { getAdminOverview } from '@/lib/data/admin-overview';
import { requireAdmin } from '@/lib/data/current-user';
import { formatDate } from '@/lib/labels';
import { PageHeader, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Administration' };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function Tile({ href, title, figure, detail }: { href: string; title: string; figure: string; detail: string[] }) {
  return (
    <li className="card flex flex-col p-5">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{title}</h3>
      <p className="mt-1 text-2xl font-bold text-slate-900">{figure}</p>
      <ul className="mt-1 flex-1 text-sm text-slate-700">
        {detail.filter(Boolean).map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href={href} className="font-medium">
          Manage {title.toLowerCase()}
          <span className="sr-only"> ({figure})</span>
        </Link>
      </p>
    </li>
  );
}

export default async function AdminOverviewPage() {
  const user = await requireAdmin('/admin');
  const { counts, nextSteps, recentImports } = await getAdminOverview(user);
  const plan = counts.currentPlan;
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <PageHeader
        title="Administration"
        intro={
          <>
            {user.organizationName}: its plans, people, divisions, student groups and reporting periods.
          </>
        }
      />

      <Section headingId="next-heading" title="What to do next" className="card p-5">
        {nextSteps.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing is waiting: the plan is set up, published and reporting on time.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {nextSteps.map((step, i) => (
              <li key={step.key} className="flex gap-3">
                <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-800">
                  {i + 1}
                </span>
                <span className="min-w-0">
                  <span className="block text-slate-800">{step.text}</span>
                  <Link href={step.href} className="font-medium">
                    {step.action}
                  </Link>
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="sr-only">
          At a glance
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Tile
            href="/admin/plans"
            title="Plans"
            figure={plural(counts.plans.total, 'plan', 'plans')}
            detail={[
              [counts.plans.active && `${counts.plans.active} active`, counts.plans.draft && `${counts.plans.draft} draft`, counts.plans.archived && `${counts.plans.archived} archived`]
                .filter(Boolean)
                .join(' · '),
              `${counts.plans.published} published`,
              plan ? `${plan.name}: ${plural(plan.goals, 'goal', 'goals')}, ${plural(plan.values, 'value', 'values')}` : '',
            ]}
          />
          <Tile
            href="/admin/users"
            title="People"
            figure={plural(counts.people.active, 'person', 'people')}
            detail={[
              counts.people.invited ? `${counts.people.invited} invited, not signed in yet` : '',
              counts.people.deactivated ? `${counts.people.deactivated} deactivated` : '',
            ]}
          />
          <Tile
            href="/admin/divisions"
            title="Divisions"
            figure={plural(counts.divisions, 'division', 'divisions')}
            detail={[counts.goalsWithoutDivision ? plural(counts.goalsWithoutDivision, 'goal without a division', 'goals without a division') : '']}
          />
          <Tile href="/admin/student-groups" title="Student groups" figure={plural(counts.studentGroups, 'group', 'groups')} detail={['All students and the groups measures report by']} />
          <Tile
            href="/admin/periods"
            title="Periods"
            figure={counts.periods.overdue ? `${counts.periods.overdue} overdue` : 'On schedule'}
            detail={[
              counts.periods.nextDue ? `Next due: ${counts.periods.nextDue.label}, ${formatDate(counts.periods.nextDue.dueDate)}` : 'No quarter due ahead',
              counts.waitingForReview ? plural(counts.waitingForReview, 'update waiting for review', 'updates waiting for review') : '',
            ]}
          />
          <Tile
            href={plan ? `/admin/plans/${plan.slug}/observations` : '/admin/plans'}
            title="Imports"
            figure={plural(recentImports.length, 'recent import', 'recent imports')}
            detail={[recentImports[0] ? `Last: ${formatDate(recentImports[0].at)}` : 'Plan files and CSV values']}
          />
        </ul>
      </section>

      {recentImports.length > 0 && (
        <Section headingId="imports-heading" title="Recent imports" className="card p-5">
          <ul className="mt-2 divide-y divide-slate-200">
            {recentImports.map((i) => (
              <li key={i.id} className="py-2 text-sm">
                <span className="font-medium">{i.summary}</span>
                <span className="block text-slate-600">
                  {formatDate(i.at)}
                  {i.by ? ` · ${i.by}` : ' · command line'}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </main>
  );
}
