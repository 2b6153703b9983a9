import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/**
 * A certification is the holder's and the admins'; everyone else only sees what the public code shows.
 * Lists and single reads start from the same scope, so they cannot disagree; others' certifications
 * answer 404 (their existence is not confirmed).
 */
export const CertificationsPolicy = {
  /** Whether the user reads programmes as written (admins, who edit them), not translated. */
  readsSource(user: AuthUser): boolean {
    return user.role === 'admin';
  },

  /** Whether the user holds the certification (only its holder may put it in a wallet). */
  isHolder(user: AuthUser, row: { holder_id: string }): boolean {
    return row.holder_id === user.id;
  },

  /** Certifications the user may see, as conditions on `certification c`. */
  certificationScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      default:
        return where.add('c.holder_id = ?', user.id);
    }
  },

  /** The list's holder filter is for admins; anyone else's list is their own whatever they ask. */
  certificationListScope(user: AuthUser, holderId: string | undefined, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return holderId ? where.add('c.holder_id = ?', holderId) : where;
      default:
        return CertificationsPolicy.certificationScope(user, where);
    }
  },
};
