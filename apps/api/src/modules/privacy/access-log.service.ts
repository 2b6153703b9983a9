import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessPurpose } from '@icspa/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { pageTotal } from '../../core/database/sql';
import { coded } from '../../core/errors/coded';
import { pageWindow } from '../../core/http/pagination.dto';
import { officerIdentity } from '../identity/officer-name';
import { AccessLogPolicy } from './access-log.policy';
import { ACCESS_LOG_FROM, AccessLogRow, insertAccesses, selectAccessLog } from './access-log.queries';
import type { AccessLogEntryDto, AccessLogPageDto, AccessLogQueryDto } from './dtos/access-log.dto';

/** The object a read went through, as the audit log names objects. */
export interface AccessObject {
  type: string;
  id: string;
}

/**
 * "Who saw what" (issue 20): the one writer of `personal_data_access` and its reading. Every read of officers'
 * personal data that may come from outside their unit calls `record` once, after the read succeeded, with every
 * officer it named; the rows written are only those of officers outside the reader's unit (see `insertAccesses`).
 */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One row per officer read from outside their unit, in one statement. Answers how many were written. */
  record(
    manager: EntityManager | null,
    reader: Pick<AuthUser, 'id' | 'policeUnitId'>,
    officerIds: readonly string[],
    purpose: AccessPurpose,
    object: AccessObject | null,
  ): Promise<number> {
    // Nothing to write for nobody, or for one's own data only (an officer reading their own enrolment).
    if (officerIds.every((id) => id === reader.id)) return Promise.resolve(0);
    return insertAccesses(manager ?? this.db.manager, {
      reader,
      officerIds,
      purpose,
      objectType: object?.type ?? null,
      objectId: object?.id ?? null,
      at: this.clock.now(),
    });
  }

  /** The entries the user may read (`AccessLogPolicy`), newest first, paged. */
  async list(user: AuthUser, query: AccessLogQueryDto): Promise<InstanceType<typeof AccessLogPageDto>> {
    const { page, pageSize, skip } = pageWindow(query);
    const where = AccessLogPolicy.entryScope(user);
    if (query.officerId) where.add('l.officer_id = ?', query.officerId);
    const rows = await selectAccessLog(this.db.manager, where.copy(), { limit: pageSize, offset: skip });
    const total = await pageTotal(this.db.manager, ACCESS_LOG_FROM, where, { skip, pageSize }, rows.length);
    return { items: rows.map((r) => this.entry(user, r)), ...total, page, pageSize };
  }

  /** One entry, by the same scope as the list (404 outside it). */
  async get(user: AuthUser, id: string): Promise<AccessLogEntryDto> {
    const where = AccessLogPolicy.entryScope(user).add('l.id = ?', id);
    const [row] = await selectAccessLog(this.db.manager, where, { limit: 1, offset: 0 });
    if (!row) throw new NotFoundException(coded('access_log.not_found', 'id', 'no such access-log entry'));
    return this.entry(user, row);
  }

  /** The officer and the reader named for this reader of the log (both through the one naming function). */
  private entry(user: AuthUser, r: AccessLogRow): AccessLogEntryDto {
    const officer = officerIdentity(
      {
        id: r.officer_id,
        displayName: r.officer_name,
        policeUnitId: r.officer_unit_id,
        protected: r.officer_protected,
      },
      user,
    );
    const reader =
      r.reader_id && r.reader_name !== null
        ? officerIdentity(
            {
              id: r.reader_id,
              displayName: r.reader_name,
              policeUnitId: r.reader_unit_id,
              protected: !!r.reader_protected,
            },
            user,
          )
        : null;
    return {
      id: r.id,
      officer: { id: r.officer_id, name: officer.name, officerPseudonym: officer.pseudonym },
      reader:
        reader && r.reader_id
          ? {
              id: r.reader_id,
              name: reader.name,
              officerPseudonym: reader.pseudonym,
              role: r.reader_role ?? '',
              organisationType: r.reader_unit_name ? 'police_unit' : r.reader_firm_name ? 'member_firm' : 'alliance',
              organisationName: r.reader_unit_name ?? r.reader_firm_name ?? null,
            }
          : null,
      purpose: r.purpose,
      object: { type: r.object_type, id: r.object_id, name: r.object_name },
      at: r.at.toISOString(),
    };
  }
}
