import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind, SecurityMailKind } from '@icspa/domain';
import { buildIcs } from '../../../core/calendar/ics';
import { Clock } from '../../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../../core/config/app-config';
import { runInTransaction } from '../../../core/database/transaction';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../../core/queue/queue-registry';
import {
  kindKey,
  messageValues,
  NOTIFICATION_KIND_SPECS,
  recipientFormat,
  type NotificationParams,
} from '../notification-kinds';
import {
  claimEmail,
  emailStatus,
  insertEmail,
  lockDigestDue,
  markDigested,
  markEmailFailed,
  markEmailSent,
  recipient,
  usersWithDigestDue,
  type RecipientRow,
} from '../notifications.queries';
import type { EmailAttachment } from './email-message.entity';
import { headerSafe, renderMail, type MailLink } from './mail-render';
import { mailLanguage, translator } from './mail-catalogue';
import { MailTransport } from './mail-transport';

/** Local hour from which a user's daily digest goes out (in their time zone). */
export const DIGEST_LOCAL_HOUR = 7;

/** The portal's profile page, where notification preferences are changed. */
const PROFILE_PATH = '/profile';

/** The parts of an address a display name could abuse are cut out: one line, no angle brackets or quotes. */
function displayName(name: string): string {
  return headerSafe(name, 120).replace(/[<>"\\]/g, '');
}

function fromParts(from: string): { name: string; address: string } {
  const match = /^(.*)<([^<>]+)>$/.exec(from);
  return match ? { name: match[1].trim(), address: match[2].trim() } : { name: '', address: from };
}

/**
 * Writes e-mails (rendered in the recipient's language and time zone, in the caller's transaction, with a
 * `send-email` job through the outbox) and sends them (the job), each exactly once.
 */
@Injectable()
export class MailService {
  private warnedUnconfigured = false;
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
  ) {}

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The e-mail of one notification to one user. */
  async writeNotification(
    manager: EntityManager,
    to: RecipientRow,
    notificationId: string,
    kind: NotificationKind,
    params: NotificationParams,
  ): Promise<string | null> {
    const spec = NOTIFICATION_KIND_SPECS[kind];
    const language = mailLanguage(to.locale);
    const t = translator(language);
    const format = recipientFormat(language, to.time_zone || 'UTC');
    const key = kindKey(kind);
    const values = messageValues(params, format, (s) => t(`enrolmentStatus.${s}`, { defaultValue: s }));
    const links: MailLink[] = [
      ...(spec.actions?.(params) ?? []).map((a) => ({ label: t(`email.actions.${a.label}`), url: this.url(a.path) })),
      { label: t('email.actions.open'), url: this.url(spec.link(params)) },
    ];
    const attachments: EmailAttachment[] = [];
    const calendar = await spec.calendar?.(manager, params, {
      publicUrl: this.config.publicUrl,
      organizer: {
        name: fromParts(this.config.mailFrom).name || 'Icspa Academy',
        email: fromParts(this.config.mailFrom).address,
      },
    });
    if (calendar) {
      attachments.push({
        filename: calendar.filename,
        contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
        content: buildIcs(calendar.method, calendar.events, { stamp: this.clock.now() }),
      });
    }
    const paragraphs = [t(`notifications.kinds.${key}`, values)];
    if (typeof params.answerBy === 'string')
      paragraphs.push(t('email.answerBy', { date: format.dateTime(params.answerBy) }));
    if (calendar) paragraphs.push(t('email.calendarAttached'));
    const mail = renderMail(t, to.display_name, {
      subject: t(`email.subjects.${key}`, values),
      paragraphs,
      links,
      footer: t('email.footer', { url: this.url(PROFILE_PATH) }),
    });
    return this.insert(manager, {
      userId: to.id,
      dedupeKey: `notification-${notificationId}`,
      kind,
      to,
      locale: language,
      ...mail,
      attachments,
    });
  }

  /**
   * A security e-mail (invitation, password reset, sign-in alert): preferences are not consulted. The text
   * comes from `email.security.<kind>`; `link` is the page the e-mail leads to.
   */
  async writeSecurity(
    manager: EntityManager,
    to: RecipientRow,
    kind: string,
    dedupeKey: string,
    body: string,
    subject: string,
    link: string,
  ): Promise<string | null> {
    const language = mailLanguage(to.locale);
    const t = translator(language);
    const mail = renderMail(t, to.display_name, {
      subject,
      paragraphs: [body],
      links: [{ label: t('email.actions.open'), url: this.url(link) }],
      footer: t('email.securityFooter'),
    });
    return this.insert(manager, { userId: to.id, dedupeKey, kind, to, locale: language, ...mail, attachments: [] });
  }

  /**
   * A security e-mail in the recipient's language, its subject and text from `email.security.<key>`
   * (`subject`, `body`, with `dates` written in the recipient's language and time zone): `key` is the kind in camel case (`account.invitation` →
   * `invitation`, `account.password_reset` → `passwordReset`). Answers the e-mail's id, or null when one with
   * `dedupeKey` exists already or the user does not.
   */
  async writeSecurityMessage(
    manager: EntityManager,
    userId: string,
    kind: SecurityMailKind,
    dedupeKey: string,
    link: string,
    dates: Record<string, Date> = {},
  ): Promise<string | null> {
    const to = await recipient(manager, userId);
    if (!to) return null;
    const language = mailLanguage(to.locale);
    const t = translator(language);
    const format = recipientFormat(language, to.time_zone || 'UTC');
    const values = Object.fromEntries(
      Object.entries(dates).map(([name, at]) => [name, `${format.dateTime(at.toISOString())} (${format.timeZone})`]),
    );
    const key = kindKey(kind)
      .replace(/^account/, '')
      .replace(/^./, (c) => c.toLowerCase());
    return this.writeSecurity(
      manager,
      to,
      kind,
      dedupeKey,
      t(`email.security.${key}.body`, values),
      t(`email.security.${key}.subject`, values),
      link,
    );
  }

  private async insert(
    manager: EntityManager,
    m: {
      userId: string;
      dedupeKey: string;
      kind: string;
      to: RecipientRow;
      locale: string;
      subject: string;
      text: string;
      html: string;
      attachments: EmailAttachment[];
    },
  ): Promise<string | null> {
    const id = await insertEmail(manager, {
      userId: m.userId,
      dedupeKey: m.dedupeKey,
      kind: m.kind,
      toAddress: m.to.email,
      toName: displayName(m.to.display_name),
      locale: m.locale,
      subject: m.subject,
      textBody: m.text,
      htmlBody: m.html,
      attachments: m.attachments,
    });
    if (id) await this.outbox.write(manager, JobName.SendEmail, { emailId: id }, JOB_IDS.email(id));
    return id;
  }

  /**
   * Sends one e-mail: claims its row, hands it to the relay, marks it sent. A run that finds it sent does
   * nothing (a duplicate or a retry after the send), so each message goes out once. A relay failure marks it
   * failed and throws, and BullMQ retries with doubling delays.
   */
  async send(emailId: string): Promise<{ status: 'sent' | 'already-sent' | 'not-configured'; messageId?: string }> {
    if (!this.transport.configured) {
      // Said once per process: a seed or a backfill would otherwise log a line per message.
      if (!this.warnedUnconfigured) this.logger.warn({ msg: 'SMTP_URL is not set: e-mail is left pending', emailId });
      this.warnedUnconfigured = true;
      return { status: 'not-configured' };
    }
    // A claim older than twice the worker lock belongs to a worker that died mid-send.
    const claimed = await claimEmail(this.db.manager, emailId, 2 * this.config.workerLockMs);
    if (!claimed) {
      const row = await emailStatus(this.db.manager, emailId);
      if (!row) throw new UnrecoverableError(`no e-mail ${emailId}`);
      if (row.status === 'sent') return { status: 'already-sent' };
      throw new Error(`e-mail ${emailId} is being sent by another run`);
    }
    let info: { messageId?: unknown };
    try {
      info = await this.transport.transport().sendMail({
        from: fromParts(this.config.mailFrom),
        to: { name: displayName(claimed.to_name), address: claimed.to_address },
        subject: headerSafe(claimed.subject),
        text: claimed.text_body,
        html: claimed.html_body,
        // The same Message-ID on every try: a relay or mailbox that saw it already can drop a repeat.
        messageId: `<${claimed.id}@icspa.academy>`,
        attachments: claimed.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    } catch (error) {
      await markEmailFailed(this.db.manager, emailId, (error as Error).message);
      throw error;
    }
    // Sent: a failure to record that must not mark it failed, which would send it again at once. The row stays
    // claimed; only after twice the worker lock is the claim taken over (as for a worker that died mid-send),
    // and the repeat carries the same Message-ID.
    await markEmailSent(this.db.manager, emailId, String(info.messageId ?? ''));
    return { status: 'sent', messageId: String(info.messageId ?? '') };
  }

  /**
   * The daily digests: each user with notifications waiting gets one e-mail listing them, at the first run
   * after DIGEST_LOCAL_HOUR in their time zone, at most once per local day. Returns how many went out.
   */
  async sendDigests(now: Date = this.clock.now()): Promise<number> {
    let written = 0;
    for (const { user_id } of await usersWithDigestDue(this.db.manager)) {
      const wrote = await runInTransaction(this.db, async (manager) => {
        const to = await recipient(manager, user_id);
        if (!to || to.disabled) return false;
        const language = mailLanguage(to.locale);
        const format = recipientFormat(language, to.time_zone || 'UTC');
        const local = localDateHour(now, format.timeZone);
        if (local.hour < DIGEST_LOCAL_HOUR) return false;
        const due = await lockDigestDue(manager, user_id);
        if (due.length === 0) return false;
        const t = translator(language);
        const items = due.map((n) => {
          const key = kindKey(n.kind);
          const spec = NOTIFICATION_KIND_SPECS[n.kind];
          const values = messageValues(n.params, format, (s) => t(`enrolmentStatus.${s}`, { defaultValue: s }));
          return {
            text: `${format.dateTime(n.created_at.toISOString())}: ${t(`notifications.kinds.${key}`, {
              ...values,
              defaultValue: t('notifications.kinds.unknown'),
            })}`,
            url: spec ? this.url(spec.link(n.params)) : null,
          };
        });
        const mail = renderMail(t, to.display_name, {
          subject: t('email.digest.subject', { date: format.date(now.toISOString()) }),
          paragraphs: [t('email.digest.intro', { total: new Intl.NumberFormat(language).format(due.length) })],
          items,
          links: [{ label: t('email.actions.open'), url: this.url('/') }],
          footer: t('email.footer', { url: this.url(PROFILE_PATH) }),
        });
        const id = await this.insert(manager, {
          userId: to.id,
          dedupeKey: `digest-${to.id}-${local.date}`,
          kind: 'digest',
          to,
          locale: language,
          ...mail,
          attachments: [],
        });
        if (!id) return false; // today's digest went out already: these wait for tomorrow's
        await markDigested(
          manager,
          due.map((n) => n.id),
          now,
        );
        return true;
      });
      if (wrote) written += 1;
    }
    if (written) this.outbox.relaySoon();
    return written;
  }
}

/** The local calendar date (YYYY-MM-DD) and hour of an instant in a time zone. */
export function localDateHour(at: Date, timeZone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
