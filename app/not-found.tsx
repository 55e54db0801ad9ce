// The one not-found page, for every unknown or unpublished address, in the address's language
// (the root layout sets <html lang>). Public page loads reach it through proxy.ts, which names
// the address that was missing, so the page can point back to that organization's scorecards.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { PublicFooter, PublicHeader } from '@/components/scorecard/public-header';
import { localePath, routing, type AppLocale } from '@/i18n/routing';
import { listPublishedPlansOf, listPublishedScorecards } from '@/lib/data/scorecard';
import { MISSING_PATH_HEADER } from '@/lib/public-request';
import { Section } from '@/components/layout/page-parts';

/** The organization a missing public address belonged to, when it has published plans. */
async function organizationOf(path: string | null) {
  const slug = /^(?:\/es)?\/scorecard\/([^/]+)/.exec(path ?? '')?.[1];
  if (!slug) return null;
  const plans = await listPublishedPlansOf(slug).catch(() => null);
  return plans ? plans[0]!.organization : null;
}

/** The missing address without its language prefix, so the language link keeps the place. */
function samePlaceWithoutLanguage(path: string | null): string {
  if (!path || !path.startsWith('/')) return '/';
  return path.replace(/^\/es(?=\/|$)/, '') || '/';
}

export default async function NotFound() {
  const raw = await getLocale();
  const locale: AppLocale = (routing.locales as readonly string[]).includes(raw) ? (raw as AppLocale) : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const missing = (await headers()).get(MISSING_PATH_HEADER);
  const organization = await organizationOf(missing);
  const scorecards = organization ? [] : await listPublishedScorecards().catch(() => []);
  const organizations = [...new Map(scorecards.map((p) => [p.organization.slug, p.organization])).values()];
  return (
    <>
      <PublicHeader locale={locale} path={samePlaceWithoutLanguage(missing)} />
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-slate-700">{t('body')}</p>
        {organization ? (
          <p className="mt-6">
            <Link href={localePath(locale, `/scorecard/${organization.slug}`)} className="btn-primary">
              {t('organizationScorecards', { organization: organization.name })}
            </Link>
          </p>
        ) : (
          organizations.length > 0 && (
            <Section headingId="not-found-scorecards" title={t('scorecards')} className="mt-8">
              <ul className="mt-2 space-y-2">
                {organizations.map((o) => (
                  <li key={o.slug}>
                    <Link href={localePath(locale, `/scorecard/${o.slug}`)}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )
        )}
        <p className="mt-8">
          <Link href={localePath(locale, '/')} className={organization ? 'underline' : 'btn-primary'}>
            {t('home')}
          </Link>
        </p>
      </main>
      <PublicFooter locale={locale} />
    </>
  );
}
