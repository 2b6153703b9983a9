import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { NotificationKind } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { affectedRows } from '../../core/database/sql';
import { PageQueryDto, pageWindow } from '../../core/http/pagination.dto';
import { Notification } from './notification.entity';
import { NotificationPageDto } from './dtos/notification.dto';
import { coded } from '../../core/errors/coded';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sends with the caller's transaction: the message exists only if the change it reports commits. */
  async notify(
    manager: EntityManager,
    userIds: string[],
    kind: NotificationKind,
    params: Record<string, string | number | null>,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await manager.getRepository(Notification).insert(userIds.map((userId) => ({ userId, kind, params, readAt: null })));
  }

  async listMine(user: AuthUser, query: PageQueryDto): Promise<InstanceType<typeof NotificationPageDto>> {
    const { page, pageSize, skip } = pageWindow(query);
    const repo = this.db.getRepository(Notification);
    const [rows, total] = await repo.findAndCount({
      where: { userId: user.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    const unread = await repo.count({ where: { userId: user.id, readAt: IsNull() } });
    return {
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        params: n.params,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize,
      unread,
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

  async markAllRead(user: AuthUser): Promise<void> {
    await affectedRows(
      this.db.manager,
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [user.id],
    );
  }
}
