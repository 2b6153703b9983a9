import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditEvent } from './audit-event.entity';
import { AuditEventListQueryDto, AuditEventPageDto } from './dtos/audit-event.dto';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records an event with the caller's transaction, so the change and its audit commit together. */
  async record(manager: EntityManager, actor: AuthUser | null, entry: AuditEntry): Promise<void> {
    await manager.getRepository(AuditEvent).insert({
      actorId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: (entry.details ?? {}) as AuditEvent['details'] & object,
    });
  }

  /** Records many events of one actor with the caller's transaction (a bulk import's accounts), a thousand an INSERT. */
  async recordMany(manager: EntityManager, actorId: string | null, entries: AuditEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 1000) {
      await manager.getRepository(AuditEvent).insert(
        entries.slice(i, i + 1000).map((entry) => ({
          actorId,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          details: (entry.details ?? {}) as AuditEvent['details'] & object,
        })),
      );
    }
  }

  async list(query: AuditEventListQueryDto): Promise<InstanceType<typeof AuditEventPageDto>> {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin('e.actor', 'a')
      .addSelect(['a.email'])
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(skip)
      .take(pageSize);
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: rows.map((e) => ({
        id: e.id,
        actorId: e.actorId,
        actorEmail: e.actor?.email ?? null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        details: e.details,
        createdAt: e.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}
