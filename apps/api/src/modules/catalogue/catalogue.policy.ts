import type { CourseStatus } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/**
 * Who sees what of the catalogue. Drafts are the admins' business: everyone else sees published
 * courses only, and others' drafts (with their modules and lessons) answer 404.
 */
export const CataloguePolicy = {
  /** Courses the user may see, as conditions on `course c`. */
  courseScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      default:
        return where.raw(`c.status = 'published'`);
    }
  },

  /** The status a list may be filtered by: only admins choose; the others' lists are published courses. */
  statusFilter(user: AuthUser, requested: CourseStatus | undefined): CourseStatus | undefined {
    return user.role === 'admin' ? requested : undefined;
  },
};
