import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { Sparkline } from '@/components/scorecard/trend-chart';
import { StatusBadge } from '@/components/status-badge';
import type { AppLocale } from '@/i18n/routing';
import { formatDate } from '@/lib/labels';
import { FORMAT_LOCALE, type GoalCard, type MeasureCard } from '@/lib/public-scorecard';

type Translate = Awaited<ReturnType<typeof getTranslations<'Chart'>>>;

/** The chart's text alternative: the latest value against the target, and the status. */
export function measureSummary(t: Translate, m: MeasureCard, status: string): string {
  return m.latest
    ? t('summary', { measure: m.name.text, value: m.latest.display, period: m.latest.periodLabel, target: m.targetSentence, status })
    : t('summaryNoData', { measure: m.name.text, target: m.targetSentence });
}

/** One goal on the plan page: status, each measure's latest value against its target, a sparkline. */
export async function GoalSummary({ goal, href, locale }: { goal: GoalCard; href: string; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Scorecard' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tc = await getTranslations({ locale, namespace: 'Chart' });
  const tCommon = await getTranslations({ locale, namespace: 'Common' });
  const headingId = `goal-${goal.code}`;
  return (
    <article className="card flex min-w-0 flex-col gap-3 p-4 sm:p-5" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-700">
            <LocalizedText value={goal.priority} pageLang={locale} />
          </p>
          <h3 id={headingId} className="text-lg font-semibold text-slate-900">
            <Link href={href}>
              <LocalizedText value={goal.title} pageLang={locale} />
            </Link>
            <span className="ml-2 text-xs font-normal text-slate-700">{goal.code}</span>
          </h3>
        </div>
        <StatusBadge status={goal.status} label={ts(goal.status)} />
      </div>
      <p className="line-clamp-3 text-sm text-slate-700" lang={goal.statement.lang === locale ? undefined : goal.statement.lang}>
        {goal.statement.text}
      </p>
      <ul className="divide-y divide-slate-100 border-t border-slate-100" aria-label={t('measuresOf', { goal: goal.title.text })}>
        {goal.measures.map((m) => (
          <li key={m.code} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 text-sm">
            <div className="min-w-0 flex-1 basis-56">
              <p className="font-medium text-slate-900">
                <LocalizedText value={m.name} pageLang={locale} />
              </p>
              <p className="mt-0.5">
                {m.latest ? (
                  <>
                    <span className="text-xl font-bold tabular-nums">{m.latest.display}</span>{' '}
                    <span className="text-slate-700">{m.latest.periodLabel}</span>
                  </>
                ) : (
                  <span className="text-slate-700">{t('noApprovedValue')}</span>
                )}
              </p>
              <p className="text-slate-700">
                {t('target')} {m.targetSentence}
                {m.baselineIsDemo && <span className="text-amber-900"> ({tCommon('demoBaseline')})</span>}
              </p>
            </div>
            <Sparkline
              actual={m.actual}
              target={m.target}
              summary={measureSummary(tc, m, ts(m.status).toLowerCase())}
            />
          </li>
        ))}
      </ul>
      <p className="mt-auto text-xs text-slate-700">
        {goal.lastApprovedAt ? t('lastUpdate', { date: formatDate(goal.lastApprovedAt, FORMAT_LOCALE[locale]) }) : t('noUpdates')}
      </p>
    </article>
  );
}
