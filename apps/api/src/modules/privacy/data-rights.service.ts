import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { AuditService } from '../audit/audit.service';
import { exportStampText } from '../reporting/export-stamp';
import { printoutLocale } from '../reporting/printout-phrases';
import type { ReaderLanguages } from '../translations/reader-languages';
import { NotificationsService } from '../notifications/notifications.service';
import { findActiveAdminIds } from '../trainer-assignment/assignments.queries';
import { AccessLogService } from './access-log.service';
import { renderPersonalDataPdf } from './data-rights-pdf';
import { exportedTables, SECRET_COLUMNS } from './data-rights.coverage';
import { DataRightsPolicy } from './data-rights.policy';
import { selectOfficerRows, selectSubject, type SubjectRow } from './data-rights.queries';
import type { ErasureResponseDto, PersonalDataExportDto, PersonalDataOfficerDto } from './dtos/data-rights.dto';
import { EraseOfficerUseCase } from './usecases/erase-officer/erase-officer.usecase';

export type PersonalDataExport = PersonalDataExportDto;

function officerDto(s: SubjectRow): PersonalDataOfficerDto {
  return {
    id: s.id,
    name: s.display_name,
    email: s.email,
    policeUnitName: s.police_unit_name,
    countryCode: s.country_code,
    retentionYears: s.retention_years,
    leftAt: s.left_at?.toISOString() ?? null,
    // Computed in SQL (`ERASURE_DUE_SQL`), as the retention job computes it.
    erasureDueAt: s.erasure_due_at?.toISOString() ?? null,
    erasedAt: s.erased_at?.toISOString() ?? null,
  };
}

/**
 * An officer's data rights: the subject-access export (JSON: every table's rows about them; PDF: the same,
 * readable) and erasure (admins at once; their unit's coordinator files a request the admins are notified of).
 * Each export and each request or erasure is audited; the summary and the exports read from outside the
 * officer's unit are written in the access log.
 */
@Injectable()
export class DataRightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly erase: EraseOfficerUseCase,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Where the officer's data stands: their country's retention, when they left, when retention erases it. */
  async summary(user: AuthUser, officerId: string): Promise<PersonalDataOfficerDto> {
    const subject = await selectSubject(this.db.manager, DataRightsPolicy.subjectScope(user), officerId);
    if (!subject) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
    // A reader outside the officer's unit (an admin) is written in the access log.
    await this.accessLog.record(null, user, [subject.id], 'personal_data', { type: 'app_user', id: subject.id });
    return officerDto(subject);
  }

  /** Everything the platform holds about the officer, one key per table, secrets left out; audited. */
  exportData(user: AuthUser, officerId: string, format: 'json' | 'pdf' = 'json'): Promise<PersonalDataExport> {
    // One snapshot: the rows of every table as of one moment, and the export's audit event with them.
    return runInTransaction(this.db, async (manager) => {
      await manager.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY`);
      const subject = await selectSubject(manager, DataRightsPolicy.subjectScope(user), officerId);
      if (!subject) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const table of exportedTables())
        tables[table] = await selectOfficerRows(manager, table, subject.id, subject.email);
      return {
        officer: officerDto(subject),
        exportedAt: this.clock.now().toISOString(),
        exportedById: user.id,
        secretsOmitted: Object.entries(SECRET_COLUMNS).flatMap(([t, cols]) => cols.map((c) => `${t}.${c}`)),
        tables,
      };
    }).then(async (data) => {
      await this.db.transaction(async (manager) => {
        await this.audit.record(manager, user, {
          action: 'app_user.personal_data_export',
          entityType: 'app_user',
          entityId: officerId,
          details: { format },
        });
        // Read from outside the officer's unit (an admin): in the access log too, as every export naming officers.
        await this.accessLog.record(manager, user, [officerId], 'personal_data_export', {
          type: 'app_user',
          id: officerId,
        });
      });
      return data;
    });
  }

  /** The export as a readable PDF in the reader's language (headings, labels, stamp). */
  async exportPdf(user: AuthUser, officerId: string, reader?: ReaderLanguages): Promise<Buffer> {
    const data = await this.exportData(user, officerId, 'pdf');
    const locale = printoutLocale(reader);
    const stamp = await exportStampText(this.db.manager, user, new Date(data.exportedAt), locale);
    return renderPersonalDataPdf(data, stamp, locale);
  }

  /** Admins erase at once; a coordinator's request for their unit's officer is audited and sent to the admins. */
  async requestErasure(user: AuthUser, officerId: string, reason: string): Promise<ErasureResponseDto> {
    if (DataRightsPolicy.erasureMode(user) === 'erase') {
      const result = await runInTransaction(this.db, (manager) =>
        this.erase.execute(manager, { actor: user, officerId, reason }),
      );
      return { status: 'erased', name: result.name, erasedAt: result.erasedAt.toISOString(), counts: result.counts };
    }
    return runInTransaction(this.db, async (manager) => {
      const subject = await selectSubject(manager, DataRightsPolicy.subjectScope(user), officerId, true);
      if (!subject) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
      if (subject.erased_at)
        throw new ConflictException(coded('user.already_erased', 'id', 'the account’s personal data was erased'));
      await this.audit.record(manager, user, {
        action: 'app_user.erasure_request',
        entityType: 'app_user',
        entityId: subject.id,
        details: { reason },
      });
      await this.notifications.notify(manager, await findActiveAdminIds(manager), 'privacy.erasure_requested', {
        officerId: subject.id,
        reason,
      });
      return { status: 'requested', name: null, erasedAt: null, counts: {} };
    });
  }
}
