import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { localePath } from '@/i18n/routing';
import { listPublishedPlansOf } from '@/lib/data/scorecard';
import { formatMonthYear } from '@/lib/format';
import { FORMAT_LOCALE, localized } from '@/lib/public-scorecard';
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
  const fmt = FORMAT_LOCALE[locale];
  return (
    <>
      <PublicHeader locale={locale} path={`/scorecard/${org}`} />
      <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-10">
        <h1 className="text-3xl font-bold">{t('title', { organization })}</h1>
        <p className="text-slate-700">{t('intro', { organization })}</p>
        <ul className="grid gap-4 md:grid-cols-2">
          {plans.map((p) => (
            <li key={p.slug} className="card p-5">
              <h2 className="text-lg font-semibold">
                <Link href={localePath(locale, `/scorecard/${p.organization.slug}/${p.slug}`)}>
                  <LocalizedText value={localized(p.name, p.nameEs, locale)} pageLang={locale} />
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {formatMonthYear(p.cycleStart, fmt)} – {formatMonthYear(p.cycleEnd, fmt)}
              </p>
            </li>
          ))}
        </ul>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
