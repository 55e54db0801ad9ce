// The one size limit on uploaded files (plan documents and CSV values), for the browser's own
// check before sending, the route or action that receives the file, and their message. Pure.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const UPLOAD_TOO_LARGE = 'That file is larger than 10 MB; split it into smaller files.';

/**
 * The largest request body the app reads: a file at the limit and the form around it. Server
 * actions and the proxy take this much (next.config.ts); the proxy refuses anything longer
 * with 413 before it is read (lib/request-security.ts).
 */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;
