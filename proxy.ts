// While the database is in doubt (lib/db/availability.ts), every page is a 503 page instead of an
// error. Otherwise two jobs, by path:
//  - signed-in areas: an optimistic first gate that sends anonymous visitors to /login (the
//    real check happens in the data layer on every read and write);
//  - public pages: next-intl picks the language from the address (/es/… is Spanish, anything
//    else English) and rewrites to the [locale] routes. A page load is answered from the
//    in-memory copy of the rendered page when there is one (lib/data/public-cache.ts), with an
//    ETag (a browser or CDN that revalidates gets 304); the copy is made by fetching the page
//    from this same server, marked so that it renders, and leaves out the framework's scripts:
//    public pages are plain documents (lib/static-html.ts).
// Every request passes lib/request-security.ts first and last: refusals, request id, security headers.
import { getToken } from 'next-auth/jwt';
import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { cachedPublicPage } from '@/lib/data/public-cache';
import { databaseAvailable } from '@/lib/db/availability';
import { env } from '@/lib/env';
import { MISSING_PATH_HEADER, notFoundDocumentPath } from '@/lib/public-request';
import { documentPolicy, secureRequest, type Forwarding } from '@/lib/request-security';
import { withoutScripts } from '@/lib/static-html';
import { unavailableResponse } from '@/lib/unavailable-page';

const SIGNED_IN = ['/dashboard', '/goals', '/updates'];
const OPEN_DATA = /\/data\.(?:csv|json)$/;
// The rest of the app, which only passes through here for its security headers: its own pages
// (which check the session themselves), the API and the downloads.
const APP_PAGES = /^\/(?:login|logout|setup|invite|admin|review)(?:\/|$)/;
const APP_ROUTES = /^\/api(?:\/|$)|^\/(?:admin|scorecard)\/.*\.(?:csv|json)$/;
const intl = createIntlMiddleware(routing);

// Known only to this process: a request carrying it is the proxy filling its own cache.
const FILL_HEADER = 'x-northstar-page-fill';
const fillToken = crypto.randomUUID();

/**
 * A plain page load, not the client router's RSC fetches. Next hides its RSC headers from the
 * proxy, so this relies on Fetch Metadata: browsers mark navigations "document" and fetch()
 * calls "empty"; clients that send none (curl, load testers) ask for documents.
 */
function isDocumentLoad(request: NextRequest): boolean {
  const destination = request.headers.get('sec-fetch-dest');
  return (
    request.method === 'GET' &&
    (destination === null || destination === 'document') &&
    request.headers.get(FILL_HEADER) !== fillToken
  );
}

/** A rendered public page as visitors get it: HTML without the framework's scripts (lib/static-html.ts). */
async function asPlainDocument(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withoutScripts(await response.text());
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', documentPolicy(html));
  return new Response(html, { status: response.status, headers });
}

const fillFetch = (path: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${env().PORT}${path}`, {
    headers: { ...headers, [FILL_HEADER]: fillToken, 'accept-encoding': 'identity' },
    redirect: 'manual',
    cache: 'no-store',
  });

/**
 * A page that calls notFound() is rendered by Next as an empty shell that only its scripts
 * fill in (vercel/next.js#62228), which a plain document must not depend on. Visitors get
 * instead the not-found page rendered for an address no route matches, which Next renders on
 * the server, told which address was missing; the status stays 404.
 */
async function notFoundDocument(pathname: string): Promise<Response> {
  const locale = pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en';
  const page = await fillFetch(notFoundDocumentPath(locale), { [MISSING_PATH_HEADER]: pathname });
  return new Response(await page.text(), { status: 404, headers: page.headers });
}

async function publicPage(request: NextRequest): Promise<Response> {
  if (request.headers.get(FILL_HEADER) === fillToken && request.nextUrl.pathname === notFoundDocumentPath('en')) {
    // The English not-found document keeps its /en prefix, which next-intl would redirect away.
    return NextResponse.rewrite(request.nextUrl);
  }
  const { pathname } = request.nextUrl;
  // Open-data downloads (/es/… too) have their own cache and validators (lib/open-data-response.ts).
  if (!isDocumentLoad(request) || OPEN_DATA.test(pathname)) return intl(request);
  try {
    // Pages read nothing from the query string, so one copy serves every query.
    const response = await cachedPublicPage(
      pathname,
      async () => {
        const page = await fillFetch(pathname);
        return asPlainDocument(page.status === 404 ? await notFoundDocument(pathname) : page);
      },
      request.headers.get('if-none-match'),
    );
    // A redirect (e.g. /en/… to /…) is made again for this request, with its own address.
    return response.status >= 300 && response.status < 400 ? intl(request) : response;
  } catch {
    return intl(request);
  }
}

export function proxy(request: NextRequest) {
  return secureRequest(request, (forward) => route(request, forward));
}

async function route(request: NextRequest, forward: Forwarding): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (APP_ROUTES.test(pathname)) return forward.next('data');
  // While the database is unreachable every page says so (503, retried), instead of failing.
  if (!(await databaseAvailable())) return unavailableResponse(pathname, request.nextUrl.search);
  if (APP_PAGES.test(pathname)) return forward.next('page');
  if (!SIGNED_IN.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return publicPage(request);
  const token = await getToken({ req: request });
  if (token) return forward.next('page');
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
    // Any other address that is not the signed-in app, an API or a file is a public page
    // (so an unknown one gets the public not-found page in its language).
    '/((?!(?:api|_next|login|logout|setup|invite|admin|review|dashboard|goals|updates|scorecard|en|es)(?:/|$))[^.]*)',
    // The rest of the app, for its security headers (lib/request-security.ts).
    '/(api|login|logout|setup|invite|admin|review)',
    '/(api|login|logout|setup|invite|admin|review)/:path*',
    '/scorecard/(.*/data\\.(?:csv|json))',
  ],
};
