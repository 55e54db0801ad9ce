import { routing } from '@/i18n/routing';
import { pageLocale } from './public-route';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The public pages in English (/…) and Spanish (/es/…); the root layout sets <html lang>. */
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  return children;
}
