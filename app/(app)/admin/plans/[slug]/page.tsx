import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanSettingsForm } from '@/components/plan-settings-form';
import { PlanStatusForm, PublishForm } from '@/components/plan-status-forms';
import { requireAdmin } from '@/lib/data/current-user';
import { getPlanSettings } from '@/lib/data/plan/settings';
import { getPublishPreview } from '@/lib/data/plan/status';
import { isAppError } from '@/lib/errors';
import { formatDate } from '@/lib/labels';
import { STATUS_WORDS } from '@/lib/data/plan/fields';
import { Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Plan settings' };

const CREATED: Record<string, string> = {
  '1': 'Draft plan created, with its reporting quarters. Build its structure next, or fill in its settings below.',
  'next-cycle': 'The next cycle’s draft plan is created: structure and measures carried over, last actuals proposed as baselines. Review its settings and structure before making it active.',
};

export default async function PlanSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { slug } = await params;
  const { created } = await searchParams;
  const user = await requireAdmin(`/admin/plans/${slug}`);
  let plan;
  let preview;
  try {
    [plan, preview] = await Promise.all([getPlanSettings(user, slug), getPublishPreview(user, slug)]);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/plans">Plans</Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{plan.name}</h1>
        <p className="text-slate-700">
          {STATUS_WORDS[plan.status]} · {plan.published ? 'published' : 'not published'} · {formatDate(plan.settings.cycleStart)} –{' '}
          {formatDate(plan.settings.cycleEnd)} · <code>{plan.slug}</code>
        </p>
        {created && CREATED[created] && (
          <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
            {CREATED[created]}
          </p>
        )}
        <nav aria-label={`Manage ${plan.name}`}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link href={`/admin/plans/${plan.slug}/structure`} className="btn-secondary">
                Edit structure
              </Link>
            </li>
            <li>
              <Link href={`/admin/plans/${plan.slug}/observations`} className="btn-secondary">
                Import values (CSV)
              </Link>
            </li>
            <li>
              <Link href={`/admin/plans/${plan.slug}/next-cycle`} className="btn-secondary">
                Start the next cycle
              </Link>
            </li>
            <li>
              <a href={`/admin/plans/${plan.slug}/export.json`} className="btn-secondary" download>
                Download (JSON)
              </a>
            </li>
            <li>
              <Link href={`/dashboard?plan=${plan.slug}`} className="btn-secondary">
                Open on the dashboard
              </Link>
            </li>
          </ul>
        </nav>
      </div>

      <div className="grid gap-6 md:grid-cols-2 md:items-start">
        <Section headingId="status-heading" title={<>Status: {STATUS_WORDS[plan.status]}</>} className="card space-y-2 p-5">
          <p className="text-sm text-slate-700">
            {plan.status === 'DRAFT' && 'A draft is being prepared: divisions do not report on it yet.'}
            {plan.status === 'ACTIVE' && 'The plan is in force: divisions report their quarterly progress on it.'}
            {plan.status === 'ARCHIVED' && 'The cycle is over: its updates and values are kept and stay readable.'}
            {plan.updates > 0 && ` It holds ${plan.updates} ${plan.updates === 1 ? 'update' : 'updates'}.`}
          </p>
          {plan.status !== 'ACTIVE' && plan.otherActivePlans.length > 0 && (
            <p className="text-sm text-slate-700">In force now: {plan.otherActivePlans.join(', ')}.</p>
          )}
          <PlanStatusForm
            planId={plan.id}
            planName={plan.name}
            changes={plan.statusChanges}
            otherActivePlans={plan.otherActivePlans}
            published={plan.published}
          />
        </Section>
        <Section headingId="publish-heading" title={<>Public scorecard: {plan.published ? 'published' : 'not published'}</>} className="card space-y-2 p-5">
          <p className="text-sm text-slate-700">
            {plan.published ? (
              <>
                Anyone can read it at <Link href={preview.publicPath}>{preview.publicPath}</Link>
                {plan.publishedAt ? ` (published ${formatDate(plan.publishedAt)})` : ''}.
              </>
            ) : (
              'Only signed-in people of your organization see this plan. Publishing shows its structure, targets and approved values to everyone; you see the list before you confirm.'
            )}
          </p>
          {!plan.published && plan.status === 'DRAFT' && (
            <p className="text-sm text-slate-700">
              A draft can be published, so the community can read the proposed plan; it shows no progress until it is active.
            </p>
          )}
          <PublishForm preview={preview} />
        </Section>
      </div>

      <section aria-labelledby="settings-heading" className="card space-y-4 p-5">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Settings
        </h2>
        <PlanSettingsForm plan={plan} />
      </section>
    </main>
  );
}
