// Two jobs, by path:
//  - signed-in areas: an optimistic first gate that sends anonymous visitors to /login (the
//    real check happens in the data layer on every read and write);
//  - public pages: next-intl picks the language from the address (/es/… is Spanish, anything
//    else English) and rewrites to the [locale] routes. A page load is answered from the
//    in-memory copy of the rendered page when there is one (lib/data/public-cache.ts); the
//    copy is made by fetching the page from this same server, marked so that it renders, and
//    leaves out the framework's scripts: public pages are plain documents (lib/static-html.ts).
import { getToken } from 'next-auth/jwt';
import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { cachedPublicPage } from '@/lib/data/public-cache';
import { env } from '@/lib/env';
import { withoutScripts } from '@/lib/static-html';

const SIGNED_IN = ['/dashboard', '/goals', '/updates'];
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
  return new Response(withoutScripts(await response.text()), { status: response.status, headers: response.headers });
}

async function publicPage(request: NextRequest): Promise<Response> {
  if (!isDocumentLoad(request)) return intl(request);
  const { pathname } = request.nextUrl;
  try {
    // Pages read nothing from the query string, so one copy serves every query.
    const response = await cachedPublicPage(pathname, async () =>
      asPlainDocument(
        await fetch(`http://127.0.0.1:${env().PORT}${pathname}`, {
          headers: { [FILL_HEADER]: fillToken, 'accept-encoding': 'identity' },
          redirect: 'manual',
          cache: 'no-store',
        }),
      ),
    );
    // A redirect (e.g. /en/… to /…) is made again for this request, with its own address.
    return response.status >= 300 && response.status < 400 ? intl(request) : response;
  } catch {
    return intl(request);
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!SIGNED_IN.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return publicPage(request);
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
