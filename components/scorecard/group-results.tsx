// A disaggregated measure's student-group results for its latest period: a table whose bar
// column is the chart (hidden values show "*", never a bar), the declared gap over time, and
// earlier periods folded away.
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/scorecard/localized-text';
import type { AppLocale } from '@/i18n/routing';
import { FORMAT_LOCALE, type GroupPeriod, type MeasureDetail } from '@/lib/public-scorecard';
import { bucketLabel } from '@/lib/suppression';

async function GroupTable({ measure, period, locale }: { measure: MeasureDetail; period: GroupPeriod; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Goal' });
  const shown = period.rows.map((r) => r.value).filter((v): v is number => v !== null);
  const max = Math.max(...shown, 0);
  const min = Math.min(...shown, max);
  // Bars start at zero (or at the lowest value when it is negative): a bar's length is its value,
  // so a small gap never looks like a large one.
  const floor = Math.min(0, min);
  const width = (v: number) => (max === floor ? 100 : Math.max(4, ((v - floor) / (max - floor)) * 100));
  return (
    <div className="relative overflow-x-auto">
      <table className="scorecard-table">
        <caption className="pb-2 text-left text-sm font-semibold text-slate-800">
          {t('groupsCaption', { measure: measure.name.text, period: period.periodLabel, reported: period.reportedLabel })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('group')}</th>
            <th scope="col" className="text-right">
              {t('value')}
            </th>
            <th scope="col" className="hidden w-1/3 sm:table-cell">
              <span className="sr-only">{t('groupsChart', { measure: measure.name.text, period: period.periodLabel })}</span>
            </th>
            <th scope="col" className="text-right">
              {t('students')}
            </th>
            <th scope="col" className="text-right">
              {t('gapToAll')}
            </th>
          </tr>
        </thead>
        <tbody>
          {period.rows.map((r) => (
            <tr key={r.groupCode} className={r.isAll ? 'font-semibold' : undefined}>
              <th scope="row">
                <LocalizedText value={r.name} pageLang={locale} />
              </th>
              <td className="text-right tabular-nums">
                {r.value === null ? (
                  <a href="#suppression-note" aria-describedby="suppression-note" className="inline-flex min-h-6 min-w-6 items-center justify-center">
                    *
                  </a>
                ) : (
                  r.display
                )}
              </td>
              <td className="hidden sm:table-cell" aria-hidden="true">
                {r.value === null ? (
                  <span className="text-slate-700">*</span>
                ) : (
                  <span className={`block h-3 rounded-sm ${r.isAll ? 'bg-brand-900' : 'bg-brand-600'}`} style={{ width: `${width(r.value)}%` }} />
                )}
              </td>
              <td className="text-right tabular-nums">{r.nBucket ? bucketLabel(r.nBucket, FORMAT_LOCALE[locale]) : '—'}</td>
              <td className="text-right tabular-nums">{r.gapDisplay}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function GroupResults({ measure, locale }: { measure: MeasureDetail; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Goal' });
  const [latest, ...earlier] = measure.groups;
  if (!latest) return null;
  return (
    <div className="space-y-4">
      <h4 className="text-base font-semibold">{t('groups', { period: latest.periodLabel })}</h4>
      <GroupTable measure={measure} period={latest} locale={locale} />
      {measure.gap && (
        <div className="space-y-1 text-sm">
          <h4 className="text-base font-semibold">
            {t('gap', { focus: measure.gap.focus.text, reference: measure.gap.reference.text })}
          </h4>
          <p className="text-slate-700">{t('gapExplained', { focus: measure.gap.focus.text, reference: measure.gap.reference.text })}</p>
          <table className="scorecard-table max-w-md">
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col" className="text-right">
                  {t('gapPeriod')}
                </th>
              </tr>
            </thead>
            <tbody>
              {measure.gap.points.map((p) => (
                <tr key={p.periodLabel}>
                  <th scope="row">
                    {p.periodLabel}
                  </th>
                  <td className="text-right tabular-nums">{p.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="inline-flex min-h-6 cursor-pointer items-center font-semibold">{t('earlierGroups')}</summary>
          <div className="mt-3 space-y-4">
            {earlier.map((period) => (
              <GroupTable key={period.periodCode} measure={measure} period={period} locale={locale} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
