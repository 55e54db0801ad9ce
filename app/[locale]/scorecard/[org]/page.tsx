import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlanList } from '@/components/scorecard/plan-list';
import { PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { listPublishedPlansOf } from '@/lib/data/scorecard';
import { orNotFound, orNull, pageLocale, shareMetadata } from '../../public-route';

type Props = { params: Promise<{ locale: string; org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, org } = await params;
  const locale = pageLocale(raw);
  const plans = await orNull(listPublishedPlansOf(org));
  if (!plans) return {};
  const t = await getTranslations({ locale, namespace: 'Org' });
  const organization = plans[0]!.organization.name;
  return shareMetadata(locale, `/scorecard/${org}`, t('title', { organization }), t('metaDescription', { organization }));
}

export default async function OrganizationPage({ params }: Props) {
  const { locale: raw, org } = await params;
  const locale = pageLocale(raw);
  const plans = await orNotFound(listPublishedPlansOf(org));
  const t = await getTranslations({ locale, namespace: 'Org' });
  const organization = plans[0]!.organization.name;
  return (
    <>
      <PublicHeader locale={locale} path={`/scorecard/${org}`} />
      <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-10">
        <h1 className="text-3xl font-bold">{t('title', { organization })}</h1>
        <p className="text-slate-700">{t('intro', { organization })}</p>
        <PlanList plans={plans} locale={locale} headingLevel="h2" showOrganization={false} />
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
