import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { RequestIdProvider } from '@/components/error-reference';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/request-id';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Northstar', template: '%s · Northstar' },
  description: 'Strategic plans for public education, tracked in the open.',
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { url: '/favicon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The public pages' language comes from their address (see proxy.ts); other pages are English.
  const locale = await getLocale();
  const t = await getTranslations('Common');
  // Given by the proxy (lib/request-security.ts); an error page shows it (app/error.tsx).
  const requestId = requestIdFrom((await headers()).get(REQUEST_ID_HEADER));
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
        >
          {t('skipToContent')}
        </a>
        <RequestIdProvider requestId={requestId}>{children}</RequestIdProvider>
      </body>
    </html>
  );
}
