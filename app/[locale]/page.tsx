import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { PlanList } from '@/components/scorecard/plan-list';
import { listPublishedScorecards } from '@/lib/data/scorecard';
import { pageLocale, shareMetadata } from './public-route';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { ...shareMetadata(locale, '/', t('title'), t('intro')), title: { absolute: `Northstar — ${t('title')}` } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const tCommon = await getTranslations({ locale, namespace: 'Common' });
  const scorecards = await listPublishedScorecards();
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
            <PlanList plans={scorecards} locale={locale} headingLevel="h3" showOrganization />
          )}
        </section>
        <p className="text-sm text-slate-700">
          {t('staff')} <Link href="/login">{tCommon('signIn')}</Link>
        </p>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
