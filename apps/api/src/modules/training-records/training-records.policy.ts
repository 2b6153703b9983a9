import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/**
 * Whose training record a user may read, in one place. An officer's record is theirs, their unit's
 * coordinator's and the admins'; nobody else's — not a member admin's, not a trainer's (the routes do not
 * admit those roles: 403), not another unit's coordinator or another officer (404: the record's existence is
 * not confirmed). The unit roster is the list of the same records: it starts from the same scope.
 */
export const TrainingRecordsPolicy = {
  /** Officers (users with a unit role) whose record the user may read, as conditions on `app_user u`. */
  officerScope(user: AuthUser, where: Where = new Where()): Where {
    where.raw(`u.role IN ('officer', 'coordinator')`);
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.add('u.police_unit_id = ?', user.policeUnitId);
      case 'officer':
        return where.add('u.id = ?', user.id);
      default:
        return where.raw('false');
    }
  },
};
