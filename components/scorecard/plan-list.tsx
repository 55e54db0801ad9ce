import Link from 'next/link';
import { LocalizedText } from '@/components/scorecard/localized-text';
import { localePath, type AppLocale } from '@/i18n/routing';
import type { PublishedPlanListing } from '@/lib/data/scorecard';
import { formatMonthYear } from '@/lib/format';
import { FORMAT_LOCALE, localized } from '@/lib/public-scorecard';

/** Published plans as cards; the organization is named when the list spans several. */
export function PlanList({
  plans,
  locale,
  headingLevel,
  showOrganization,
}: {
  plans: PublishedPlanListing[];
  locale: AppLocale;
  headingLevel: 'h2' | 'h3';
  showOrganization: boolean;
}) {
  const Heading = headingLevel;
  const fmt = FORMAT_LOCALE[locale];
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {plans.map((p) => (
        <li key={`${p.organization.slug}/${p.slug}`} className="card p-5">
          {showOrganization && (
            // The margin keeps the small organization link clear of the plan link (WCAG 2.2 target size).
            <p className="mb-2 text-sm text-slate-700">
              <Link href={localePath(locale, `/scorecard/${p.organization.slug}`)}>{p.organization.name}</Link>
            </p>
          )}
          <Heading className="text-lg font-semibold">
            <Link href={localePath(locale, `/scorecard/${p.organization.slug}/${p.slug}`)}>
              <LocalizedText value={localized(p.name, p.nameEs, locale)} pageLang={locale} />
            </Link>
          </Heading>
          <p className="text-sm text-slate-700">
            {formatMonthYear(p.cycleStart, fmt)} – {formatMonthYear(p.cycleEnd, fmt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
