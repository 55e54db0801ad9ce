import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { localePath } from '@/i18n/routing';
import { listPublishedScorecards } from '@/lib/data/scorecard';
import { formatMonthYear } from '@/lib/format';
import { FORMAT_LOCALE, localized } from '@/lib/public-scorecard';
import { pageLocale, shareMetadata } from './public-route';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { ...shareMetadata(locale, '/', t('title'), t('intro')), title: { absolute: `Northstar — ${t('title')}` } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const scorecards = await listPublishedScorecards();
  const fmt = FORMAT_LOCALE[locale];
  return (
    <>
      <PublicHeader locale={locale} path="/" />
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-10">
        <div className="max-w-3xl space-y-3">
          <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
          <p className="text-lg text-slate-700">{t('intro')}</p>
        </div>
        <section aria-labelledby="scorecards" className="space-y-4">
          <h2 id="scorecards" className="text-xl font-semibold">
            {t('published')}
          </h2>
          {scorecards.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {scorecards.map((s) => (
                <li key={`${s.organization.slug}/${s.slug}`} className="card p-5">
                  <p className="text-sm text-slate-700">
                    <Link href={localePath(locale, `/scorecard/${s.organization.slug}`)}>{s.organization.name}</Link>
                  </p>
                  <h3 className="text-lg font-semibold">
                    <Link href={localePath(locale, `/scorecard/${s.organization.slug}/${s.slug}`)}>
                      <LocalizedText value={localized(s.name, s.nameEs, locale)} pageLang={locale} />
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-700">
                    {formatMonthYear(s.cycleStart, fmt)} – {formatMonthYear(s.cycleEnd, fmt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p className="text-sm text-slate-700">
          {t('staff')} <Link href="/login">{(await getTranslations({ locale, namespace: 'Common' }))('signIn')}</Link>
        </p>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
