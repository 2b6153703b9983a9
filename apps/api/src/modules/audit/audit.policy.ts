import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/** The audit log is the alliance's: admins read all of it, nobody else any of it (the route allows admins only). */
export const AuditPolicy = {
  /** Events the user may read, as conditions on `audit_event e`. */
  eventScope(user: AuthUser, where: Where = new Where()): Where {
    return user.role === 'admin' ? where : where.raw('false');
  },
};
