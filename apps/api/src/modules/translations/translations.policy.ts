import { ForbiddenException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { holdsGrant, liveGrantScopes } from '../identity/capability-grants.queries';

/** Who may translate: admins, and holders of a live `translate` grant for that locale. */
export const TranslationsPolicy = {
  async assertCanTranslate(manager: EntityManager, user: AuthUser, locale: string): Promise<void> {
    if (user.role === 'admin') return;
    if (await holdsGrant(manager, user.id, 'translate', locale)) return;
    throw new ForbiddenException(
      coded('translation.forbidden', 'locale', `you may not translate into ${locale}`, { locale }),
    );
  },

  /** The locales `user` may translate into, out of `all`: every one for admins, else those of a live grant. */
  async translatableLocales<L extends { code: string }>(
    manager: EntityManager,
    user: AuthUser,
    all: L[],
  ): Promise<L[]> {
    if (user.role === 'admin') return all;
    const granted = new Set(await liveGrantScopes(manager, user.id, 'translate'));
    return all.filter((l) => granted.has(l.code));
  },

  /** The course's strings (source and translation) are shown to those who may translate into `locale`. */
  async assertCanReadStrings(manager: EntityManager, user: AuthUser, locale: string): Promise<void> {
    await TranslationsPolicy.assertCanTranslate(manager, user, locale);
  },
};
