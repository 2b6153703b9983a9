import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditSentence, type AuditAction } from '@icspa/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';
import { keysetWindow, nextCursor } from '../../core/http/pagination.dto';
import { pageTotal } from '../../core/database/sql';
import { officerName } from '../identity/officer-name';
import { officerNameFactsOf } from '../identity/officer-privacy.queries';
import { mailLanguage, translator } from '../notifications/email/mail-catalogue';
import { csvLines, type CsvColumn } from '../reporting/csv';
import { exportStampText } from '../reporting/export-stamp';
import { Clock } from '../../core/clock/clock';
import { AuditEvent } from './audit-event.entity';
import { AuditPolicy } from './audit.policy';
import {
  AUDIT_FROM,
  afterAuditEvent,
  namesObjectsOf,
  selectAuditEvents,
  selectObjectNames,
  type AuditEventRow,
} from './audit.queries';
import type {
  AuditEventFilterDto,
  AuditEventListQueryDto,
  AuditEventPageDto,
  AuditEventResponseDto,
} from './dtos/audit-event.dto';
import { AccessLogService } from '../privacy/access-log.service';

export interface AuditEntry {
  /** One of `AUDIT_ACTIONS` (libs/domain): the log says each in words, in every language. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** At most this many events go into one CSV export (narrow the filters for more). */
export const AUDIT_EXPORT_LIMIT = 50_000;
const NAME_BATCH = 1_000;

/** The people a page of events names (actors, and subjects that are people): the access log's officers. */
function namedPeople(events: AuditEventResponseDto[]): string[] {
  return events
    .flatMap((e) => [e.actor?.id, e.subject?.isPerson ? e.subject.id : null])
    .filter((id): id is string => !!id);
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

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

  async list(user: AuthUser, query: AuditEventListQueryDto): Promise<InstanceType<typeof AuditEventPageDto>> {
    const { page, pageSize, skip, after } = keysetWindow(query, 2);
    const filtered = this.filtered(user, query);
    const where = after ? afterAuditEvent(filtered.copy(), after) : filtered.copy();
    const rows = await selectAuditEvents(this.db.manager, where, { limit: pageSize, offset: skip });
    const total = await pageTotal(
      this.db.manager,
      AUDIT_FROM,
      filtered,
      { skip: after ? null : skip, pageSize },
      rows.length,
    );
    const last = rows[rows.length - 1];
    const items = await this.named(user, rows);
    await this.accessLog.record(null, user, namedPeople(items), 'audit_log', null);
    return {
      items,
      ...total,
      page,
      pageSize,
      nextCursor: nextCursor(rows, pageSize, () => [last.created_key, last.id]),
    };
  }

  /**
   * The filtered log as CSV, newest first, each event also said in words in the reader's language; cells that a
   * spreadsheet would run as formulas are made text (`reporting/csv.ts`).
   */
  async exportCsv(user: AuthUser, query: AuditEventFilterDto): Promise<{ filename: string; lines: Iterable<string> }> {
    const rows = await selectAuditEvents(this.db.manager, this.filtered(user, query), {
      limit: AUDIT_EXPORT_LIMIT,
      offset: 0,
    });
    const events: AuditEventResponseDto[] = [];
    for (let i = 0; i < rows.length; i += NAME_BATCH)
      events.push(...(await this.named(user, rows.slice(i, i + NAME_BATCH))));
    await this.accessLog.record(null, user, namedPeople(events), 'audit_export', null);
    const t = translator(mailLanguage(user.locale));
    const columns: CsvColumn<AuditEventResponseDto>[] = [
      { header: 'when', value: (e) => e.createdAt },
      { header: 'event', value: (e) => auditSentence(e, t) },
      { header: 'actor', value: (e) => e.actor?.name ?? null },
      { header: 'actor_email', value: (e) => e.actor?.email ?? null },
      { header: 'action', value: (e) => e.action },
      { header: 'object_type', value: (e) => e.object.type },
      { header: 'object_id', value: (e) => e.object.id },
      { header: 'object', value: (e) => e.object.name },
      { header: 'subject', value: (e) => e.subject?.name ?? null },
      { header: 'details', value: (e) => JSON.stringify(e.details) },
    ];
    const stamp = await exportStampText(this.db.manager, user, this.clock.now());
    return { filename: 'audit-log.csv', lines: csvLines(columns, events, stamp) };
  }

  private filtered(user: AuthUser, query: AuditEventFilterDto): Where {
    const where = AuditPolicy.eventScope(user);
    if (query.entityType) where.add('e.entity_type = ?', query.entityType);
    if (query.entityId) where.add('e.entity_id = ?', query.entityId);
    if (query.actorId) where.add('e.actor_id = ?', query.actorId);
    if (query.action) where.add('e.action = ?', query.action);
    // Whole days in the reader's time zone (UTC until they have one).
    const zone = user.timeZone ?? 'UTC';
    if (query.from)
      where.raw(`e.created_at >= (${where.param(query.from)}::date::timestamp AT TIME ZONE ${where.param(zone)})`);
    if (query.to)
      where.raw(`e.created_at < ((${where.param(query.to)}::date + 1)::timestamp AT TIME ZONE ${where.param(zone)})`);
    return where;
  }

  /** The events with their actor, object and subject named for this reader (people through `officerName`). */
  private async named(user: AuthUser, rows: AuditEventRow[]): Promise<AuditEventResponseDto[]> {
    const names = await selectObjectNames(
      this.db.manager,
      rows.map((r) => ({ type: r.entity_type, id: r.entity_id })),
    );
    const facts = await officerNameFactsOf(this.db.manager, [
      ...rows.map((r) => r.actor_id),
      ...[...names.values()].map((n) => (n.subject_is_person ? n.subject_id : null)),
    ]);
    return rows.map((r) => {
      const named = names.get(`${r.entity_type}:${r.entity_id}`);
      const person = (id: string, name: string) => officerName(facts(id, name), user);
      const subjectName =
        named?.subject_name == null
          ? null
          : named.subject_is_person && named.subject_id
            ? person(named.subject_id, named.subject_name)
            : named.subject_name;
      const objectIsPerson = named?.subject_is_person && named.subject_id === r.entity_id;
      return {
        id: r.id,
        actor:
          r.actor_id && r.actor_name
            ? {
                id: r.actor_id,
                name: person(r.actor_id, r.actor_name),
                email: r.actor_email ?? '',
                role: r.actor_role ?? '',
              }
            : null,
        action: r.action,
        object: {
          type: r.entity_type,
          id: r.entity_id,
          // Kinds the log cannot name (a queue job) are called by their id; a deleted object has no name.
          name: !namesObjectsOf(r.entity_type)
            ? r.entity_id
            : named?.object_name == null
              ? null
              : objectIsPerson
                ? subjectName
                : named.object_name,
        },
        subject:
          subjectName == null
            ? null
            : { id: named?.subject_id ?? null, name: subjectName, isPerson: !!named?.subject_is_person },
        details: r.details,
        createdAt: r.created_at.toISOString(),
      };
    });
  }
}
