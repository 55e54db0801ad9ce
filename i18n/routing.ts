// The public pages' languages: English at /…, Spanish at /es/…. The address alone picks the
// language (no detection, no cookie), so a shared link opens in the language it was shared in.
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  // Pages name their other-language address in their metadata (canonical and alternates).
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** The address of a public page in a language: "/scorecard/x" or "/es/scorecard/x". */
export function localePath(locale: AppLocale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
