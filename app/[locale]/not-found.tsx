import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';

export default async function PublicNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('body')}</p>
      <p className="mt-6">
        <Link href={localePath(locale, '/')} className="btn-primary">
          {t('home')}
        </Link>
      </p>
    </main>
  );
}
