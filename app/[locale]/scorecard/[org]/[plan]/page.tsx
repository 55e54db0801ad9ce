import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GoalSummary } from '@/components/scorecard/goal-summary';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { DemoNotice, PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { StatusIcon } from '@/components/status-badge';
import { StatusCountsInline, StatusSummary } from '@/components/status-summary';
import { localePath } from '@/i18n/routing';
import { getScorecardView } from '@/lib/data/scorecard';
import { formatDate } from '@/lib/labels';
import { formatMonthYear, numberFormat } from '@/lib/format';
import { FORMAT_LOCALE } from '@/lib/public-scorecard';
import type { MeasureStatus } from '@/lib/status';
import { orNotFound, orNull, pageLocale, shareMetadata } from '../../../public-route';
import { Section } from '@/components/layout/page-parts';

type Props = { params: Promise<{ locale: string; org: string; plan: string }> };
const STATUSES: MeasureStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, org, plan } = await params;
  const locale = pageLocale(raw);
  const view = await orNull(getScorecardView(org, plan, locale));
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: 'Scorecard' });
  return shareMetadata(
    locale,
    `/scorecard/${org}/${plan}`,
    `${view.plan.name.text} — ${view.plan.organizationName}`,
    t('metaDescription', { organization: view.plan.organizationName, plan: view.plan.name.text }),
  );
}

export default async function ScorecardPage({ params }: Props) {
  const { locale: raw, org, plan: planSlug } = await params;
  const locale = pageLocale(raw);
  const view = await orNotFound(getScorecardView(org, planSlug, locale));
  const { plan } = view;
  const t = await getTranslations({ locale, namespace: 'Scorecard' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const statusLabels = Object.fromEntries(STATUSES.map((s) => [s, ts(s)])) as Record<MeasureStatus, string>;
  const fmt = FORMAT_LOCALE[locale];
  const path = `/scorecard/${org}/${planSlug}`;
  const goal = plan.labels.goal.text.toLowerCase();
  const threshold = numberFormat(fmt, { style: 'percent' }).format(plan.atRiskThreshold);
  return (
    <>
      <PublicHeader locale={locale} path={path} />
      {plan.demoProgress && <DemoNotice locale={locale} />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <header className="space-y-3">
          <p className="text-sm font-medium text-slate-700">{plan.organizationName}</p>
          <h1 className="text-2xl font-bold sm:text-4xl">
            <LocalizedText value={plan.name} pageLang={locale} />
          </h1>
          <p className="text-sm text-slate-700">
            {t('eyebrow', { start: formatMonthYear(new Date(plan.cycleStart), fmt), end: formatMonthYear(new Date(plan.cycleEnd), fmt) })}
            {' · '}
            {plan.lastApprovedAt ? t('updated', { date: formatDate(plan.lastApprovedAt, fmt) }) : t('noUpdates')}
          </p>
          {(plan.vision || plan.mission) && (
            <dl className="grid gap-4 pt-2 md:grid-cols-2">
              {(['vision', 'mission'] as const).map(
                (key) =>
                  plan[key] && (
                    <div key={key} className="card p-4">
                      <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t(key)}</dt>
                      <dd className="mt-1 text-slate-800">
                        <LocalizedText value={plan[key]} pageLang={locale} />
                      </dd>
                    </div>
                  ),
              )}
            </dl>
          )}
        </header>

        <Section headingId="health" title={t('atAGlance', { goals: plan.labels.goals.text })} className="space-y-3">
          <StatusSummary counts={view.counts} label={t('countsLabel', { goals: plan.labels.goals.text })} statusLabels={statusLabels} />
        </Section>

        <section aria-labelledby="how-to-read" className="card space-y-2 p-4 text-sm text-slate-800">
          <h2 id="how-to-read" className="text-base font-semibold">
            {t('howToRead')}
          </h2>
          <p className="max-w-3xl">{t('howToReadBody', { goal })}</p>
        </section>

        <div className="space-y-10">
          {view.objectives.map((objective, index) => (
            <section key={objective.id} aria-labelledby={`objective-${objective.id}`} className="space-y-4">
              <div className="border-b border-slate-300 pb-3">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                  {t('objectiveNumber', { label: plan.labels.objective.text, number: index + 1 })}
                </p>
                <h2 id={`objective-${objective.id}`} className="text-xl font-bold text-slate-900 sm:text-2xl">
                  <LocalizedText value={objective.name} pageLang={locale} />
                </h2>
                {objective.description && (
                  <p className="mt-1 max-w-3xl text-sm text-slate-700">
                    <LocalizedText value={objective.description} pageLang={locale} />
                  </p>
                )}
                <div className="mt-2">
                  <StatusCountsInline counts={objective.counts} statusLabels={statusLabels} />
                </div>
              </div>
              {objective.goals.length === 0 && (
                <p className="text-sm text-slate-700">
                  {t('noGoalsStated')}
                </p>
              )}
              <div className="grid gap-4 lg:grid-cols-2">
                {objective.goals.map((g) => (
                  <GoalSummary key={g.code} goal={g} locale={locale} href={localePath(locale, `${path}/goals/${g.code.toLowerCase()}`)} />
                ))}
              </div>
            </section>
          ))}
        </div>

        <Section headingId="methodology" title={t('methodology')} className="card space-y-3 p-4 text-sm text-slate-800 sm:p-6">
          <p className="max-w-3xl">{t('methodologyStatus')}</p>
          <ul className="space-y-1">
            {(
              [
                ['MET', t('methodologyMet')],
                ['ON_TRACK', t('methodologyOnTrack')],
                ['AT_RISK', t('methodologyAtRisk', { threshold })],
                ['OFF_TRACK', t('methodologyOffTrack')],
                ['NO_DATA', t('methodologyNoData')],
              ] as const
            ).map(([status, text]) => (
              <li key={status} className="flex items-start gap-2">
                <StatusIcon status={status} className="mt-0.5 h-4 w-4 shrink-0 text-slate-700" />
                <span>
                  <strong>{ts(status)}</strong>: {text}
                </span>
              </li>
            ))}
          </ul>
          <p className="max-w-3xl">{t('methodologyGoal', { goal })}</p>
          <p className="max-w-3xl">{t('methodologySources', { goal })}</p>
        </Section>

        <Section headingId="open-data" title={t('openData')} className="space-y-2">
          <p className="text-sm text-slate-700">{t('openDataBody')}</p>
          <p className="flex flex-wrap gap-3">
            <a className="btn-secondary" href={localePath(locale, `${path}/data.csv`)} download>
              {t('downloadCsv')}
            </a>
            <a className="btn-secondary" href={localePath(locale, `${path}/data.json`)}>
              {t('downloadJson')}
            </a>
          </p>
        </Section>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
