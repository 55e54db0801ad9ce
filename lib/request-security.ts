// What proxy.ts does to every request before routing it, and to every answer after: refuses
// what Next.js would otherwise answer with a bare 500 (a malformed address, a cross-site server
// action, a body over the limit), gives each request an id that the logs and the error page
// show, and puts the security headers (lib/security-headers.ts) on the answer.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { env, servedOverHttps } from '@/lib/env';
import { errorDocument, errorDocumentLocale } from '@/lib/error-document';
import { contentSecurityPolicy, documentScripts, newNonce, securityHeaders, type ScriptPolicy } from '@/lib/security-headers';
import { REQUEST_ID_HEADER } from '@/lib/request-id';
import { MAX_REQUEST_BYTES, UPLOAD_TOO_LARGE } from '@/lib/upload-limit';

const CSP = 'content-security-policy';

/** Twelve hex digits: short enough to read out over the phone, unique enough among a day's logs. */
export const newRequestId = () => randomBytes(6).toString('hex');

const policy = (scripts: ScriptPolicy) => contentSecurityPolicy({ scripts, https: servedOverHttps(), dev: env().NODE_ENV === 'development' });

/** The policy of a finished public document: no script, or exactly the scripts it kept. */
export const documentPolicy = (html: string) => policy(documentScripts(html));

function refusal(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The address's path cannot be decoded (e.g. "%E0%A4%A"): no page has it. */
function malformedPath(request: NextRequest): boolean {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A POST that Next.js may take for a server action (its header, or a multipart form) from
 * another site. Next refuses those too, but with a 500; the host is compared as Next compares
 * it (X-Forwarded-Host first), so nothing this lets through fails Next's own check.
 */
function crossSiteAction(request: NextRequest): boolean {
  if (request.method !== 'POST') return false;
  const maybeAction = request.headers.has('next-action') || (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
  const origin = request.headers.get('origin');
  if (!maybeAction || origin === null) return false;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  try {
    return origin === 'null' || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A refusal for a request that must not reach the app, or null. */
export function refuseRequest(request: NextRequest): Response | null {
  if (malformedPath(request)) return refusal(400, 'This address is not valid.');
  if (crossSiteAction(request)) return refusal(403, 'Cross-site requests are refused.');
  // Longer bodies would be cut short before the app reads them (proxyClientMaxBodySize).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) return refusal(413, UPLOAD_TOO_LARGE);
  return null;
}

export interface Forwarding {
  requestId: string;
  /**
   * Lets the request through to the app, told its id; a page also gets the nonce its scripts
   * carry, named by its policy. Data (API answers, downloads) gets a policy without scripts.
   */
  next: (kind: 'page' | 'data') => NextResponse;
}

function withHeaders(response: Response, requestId: string, scripts: ScriptPolicy | null): Response {
  // A response made elsewhere (fetch, a cached copy) may have immutable headers.
  let answer = response;
  try {
    answer.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    answer = new Response(response.body, response);
    answer.headers.set(REQUEST_ID_HEADER, requestId);
  }
  for (const [name, value] of securityHeaders(servedOverHttps())) answer.headers.set(name, value);
  // A public document carries its own policy, made with it (proxy.ts, asPlainDocument).
  if (scripts || !answer.headers.has(CSP)) answer.headers.set(CSP, policy(scripts ?? 'none'));
  return answer;
}

/**
 * A server error the proxy itself answers (a public page that failed to render, or the proxy
 * failing): a plain page in the address's language naming the request id, which is logged.
 */
function serverError(request: NextRequest, requestId: string, status: number, cause?: unknown, renderedIn?: string | null): Response {
  // A public page is rendered in a request of its own (proxy.ts, fillFetch), logged under its id.
  const rendering = renderedIn && renderedIn !== requestId ? ` (rendered in request ${renderedIn})` : '';
  console.error(`[northstar] request ${requestId} failed: ${request.method} ${request.nextUrl.pathname} answered ${status}${rendering}`, ...(cause ? [cause] : []));
  const html = errorDocument(errorDocumentLocale(request.nextUrl.pathname), requestId);
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * Runs the proxy's routing (`route`) for one request: refuses what must not reach the app,
 * and answers with the security headers and the request id. `route` lets a request through to a
 * page with `forward.next()`, which gives the page a nonce and the policy that names it.
 */
export async function secureRequest(request: NextRequest, route: (forward: Forwarding) => Promise<Response>): Promise<Response> {
  const requestId = newRequestId();
  const refused = refuseRequest(request);
  if (refused) return withHeaders(refused, requestId, null);
  let scripts: ScriptPolicy | null = null;
  const next = (kind: 'page' | 'data') => {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    if (kind === 'page') {
      scripts = { nonce: newNonce() };
      // Next.js reads the nonce from the request's policy and puts it on every script it renders.
      headers.set(CSP, policy(scripts));
    } else {
      headers.delete(CSP);
    }
    return NextResponse.next({ request: { headers } });
  };
  let response: Response;
  try {
    response = await route({ requestId, next });
  } catch (error) {
    return withHeaders(serverError(request, requestId, 500, error), requestId, null);
  }
  // A page rendered here for the visitor (a public page) that failed shows its id, not an empty shell.
  // (Not the "briefly unavailable" page of a database outage, which says what happened and retries.)
  if (response.status >= 500 && !response.headers.has('retry-after') && response.headers.get('content-type')?.startsWith('text/html')) {
    return withHeaders(serverError(request, requestId, response.status, undefined, response.headers.get(REQUEST_ID_HEADER)), requestId, null);
  }
  return withHeaders(response, requestId, scripts);
}
