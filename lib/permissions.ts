// The one permission table: which role may do what, and the single check every
// data-layer function calls before it reads or writes.
import { AppError } from '@/lib/errors';

export const ROLES = ['ADMIN', 'CABINET', 'LEAD', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'plan:read': ['ADMIN', 'CABINET', 'LEAD', 'STAFF'],
  'plan:manage': ['ADMIN'],
  'progress:draft': ['LEAD', 'STAFF'],
  'progress:submit': ['LEAD'],
  'progress:review': ['ADMIN', 'CABINET'],
  'progress:reopen': ['ADMIN'],
  'period:manage': ['ADMIN'],
  'audit:read': ['ADMIN', 'CABINET', 'LEAD', 'STAFF'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Actions that write to one division's goals: leads and staff only for their own division. */
const DIVISION_SCOPED: ReadonlySet<Action> = new Set(['progress:draft', 'progress:submit']);

export interface Actor {
  id: string;
  organizationId: string;
  role: Role;
  divisionId: string | null;
}

export interface Resource {
  organizationId: string;
  /** The division that owns the goal, where the action concerns one goal. */
  divisionId?: string | null;
}

export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  if (!(PERMISSIONS[action] as readonly Role[]).includes(actor.role)) return false;
  if (resource && resource.organizationId !== actor.organizationId) return false;
  if (DIVISION_SCOPED.has(action)) {
    if (!resource) return false;
    return actor.divisionId !== null && resource.divisionId === actor.divisionId;
  }
  return true;
}

/** The administrator check every administration command starts with. */
export function assertAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'plan:manage', { organizationId: actor.organizationId });
}

export function assertCan(actor: Actor | null, action: Action, resource?: Resource): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!can(actor, action, resource)) throw new AppError('FORBIDDEN');
}
