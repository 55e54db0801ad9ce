// Two jobs, by path:
//  - signed-in areas: an optimistic first gate that sends anonymous visitors to /login (the
//    real check happens in the data layer on every read and write);
//  - public pages: next-intl picks the language from the address (/es/… is Spanish, anything
//    else English) and rewrites to the [locale] routes.
import { getToken } from 'next-auth/jwt';
import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';

const SIGNED_IN = ['/dashboard', '/goals', '/updates'];
const intl = createIntlMiddleware(routing);

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!SIGNED_IN.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return intl(request);
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    '/dashboard/:path*',
    '/goals/:path*',
    '/updates/:path*',
    '/',
    '/(en|es)',
    '/(en|es)/:path*',
    // Open-data downloads are not pages: they skip the language rewrite.
    '/scorecard/((?!.*/data\\.(?:csv|json)$).*)',
  ],
};
