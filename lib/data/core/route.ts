// How every route handler answers a refusal: the HTTP status of its code (lib/errors.ts), the
// message in words, never cached — and the one same-site check for uploads, which route handlers
// (unlike server actions) do not get from Next.js.
import 'server-only';
import { AppError, ERROR_MESSAGES, HTTP_STATUS, isAppError, type AppErrorCode } from '@/lib/errors';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A refusal as JSON ({ error, message, fieldErrors }) or plain text, with its code's status. */
export function refusal(error: AppError, format: 'json' | 'text' = 'json'): Response {
  const status = HTTP_STATUS[error.code];
  if (format === 'text') return new Response(`${error.message}\n`, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
  return Response.json({ error: error.code, message: error.message, fieldErrors: error.fieldErrors }, { status, headers: NO_STORE });
}

export const refuse = (code: AppErrorCode, message: string = ERROR_MESSAGES[code]) => new AppError(code, message);

/** Runs a route's work; a refusal from it (AppError) becomes its response, anything else is a fault Next.js reports. */
export async function answer(work: () => Promise<Response>, format: 'json' | 'text' = 'json'): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) return refusal(error, format);
    throw error;
  }
}

/**
 * Whether a browser request comes from this site: no Origin (not a browser's cross-site
 * request) or one whose host is ours. `Origin: null` (a sandboxed or privacy-redirected page)
 * and anything unparsable are refused.
 */
export function sameSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}
