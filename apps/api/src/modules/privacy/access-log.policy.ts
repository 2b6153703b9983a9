import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/**
 * Who reads the access log, in one place (list and get start from the same scope, so they cannot disagree):
 * admins every entry; a coordinator the entries about their unit's officers; an officer the entries about
 * themself ("Who accessed my data"); nobody else any (the routes do not admit trainers or member admins).
 * An entry outside the scope answers 404.
 */
export const AccessLogPolicy = {
  /** Entries the user may read, as conditions on `personal_data_access l JOIN app_user o ON o.id = l.officer_id`. */
  entryScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.add('o.police_unit_id = ?', user.policeUnitId);
      case 'officer':
        return where.add('l.officer_id = ?', user.id);
      default:
        return where.raw('false');
    }
  },
};
