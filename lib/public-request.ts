// What proxy.ts and the not-found page agree on: the internal address of the not-found
// document per language, and the header naming the public address that was missing. Pure.
import type { AppLocale } from '@/i18n/routing';

export const MISSING_PATH_HEADER = 'x-northstar-missing-path';

/** An address no route matches, so Next renders app/not-found.tsx on the server, in `locale`. */
export function notFoundDocumentPath(locale: AppLocale): string {
  return `/${locale}/__not-found`;
}
