import type { AuthUser } from './auth-user';

/**
 * How core finds the caller behind a session token, without knowing who stores sessions: the
 * identity module provides it (`SESSION_LOOKUP`), the access guard and the queue board use it.
 */
export interface SessionLookup {
  /** The user of a live session, or null when the token is unknown, expired, revoked or its user disabled. */
  findUser(token: string): Promise<AuthUser | null>;
}

export const SESSION_LOOKUP = Symbol('SESSION_LOOKUP');
