// Coded errors thrown by the data layer, and the one place that turns them into words.
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'STALE'
  | 'CONFLICT'
  | 'PERIOD_CLOSED'
  | 'INVALID_STATE'
  | 'NEEDS_CONFIRMATION'
  | 'LINK_INVALID'
  | 'TOO_LARGE';

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const ERROR_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You do not have permission to do that.',
  NOT_FOUND: 'That item does not exist or is not available to you.',
  VALIDATION: 'Please correct the highlighted fields.',
  STALE: 'Someone else saved this in the meantime. Reload to see their changes.',
  CONFLICT: 'That conflicts with data that already exists.',
  PERIOD_CLOSED: 'That reporting period is closed.',
  INVALID_STATE: 'That step is not allowed from the current state.',
  NEEDS_CONFIRMATION: 'Please confirm the highlighted values before saving.',
  LINK_INVALID: 'This link has expired, was already used or was replaced by a newer one.',
  TOO_LARGE: 'That is more than the app accepts at once; send a smaller file.',
};

/** The HTTP status a route answers a refusal with: one mapping for every route handler. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  STALE: 409,
  CONFLICT: 409,
  PERIOD_CLOSED: 409,
  INVALID_STATE: 409,
  NEEDS_CONFIRMATION: 422,
  LINK_INVALID: 410,
  TOO_LARGE: 413,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What sign-in answers for a locked account or address (lib/auth/throttle.ts); the login form words it. */
export const SIGN_IN_LOCKED = 'LOCKED';
