import { BadRequestException, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountLinkPurpose, SecurityMailKind } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../notifications/email/mail.service';
import {
  consumeLink,
  findUsableLink,
  insertAccountLink,
  lockUserForLink,
  revokeLiveLinksOf,
  setPasswordHash,
} from './account-links.queries';
import { revokeSessionsOf } from './identity.queries';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword } from './password-hasher';
import { meetsPasswordRule, TOO_EASY_TO_GUESS } from './password-strength';

/** The portal page a link opens; the token rides in the fragment, which browsers send to no server (nor in a Referer). */
export const SET_PASSWORD_PATH = '/account/set-password';

/** A link just issued. `url` is secret: hand it only to its owner (or to the inviter when it was not e-mailed). */
export interface IssuedAccountLink {
  id: string;
  url: string;
  expiresAt: Date;
  /** Whether it was e-mailed to the account's owner (SMTP is configured); otherwise the issuer hands it over. */
  emailed: boolean;
}

/** What the set-password page shows of a usable link. */
export interface AccountLinkInfo {
  purpose: AccountLinkPurpose;
  email: string;
  displayName: string;
  expiresAt: Date;
}

/** "Forgot password" answers no sooner than this, whether or not the account exists. */
export const FORGOT_PASSWORD_ANSWER_MS = 400;

const LINK_INVALID = 'this link is not valid: it was used, replaced or has expired';

const MAIL_KIND: Record<AccountLinkPurpose, SecurityMailKind> = {
  invitation: 'account.invitation',
  password_reset: 'account.password_reset',
};

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * One-time account links: invitations (first password) and password resets. Issuing happens in the caller's
 * transaction (a new account and its invitation commit together); using a link is one transaction in which
 * it is marked used, the password set, the user's other links revoked and every session of theirs ended.
 */
@Injectable()
export class AccountLinksService {
  private readonly logger = new Logger('AccountLinks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Whether links are e-mailed (SMTP configured); otherwise they are shown to whoever issued them. */
  get emails(): boolean {
    return this.config.smtpUrl !== '';
  }

  /**
   * Issues an invitation for `userId` inside the caller's transaction (call it right after inserting the user),
   * revoking the user's earlier links, auditing `app_user.invitation_issue`, and writing the e-mail (sent after
   * commit by the worker) when SMTP is configured. Call `relayMail()` after the commit to send it at once.
   */
  issueInvitation(manager: EntityManager, userId: string, issuedBy: AuthUser | null): Promise<IssuedAccountLink> {
    return this.issue(manager, userId, 'invitation', issuedBy);
  }

  /** The same for a password reset (`app_user.password_reset_issue`); `issuedBy` null for a self-service request. */
  issuePasswordReset(manager: EntityManager, userId: string, issuedBy: AuthUser | null): Promise<IssuedAccountLink> {
    return this.issue(manager, userId, 'password_reset', issuedBy);
  }

  /** After the issuing transaction commits: hands its e-mails to the queue now rather than at the next relay. */
  relayMail(): void {
    if (this.emails) this.outbox.relaySoon();
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountLinkPurpose,
    issuedBy: AuthUser | null,
  ): Promise<IssuedAccountLink> {
    if (!(await lockUserForLink(manager, userId)))
      throw new BadRequestException(coded('user.not_found', 'id', 'no such user'));
    const now = this.clock.now();
    const ttlMs =
      purpose === 'invitation'
        ? this.config.invitationTtlHours * 3_600_000
        : this.config.passwordResetTtlMinutes * 60_000;
    const expiresAt = new Date(now.getTime() + ttlMs);
    const token = randomBytes(32).toString('base64url');
    await revokeLiveLinksOf(manager, userId, now);
    const id = await insertAccountLink(manager, {
      userId,
      purpose,
      tokenHash: hashLinkToken(token),
      issuedBy: issuedBy?.id ?? null,
      createdAt: now,
      expiresAt,
    });
    const path = `${SET_PASSWORD_PATH}#token=${token}`;
    let emailed = false;
    if (this.emails) {
      emailed =
        (await this.mail.writeSecurityMessage(manager, userId, MAIL_KIND[purpose], `account-link-${id}`, path, {
          expiresAt,
        })) !== null;
    }
    await this.audit.record(manager, issuedBy, {
      action: purpose === 'invitation' ? 'app_user.invitation_issue' : 'app_user.password_reset_issue',
      entityType: 'app_user',
      entityId: userId,
      details: { linkId: id, expiresAt: expiresAt.toISOString(), emailed },
    });
    return { id, url: `${this.config.publicUrl}${path}`, expiresAt, emailed };
  }

  /** What the set-password page shows; every unusable link (unknown, used, replaced, expired) answers alike. */
  async inspect(token: string): Promise<AccountLinkInfo> {
    const link = await findUsableLink(this.db.manager, hashLinkToken(token), this.clock.now());
    if (!link) throw new BadRequestException(coded('account_link.invalid', 'token', LINK_INVALID));
    return { purpose: link.purpose, email: link.email, displayName: link.displayName, expiresAt: link.expiresAt };
  }

  /**
   * Sets the password through a link, once: the link is marked used, the password set, the user's other links
   * revoked and all their sessions ended, in one transaction. Of two concurrent uses exactly one succeeds.
   */
  async setPassword(token: string, password: string): Promise<{ email: string }> {
    const tokenHash = hashLinkToken(token);
    const link = await findUsableLink(this.db.manager, tokenHash, this.clock.now());
    if (!link) throw new BadRequestException(coded('account_link.invalid', 'token', LINK_INVALID));
    if (!(await meetsPasswordRule(password, link)))
      throw new BadRequestException(coded('validation.isHardToGuess', 'password', TOO_EASY_TO_GUESS));
    const hash = await hashPassword(password);
    await runInTransaction(this.db, async (manager) => {
      const now = this.clock.now();
      const used = await consumeLink(manager, tokenHash, now);
      if (!used) throw new BadRequestException(coded('account_link.invalid', 'token', LINK_INVALID));
      await setPasswordHash(manager, used.userId, hash, now);
      await revokeLiveLinksOf(manager, used.userId, now);
      await revokeSessionsOf(manager, used.userId, now);
      // The account's owner acts here (signed out, holding the link).
      await this.audit.recordMany(manager, used.userId, [
        {
          action: used.purpose === 'invitation' ? 'app_user.invitation_accept' : 'app_user.password_reset',
          entityType: 'app_user',
          entityId: used.userId,
          details: { linkId: used.id },
        },
      ]);
    });
    return { email: link.email };
  }

  /**
   * Self-service "forgot password": e-mails a reset link to an enabled account with that address, when e-mail
   * is configured. The answer is the same whether or not the account exists (the caller returns nothing), and
   * comes no sooner than FORGOT_PASSWORD_ANSWER_MS either way; requests are throttled per address asked about
   * and per client address (429 alike for known and unknown accounts).
   */
  async forgotPassword(email: string, ipAddress: string): Promise<void> {
    const started = performance.now();
    const normalized = email.trim().toLowerCase();
    await this.throttle.reserveResetRequest(normalized, ipAddress);
    try {
      await runInTransaction(this.db, async (manager) => {
        const rows: Array<{ id: string }> = await manager.query(
          `SELECT id FROM app_user WHERE email = $1 AND disabled_at IS NULL`,
          [normalized],
        );
        if (rows.length === 0 || !this.emails) return;
        await this.issuePasswordReset(manager, rows[0].id, null);
      });
      this.relayMail();
    } catch (error) {
      // Never told to the asker: that would say the account exists.
      this.logger.error({ msg: 'forgot-password request failed', err: (error as Error).message });
    }
    const waited = performance.now() - started;
    if (waited < FORGOT_PASSWORD_ANSWER_MS) await sleep(FORGOT_PASSWORD_ANSWER_MS - waited);
  }
}
