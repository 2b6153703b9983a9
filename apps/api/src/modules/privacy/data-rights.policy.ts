import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';
import { coded } from '../../core/errors/coded';
import { TrainingRecordsPolicy } from '../training-records/training-records.policy';

/**
 * Who may exercise an officer's data rights, in one place. The export: the officer themself, their unit's
 * coordinator (on their behalf) and admins — the training record's readers, so the same scope (another unit's
 * coordinator or another officer: 404). Erasure: admins; a coordinator files a request for their unit's officer,
 * which admins carry out (erasure is irreversible and reaches certificates third parties verify).
 */
export const DataRightsPolicy = {
  /** Officers (unit roles) whose data the user may export, as conditions on `app_user u`. */
  subjectScope(user: AuthUser, where: Where = new Where()): Where {
    return TrainingRecordsPolicy.officerScope(user, where);
  },

  /** Whether the user erases directly (admins) or files a request (their unit's coordinator). */
  erasureMode(user: AuthUser): 'erase' | 'request' {
    if (user.role === 'admin') return 'erase';
    if (user.role === 'coordinator') return 'request';
    throw new ForbiddenException(
      coded('auth.role_forbidden', null, `role ${user.role} may not erase an officer’s data`, { role: user.role }),
    );
  },
};
