import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { measureSummary } from '@/components/scorecard/goal-summary';
import { GroupResults } from '@/components/scorecard/group-results';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { DemoNotice, PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { TrendChart } from '@/components/scorecard/trend-chart';
import { StatusBadge } from '@/components/status-badge';
import { localePath } from '@/i18n/routing';
import { getGoalView } from '@/lib/data/scorecard';
import { dateFormat, formatValue } from '@/lib/format';
import { formatDate } from '@/lib/labels';
import { FORMAT_LOCALE } from '@/lib/public-scorecard';
import { orNotFound, orNull, pageLocale, shareMetadata } from '../../../../../public-route';

type Props = { params: Promise<{ locale: string; org: string; plan: string; goal: string }> };

/** One term and its value in a description list. */
function Fact({
  term,
  className,
  valueClassName,
  children,
}: {
  term: string;
  className?: string;
  valueClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <dt className="font-semibold text-slate-800">{term}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, org, plan, goal } = await params;
  const locale = pageLocale(raw);
  const view = await orNull(getGoalView(org, plan, goal, locale));
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: 'Goal' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const path = `/scorecard/${org}/${plan}/goals/${view.goal.code.toLowerCase()}`;
  const description = t('metaDescription', {
    goal: view.goal.title.text,
    status: ts(view.goal.status).toLowerCase(),
    target: view.measures[0]?.targetSentence ?? '',
  }).trim();
  return shareMetadata(locale, path, `${view.goal.title.text} — ${view.plan.name.text}`, description, {
    path: `${path}/og.png`,
    alt: `${view.goal.code}: ${view.goal.title.text} — ${ts(view.goal.status)}`,
  });
}

export default async function PublicGoalPage({ params }: Props) {
  const { locale: raw, org, plan: planSlug, goal: goalCode } = await params;
  const locale = pageLocale(raw);
  const view = await orNotFound(getGoalView(org, planSlug, goalCode, locale));
  const { plan, goal } = view;
  const t = await getTranslations({ locale, namespace: 'Goal' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tc = await getTranslations({ locale, namespace: 'Chart' });
  const tCommon = await getTranslations({ locale, namespace: 'Common' });
  const fmt = FORMAT_LOCALE[locale];
  const planPath = `/scorecard/${org}/${planSlug}`;
  const path = `${planPath}/goals/${goal.code.toLowerCase()}`;
  const monthYear = (time: number) => dateFormat(fmt, { month: 'short', year: 'numeric' }).format(time);
  const anySuppressed = view.measures.some((m) => m.groups.some((p) => p.rows.some((r) => r.suppressed)));

  return (
    <>
      <PublicHeader locale={locale} path={path} />
      {plan.demoProgress && <DemoNotice locale={locale} />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <nav aria-label={tCommon('breadcrumbs')} className="text-sm">
          <Link href={localePath(locale, planPath)} className="inline-flex min-h-6 items-center">
            ← {t('backTo', { plan: plan.name.text })}
          </Link>
        </nav>
        <header className="space-y-3">
          <p className="text-sm font-medium text-slate-700">
            {plan.labels.objective.text}: <LocalizedText value={view.objective} pageLang={locale} /> ·{' '}
            <LocalizedText value={view.priority} pageLang={locale} />
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold sm:text-4xl">
              <LocalizedText value={goal.title} pageLang={locale} />
            </h1>
            <StatusBadge status={goal.status} size="md" label={ts(goal.status)} />
          </div>
          <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
            <Fact term={t('statement')} className="sm:col-span-2" valueClassName="max-w-3xl text-slate-800">
              <LocalizedText value={goal.statement} pageLang={locale} />
            </Fact>
            {(
              [
                [t('whoIsIncluded'), goal.inclusion],
                [t('equityFocus'), goal.equityFocus],
                [t('owner'), goal.divisionName],
              ] as const
            ).map(
              ([term, value]) =>
                value && (
                  <Fact key={term} term={term}>
                    <LocalizedText value={value} pageLang={locale} />
                  </Fact>
                ),
            )}
            {goal.deadline && (
              <Fact term={t('deadline')}>
                {formatDate(goal.deadline, fmt)}
              </Fact>
            )}
          </dl>
        </header>

        <section aria-labelledby="measures" className="space-y-6">
          <h2 id="measures" className="text-xl font-bold">
            {t('measures')}
          </h2>
          {view.measures.map((m) => {
            const value = (v: number) => formatValue(v, m.unit, m.decimals, fmt);
            const id = `measure-${m.code}`;
            return (
              <article key={m.code} aria-labelledby={id} className="card min-w-0 space-y-4 p-3 sm:p-6">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 id={id} className="text-lg font-semibold">
                    <LocalizedText value={m.name} pageLang={locale} />
                  </h3>
                  <StatusBadge status={m.status} label={ts(m.status)} />
                </div>
                <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-3">
                  <Fact term={t('baseline')}>
                    {m.baseline.display
                      ? m.baseline.label
                        ? t('baselineValue', { value: m.baseline.display, label: m.baseline.label })
                        : m.baseline.display
                      : '—'}
                    {m.baselineIsDemo && <span className="text-amber-900"> ({tCommon('demoBaseline')})</span>}
                  </Fact>
                  <Fact term={t('finalTarget')} className="sm:col-span-2">
                    {m.targetSentence}
                  </Fact>
                  {m.dataSource && (
                    <Fact term={t('dataSource')} className="sm:col-span-3">
                      <span lang={locale === 'en' ? undefined : 'en'}>{m.dataSource}</span>
                    </Fact>
                  )}
                </dl>
                <TrendChart
                  actual={m.actual}
                  target={m.target}
                  baseline={m.baseline.value}
                  summary={measureSummary(tc, m, ts(m.status).toLowerCase())}
                  formatValue={value}
                  formatTime={monthYear}
                  legend={{ approved: tc('approved'), target: tc('targetPath'), baseline: tc('baseline') }}
                />
                {m.table.length > 0 ? (
                  <div className="relative overflow-x-auto">
                    <table className="scorecard-table">
                      <caption className="pb-2 text-left text-sm font-semibold text-slate-800">
                        {t('dataTable', { measure: m.name.text })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('period')}</th>
                          <th scope="col" className="text-right">
                            {t('value')}
                          </th>
                          <th scope="col" className="text-right">
                            {t('expected')}
                          </th>
                          <th scope="col">{t('status')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {m.table.map((row) => (
                          <tr key={row.periodLabel}>
                            <th scope="row">
                              {row.periodLabel}
                            </th>
                            <td className="text-right tabular-nums">{row.value}</td>
                            <td className="text-right tabular-nums">{row.expected ?? '—'}</td>
                            <td>
                              <StatusBadge status={row.status} label={ts(row.status)} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : (
                  <p className="text-sm text-slate-700">{t('noValues')}</p>
                )}
                {m.groups.length > 0 && <GroupResults measure={m} locale={locale} />}
              </article>
            );
          })}
          {anySuppressed && (
            <p id="suppression-note" className="text-sm text-slate-800">
              {t('suppressedFootnote')}
            </p>
          )}
        </section>

        <section aria-labelledby="narrative" className="card space-y-2 p-4 sm:p-6">
          <h2 id="narrative" className="text-xl font-bold">
            {t('narrative')}
          </h2>
          {view.narrative ? (
            <>
              <p className="text-sm text-slate-700">
                {t('narrativeFrom', { period: view.narrative.periodLabel })}
                {view.narrative.reviewedAt && ` · ${formatDate(view.narrative.reviewedAt, fmt)}`}
              </p>
              <p className="max-w-3xl whitespace-pre-line text-slate-800">
                <LocalizedText value={view.narrative.text} pageLang={locale} />
              </p>
            </>
          ) : (
            <p className="text-slate-700">{t('noNarrative')}</p>
          )}
        </section>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
