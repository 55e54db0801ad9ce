import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Logo } from '@/components/site-header';
import { localePath, type AppLocale } from '@/i18n/routing';

/**
 * The public pages' header: home, the other language at the same place, and sign-in.
 * `path` is the current page's address without a language prefix.
 */
export async function PublicHeader({ locale, path }: { locale: AppLocale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  const other: AppLocale = locale === 'en' ? 'es' : 'en';
  const chip =
    'inline-flex min-h-11 items-center rounded-md border border-white/30 px-3 text-sm font-medium text-white no-underline hover:bg-white/10 hover:no-underline';
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={localePath(locale, '/')} className="inline-flex min-h-11 items-center rounded text-white no-underline hover:no-underline" aria-label={t('home')}>
          <Logo />
        </Link>
        <nav aria-label={t('languageSwitchLabel')} className="flex flex-wrap items-center gap-2">
          <a href={localePath(other, path)} hrefLang={other} lang={other} className={chip}>
            {t('languageSwitch')}
          </a>
          <Link href="/login" className={chip}>
            {t('signIn')}
          </Link>
        </nav>
      </div>
    </header>
  );
}

export async function PublicFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">{t('footer')}</p>
    </footer>
  );
}

export async function DemoNotice({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Common' });
  return (
    <div role="note" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        <strong className="font-semibold">{t('demoTitle')}</strong> {t('demoBody')}
      </p>
    </div>
  );
}
