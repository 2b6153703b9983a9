import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationObjectType,
} from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { affectedRows, selectOne, selectPrepared, selectRows } from '../../core/database/sql';
import { runInTransaction } from '../../core/database/transaction';
import { pageWindow } from '../../core/http/pagination.dto';
import { coded } from '../../core/errors/coded';
import { NotificationPageDto, NotificationListQueryDto } from './dtos/notification.dto';
import { NotificationPreferencesDto, NotificationPreferencesUpdateDto } from './dtos/notification-preference.dto';
import { NOTIFICATION_KIND_SPECS, type NotificationParams } from './notification-kinds';
import { markObjectRead, recipients } from './notifications.queries';
import { MailService } from './email/mail.service';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  /**
   * Sends with the caller's transaction: the message exists only if the change it reports commits. Each
   * recipient gets it in the bell, and by e-mail at once or in the daily digest as they chose for the kind
   * (the kind's default when they chose nothing). The e-mail is rendered now, in their language and zone,
   * and sent by the `send-email` job the outbox carries; disabled accounts get no e-mail.
   */
  async notify(
    manager: EntityManager,
    userIds: string[],
    kind: NotificationKind,
    params: NotificationParams,
  ): Promise<void> {
    if (userIds.length === 0) return;
    const spec = NOTIFICATION_KIND_SPECS[kind];
    const object = spec.object(params);
    const people = await recipients(manager, [...new Set(userIds)], kind);
    for (const person of people) {
      const delivery: NotificationDelivery = person.disabled ? 'in_app' : (person.delivery ?? spec.defaultDelivery);
      const [row] = await selectPrepared<{ id: string }>(
        manager,
        `INSERT INTO notification (user_id, kind, params, object_type, object_id, delivery)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6) RETURNING id`,
        [person.id, kind, JSON.stringify(params), object?.type ?? null, object?.id ?? null, delivery],
      );
      if (delivery === 'email') await this.mail.writeNotification(manager, person, row.id, kind, params);
    }
  }

  /** The user acted on the object (answered the proposal, opened the enrolment): its notifications are read. */
  markObjectRead(manager: EntityManager, userId: string, type: NotificationObjectType, id: string): Promise<number> {
    return markObjectRead(manager, userId, type, id);
  }

  async listMine(user: AuthUser, query: NotificationListQueryDto): Promise<InstanceType<typeof NotificationPageDto>> {
    const { page, pageSize, skip } = pageWindow(query);
    const filter = query.kind ? ` AND kind = $2` : '';
    const params: unknown[] = query.kind ? [user.id, query.kind] : [user.id];
    const rows = await selectRows<{
      id: string;
      kind: NotificationKind;
      params: NotificationParams;
      object_type: string | null;
      object_id: string | null;
      read_at: Date | null;
      created_at: Date;
    }>(
      this.db.manager,
      `SELECT id, kind, params, object_type, object_id, read_at, created_at FROM notification
        WHERE user_id = $1${filter} ORDER BY created_at DESC, id DESC
        LIMIT ${Number(pageSize)} OFFSET ${Number(skip)}`,
      params,
    );
    const totals = await selectOne<{ total: number; unread: number }>(
      this.db.manager,
      `SELECT count(*) FILTER (WHERE true${filter ? ' AND kind = $2' : ''})::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE user_id = $1`,
      params,
    );
    const groups = await selectRows<{ kind: string; total: number; unread: number }>(
      this.db.manager,
      `SELECT kind, count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE user_id = $1 GROUP BY kind ORDER BY max(created_at) DESC, kind`,
      [user.id],
    );
    return {
      items: rows.map((n) => {
        const spec = NOTIFICATION_KIND_SPECS[n.kind];
        return {
          id: n.id,
          kind: n.kind,
          params: n.params,
          link: spec ? spec.link(n.params) : null,
          objectType: n.object_type,
          objectId: n.object_id,
          read: n.read_at !== null,
          createdAt: n.created_at.toISOString(),
        };
      }),
      total: totals?.total ?? 0,
      page,
      pageSize,
      unread: totals?.unread ?? 0,
      groups,
    };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    const updated = await affectedRows(
      this.db.manager,
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2`,
      [id, user.id],
    );
    if (updated === 0) throw new NotFoundException(coded('notification.not_found', 'id', 'no such notification'));
  }

  async markAllRead(user: AuthUser, kind?: NotificationKind): Promise<void> {
    await affectedRows(
      this.db.manager,
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL${kind ? ' AND kind = $2' : ''}`,
      kind ? [user.id, kind] : [user.id],
    );
  }

  /** Every kind with the user's choice, or its default. */
  async preferences(user: AuthUser): Promise<NotificationPreferencesDto> {
    const chosen = await selectRows<{ kind: string; delivery: NotificationDelivery }>(
      this.db.manager,
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
      [user.id],
    );
    const byKind = new Map(chosen.map((c) => [c.kind, c.delivery]));
    return {
      items: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: byKind.get(kind) ?? NOTIFICATION_KIND_SPECS[kind].defaultDelivery,
        defaultDelivery: NOTIFICATION_KIND_SPECS[kind].defaultDelivery,
      })),
    };
  }

  async updatePreferences(user: AuthUser, body: NotificationPreferencesUpdateDto): Promise<NotificationPreferencesDto> {
    const seen = new Set<string>();
    for (const item of body.items) {
      if (seen.has(item.kind))
        throw new BadRequestException(
          coded('notification_preference.duplicate_kind', 'items', 'a kind is listed twice', { kind: item.kind }),
        );
      seen.add(item.kind);
    }
    await runInTransaction(this.db, async (manager) => {
      for (const item of body.items) {
        await manager.query(
          `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
          [user.id, item.kind, item.delivery],
        );
      }
    });
    return this.preferences(user);
  }
}
