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

  /**
   * Whether the user reads the catalogue as written (source text, no translation): admins, who edit it;
   * translations are theirs to see in the translation editor.
   */
  readsSource(user: AuthUser): boolean {
    return user.role === 'admin';
  },

  /** The status a list may be filtered by: only admins choose; the others' lists are published courses. */
  statusFilter(user: AuthUser, requested: CourseStatus | undefined): CourseStatus | undefined {
    return user.role === 'admin' ? requested : undefined;
  },

  /**
   * The readers who see the same catalogue (CatalogueCache keys answers by it): everything about the user that
   * `courseScope`, `readsSource` and `statusFilter` decide by. A rule above that reads more of the user must
   * say it here too, or one reader's answer would be served to another.
   */
  cacheScope(user: AuthUser): 'admin' | 'published' {
    return user.role === 'admin' ? 'admin' : 'published';
  },
};
