import type { EntityManager } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@icspa/domain';
import { affectedRows, selectOne, selectPrepared, selectRows, updateReturning } from '../../core/database/sql';
import type { EmailMessage } from './email/email-message.entity';

/** A recipient as e-mail needs them: address, name, language, time zone (UTC until users have one). */
export interface RecipientRow {
  id: string;
  email: string;
  display_name: string;
  locale: string | null;
  time_zone: string | null;
  disabled: boolean;
  delivery: NotificationDelivery | null;
}

/**
 * The recipients with their preference for `kind`. `time_zone` is read through `to_jsonb(u)` so this works
 * before and after the column exists.
 */
export function recipients(manager: EntityManager, userIds: string[], kind: string): Promise<RecipientRow[]> {
  // A named prepared statement: every notification runs it.
  return selectPrepared<RecipientRow>(
    manager,
    `SELECT u.id, u.email, u.display_name, u.locale, to_jsonb(u) ->> 'time_zone' AS time_zone,
            u.disabled_at IS NOT NULL AS disabled, p.delivery
       FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2
      WHERE u.id = ANY($1::uuid[])
      ORDER BY u.id`,
    [userIds, kind],
  );
}

export function recipient(manager: EntityManager, userId: string): Promise<RecipientRow | null> {
  return selectOne<RecipientRow>(
    manager,
    `SELECT u.id, u.email, u.display_name, u.locale, to_jsonb(u) ->> 'time_zone' AS time_zone,
            u.disabled_at IS NOT NULL AS disabled, NULL AS delivery
       FROM app_user u WHERE u.id = $1`,
    [userId],
  );
}

/** Inserts an e-mail unless one with its dedupe key exists; its id when inserted. */
export async function insertEmail(
  manager: EntityManager,
  email: Pick<
    EmailMessage,
    'userId' | 'dedupeKey' | 'kind' | 'toAddress' | 'toName' | 'locale' | 'subject' | 'textBody' | 'htmlBody'
  > & { attachments: EmailMessage['attachments'] },
): Promise<string | null> {
  // A named prepared statement: every e-mail runs it.
  const rows = await selectPrepared<{ id: string }>(
    manager,
    `INSERT INTO email_message (user_id, dedupe_key, kind, to_address, to_name, locale, subject, text_body, html_body, attachments)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [
      email.userId,
      email.dedupeKey,
      email.kind,
      email.toAddress,
      email.toName,
      email.locale,
      email.subject,
      email.textBody,
      email.htmlBody,
      JSON.stringify(email.attachments),
    ],
  );
  return rows[0]?.id ?? null;
}

export interface ClaimedEmail {
  id: string;
  to_address: string;
  to_name: string;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: EmailMessage['attachments'];
  attempts: number;
}

/**
 * Takes the e-mail for one send: `pending` or `failed`, or `sending` whose claim is older than `staleMs`
 * (its worker died mid-send). Null when it is `sent`, or being sent right now by another run.
 */
export async function claimEmail(manager: EntityManager, id: string, staleMs: number): Promise<ClaimedEmail | null> {
  const rows = await updateReturning<ClaimedEmail>(
    manager,
    `UPDATE email_message SET status = 'sending', attempts = attempts + 1, claimed_at = now()
      WHERE id = $1 AND (status IN ('pending', 'failed')
                         OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2::double precision / 1000)))
      RETURNING id, to_address, to_name, subject, text_body, html_body, attachments, attempts`,
    [id, staleMs],
  );
  return rows[0] ?? null;
}

export function emailStatus(manager: EntityManager, id: string): Promise<{ status: string } | null> {
  return selectOne<{ status: string }>(manager, `SELECT status FROM email_message WHERE id = $1`, [id]);
}

/**
 * Marks an e-mail sent. An account mail (`account.*`: invitation and password-reset links) loses its text once
 * delivered: its one-time link lives on only in the recipient's mailbox, never readable in the database or its
 * backups (the link table keeps only a hash).
 */
export function markEmailSent(manager: EntityManager, id: string, providerMessageId: string): Promise<number> {
  return affectedRows(
    manager,
    `UPDATE email_message SET status = 'sent', sent_at = now(), provider_message_id = $2, last_error = NULL,
            text_body = CASE WHEN kind LIKE 'account.%' THEN '' ELSE text_body END,
            html_body = CASE WHEN kind LIKE 'account.%' THEN '' ELSE html_body END
      WHERE id = $1`,
    [id, providerMessageId.slice(0, 300)],
  );
}

export function markEmailFailed(manager: EntityManager, id: string, error: string): Promise<number> {
  return affectedRows(
    manager,
    `UPDATE email_message SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'sending'`,
    [id, error.slice(0, 2000)],
  );
}

/** Users with notifications waiting for their digest. */
export function usersWithDigestDue(manager: EntityManager): Promise<Array<{ user_id: string }>> {
  return selectRows(
    manager,
    `SELECT DISTINCT user_id FROM notification WHERE delivery = 'digest' AND digested_at IS NULL ORDER BY user_id`,
  );
}

export interface DigestRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  created_at: Date;
}

/** One user's waiting digest notifications, locked (another digest run skips them). */
export function lockDigestDue(manager: EntityManager, userId: string): Promise<DigestRow[]> {
  return selectRows<DigestRow>(
    manager,
    `SELECT id, kind, params, created_at FROM notification
      WHERE user_id = $1 AND delivery = 'digest' AND digested_at IS NULL
      ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
    [userId],
  );
}

export function markDigested(manager: EntityManager, ids: string[], at: Date): Promise<number> {
  return affectedRows(manager, `UPDATE notification SET digested_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
}

/** Marks read the user's notifications about one object (they acted on it). */
export function markObjectRead(
  manager: EntityManager,
  userId: string,
  objectType: string,
  objectId: string,
): Promise<number> {
  return affectedRows(
    manager,
    `UPDATE notification SET read_at = now()
      WHERE user_id = $1 AND object_type = $2 AND object_id = $3 AND read_at IS NULL`,
    [userId, objectType, objectId],
  );
}
