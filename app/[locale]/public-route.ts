// Shared by the public pages: the language from the address, and "not found" for anything
// the data layer does not find (unknown or unpublished alike, so existence never leaks).
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { localePath, routing, type AppLocale } from '@/i18n/routing';
import { publicBaseUrl } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { FORMAT_LOCALE } from '@/lib/public-scorecard';

export function pageLocale(locale: string): AppLocale {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/**
 * For generateMetadata: null when not found. The page itself then answers 404 with its
 * not-found content; calling notFound() here would leave the server HTML empty.
 */
export async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Canonical and alternate addresses and OpenGraph/Twitter cards for a shared public page. */
export function shareMetadata(locale: AppLocale, path: string, title: string, description: string, image?: { path: string; alt: string }) {
  const address = (l: AppLocale) => localePath(l, path);
  const images = image ? [{ url: localePath(locale, image.path), width: 1200, height: 630, alt: image.alt }] : undefined;
  return {
    metadataBase: publicBaseUrl(),
    title,
    description,
    alternates: {
      canonical: address(locale),
      languages: { en: address('en'), es: address('es'), 'x-default': address('en') },
    },
    openGraph: {
      type: 'website' as const,
      siteName: 'Northstar',
      title,
      description,
      url: address(locale),
      locale: FORMAT_LOCALE[locale].replace('-', '_'),
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => FORMAT_LOCALE[l].replace('-', '_')),
      images,
    },
    twitter: images
      ? { card: 'summary_large_image' as const, title, description, images }
      : { card: 'summary' as const, title, description },
  };
}
