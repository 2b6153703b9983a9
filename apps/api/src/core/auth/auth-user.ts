import type { Role } from '@icspa/domain';

/** The caller of a request, as the access guard found it. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  policeUnitId: string | null;
  memberFirmId: string | null;
  locale: string | null;
  /** Further languages the user reads, in order, after `locale` (content falls back through them). */
  readsLocales: string[];
  /** IANA time zone the user reads times in; null until set (the portal sends the browser's at sign-in). */
  timeZone: string | null;
  /** The password was found weak at sign-in: the portal asks for a new one (nothing is refused meanwhile). */
  passwordChangeRequired: boolean;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    authUser?: AuthUser;
  }
}
