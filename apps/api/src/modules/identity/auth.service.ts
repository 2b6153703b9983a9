import { BadRequestException, ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { AuditService } from '../audit/audit.service';
import { AppUser } from './app-user.entity';
import { PasswordChangeDto } from './dtos/password-change.dto';
import {
  findPasswordHash,
  recordPasswordWeakness,
  replacePasswordHash,
  revokeOtherSessionsOf,
} from './identity.queries';
import { LoginThrottleService } from './login-throttle.service';
import { decoyPasswordHash, hashPassword, NO_PASSWORD_HASH, verifyPassword } from './password-hasher';
import { meetsPasswordRule, TOO_EASY_TO_GUESS } from './password-strength';
import { SessionService } from './session.service';
import { sessionFactsChanged } from './session-cache';
import { MeResponseDto } from './dtos/me-response.dto';
import type { MeUpdateDto } from './dtos/user.dto';
import { listContentLocales } from '../translations/translations.queries';
import { liveCapabilities } from './capability-grants.queries';
import { coded } from '../../core/errors/coded';

/** The same words for an unknown account, a wrong password and a disabled account. */
const VAGUE_FAILURE = 'email or password: not recognised';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string, meta: { ipAddress: string; userAgent?: string }) {
    const normalized = email.trim().toLowerCase();
    await this.throttle.reserveAttempt(normalized, meta.ipAddress);
    const user = await this.db.getRepository(AppUser).findOne({ where: { email: normalized } });
    const hasPassword = user !== null && user.passwordHash !== NO_PASSWORD_HASH;
    const ok = await verifyPassword(hasPassword ? user.passwordHash : await decoyPasswordHash(), password);
    if (!user || !hasPassword || !ok || user.disabledAt) {
      throw new UnauthorizedException(coded('auth.credentials_not_recognised', null, VAGUE_FAILURE));
    }
    await this.throttle.recordSuccess(normalized, meta.ipAddress);
    // The only moment the plaintext is known: a password set before the rule is judged by it now. When
    // the estimator is saturated the judgement waits for another sign-in; signing in never does.
    const weak = await meetsPasswordRule(password, user).then(
      (meets) => !meets,
      () => user.passwordChangeRequired,
    );
    if (weak !== user.passwordChangeRequired) {
      // A password changed meanwhile is not the one judged here: the change's flag stands.
      if (await recordPasswordWeakness(this.db.manager, user.id, user.passwordHash, weak)) {
        user.passwordChangeRequired = weak;
      }
    }
    // Only while the password just verified is still the user's: a change that committed meanwhile has
    // signed out every other session, and this one must not outlive it.
    const session = await this.sessions.open(user.id, meta, user.passwordHash);
    if (!session) throw new UnauthorizedException(coded('auth.credentials_not_recognised', null, VAGUE_FAILURE));
    return { session, me: { ...toMe(user), capabilities: await liveCapabilities(this.db.manager, user.id) } };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.sessions.revoke(user);
  }

  /**
   * The signed-in user with the capabilities they hold beside their role (through the session cache, which a
   * grant or revocation on any process drops at once).
   */
  async me(user: AuthUser): Promise<MeResponseDto> {
    return { ...meOf(user), capabilities: await this.sessions.capabilities(user.id) };
  }

  /**
   * The user's own preferences — portal language, the ordered further languages they read (each a content
   * locale), time zone; fields left out stay as they are.
   */
  async updatePreferences(user: AuthUser, body: MeUpdateDto): Promise<MeResponseDto> {
    const changes: Partial<Pick<AppUser, 'locale' | 'readsLocales' | 'timeZone'>> = {};
    if (body.locale !== undefined) changes.locale = body.locale;
    if (body.timeZone !== undefined) changes.timeZone = body.timeZone;
    if (body.readsLocales !== undefined) {
      const known = (await listContentLocales(this.db.manager)).map((l) => l.code);
      const unknown = body.readsLocales.findIndex((code) => !known.includes(code));
      if (unknown >= 0)
        throw new BadRequestException(
          coded('content_locale.not_found', `readsLocales.${unknown}`, 'no such content locale'),
        );
      changes.readsLocales = body.readsLocales;
    }
    if (Object.keys(changes).length) {
      await this.db.getRepository(AppUser).update({ id: user.id }, changes);
      await sessionFactsChanged(this.db.manager, [user.id]);
    }
    return { ...(await this.me(user)), ...changes };
  }

  /**
   * The signed-in user replaces their password, confirming the current one (throttled like sign-in). The
   * new one must meet the rule; the weak-password flag clears, and every other session is signed out.
   */
  async changePassword(user: AuthUser, body: PasswordChangeDto, ipAddress: string): Promise<MeResponseDto> {
    if (body.newPassword === body.currentPassword) {
      throw new BadRequestException(
        coded('auth.password_unchanged', 'newPassword', 'must differ from the current password'),
      );
    }
    await this.throttle.reserveAttempt(user.email, ipAddress, 'currentPassword');
    const currentHash = await findPasswordHash(this.db.manager, user.id);
    if (!currentHash || !(await verifyPassword(currentHash, body.currentPassword))) {
      throw new BadRequestException(coded('auth.current_password_not_recognised', 'currentPassword', 'not recognised'));
    }
    await this.throttle.recordSuccess(user.email, ipAddress);
    // Judged only once the current password is confirmed (and throttled): the estimator's few slots are
    // never spent on guesses.
    if (!(await meetsPasswordRule(body.newPassword, user))) {
      throw new BadRequestException(coded('validation.isHardToGuess', 'newPassword', TOO_EASY_TO_GUESS));
    }
    const newHash = await hashPassword(body.newPassword);
    await runInTransaction(this.db, async (manager) => {
      const now = this.clock.now();
      if (!(await replacePasswordHash(manager, user.id, currentHash, newHash, now))) {
        throw new ConflictException(
          coded(
            'auth.password_changed_meanwhile',
            'currentPassword',
            'the password was changed meanwhile; sign in again',
          ),
        );
      }
      await revokeOtherSessionsOf(manager, user.id, user.sessionId, now);
      await this.audit.record(manager, user, {
        action: 'app_user.password_change',
        entityType: 'app_user',
        entityId: user.id,
      });
    });
    return { ...(await this.me(user)), passwordChangeRequired: false };
  }
}

export function toMe(user: AppUser): MeResponseDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    policeUnitId: user.policeUnitId,
    memberFirmId: user.memberFirmId,
    locale: user.locale,
    readsLocales: user.readsLocales,
    timeZone: user.timeZone,
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

export function meOf(user: AuthUser): MeResponseDto {
  const { sessionId: _sessionId, ...me } = user;
  return me;
}
