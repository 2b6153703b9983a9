import { ForbiddenException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { holdsGrant } from '../identity/capability-grants.queries';

/** Who may translate: admins, and holders of a live `translate` grant for that locale. */
export const TranslationsPolicy = {
  async assertCanTranslate(manager: EntityManager, user: AuthUser, locale: string): Promise<void> {
    if (user.role === 'admin') return;
    if (await holdsGrant(manager, user.id, 'translate', locale)) return;
    throw new ForbiddenException(
      coded('translation.forbidden', 'locale', `you may not translate into ${locale}`, { locale }),
    );
  },

  /** The course's strings (source and translation) are shown to those who may translate into `locale`. */
  async assertCanReadStrings(manager: EntityManager, user: AuthUser, locale: string): Promise<void> {
    await TranslationsPolicy.assertCanTranslate(manager, user, locale);
  },
};
