// The header that carries a request's id from the proxy (lib/request-security.ts) to the page,
// the answer (X-Request-Id) and the error log (instrumentation.ts). Pure.
export const REQUEST_ID_HEADER = 'x-request-id';

/** The id a request header carries, when it looks like one the proxy gave (never a visitor's text in the logs as is). */
export function requestIdFrom(value: string | string[] | null | undefined): string | null {
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[0-9a-f]{12}$/.test(id) ? id : null;
}
