import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { JOB_IDS, JOB_QUEUE, JobName } from '../../core/queue/queue-registry';
import { QueueService } from '../../core/queue/queue.service';
import { CsvColumn, csvLines } from '../reporting/csv';
import { exportStampText } from '../reporting/export-stamp';
import { Clock } from '../../core/clock/clock';
import { OfficerImportListDto, OfficerImportResponseDto } from './dtos/officer-import.dto';
import { OfficerImportPolicy } from './officer-import.policy';
import {
  type OfficerImportLineRow,
  type OfficerImportRow,
  selectImportLines,
  selectOfficerImports,
} from './officer-import.queries';

/** The error report: each refused row as the file had it, with the column and reason of each problem. */
const ERROR_COLUMNS: CsvColumn<OfficerImportLineRow & { problem: string; column: string }>[] = [
  { header: 'row', value: (r) => r.row_number },
  { header: 'email', value: (r) => r.email },
  { header: 'name', value: (r) => r.name },
  { header: 'language', value: (r) => r.language },
  { header: 'column', value: (r) => r.column },
  { header: 'problem', value: (r) => r.problem },
];

/** Reads of officer imports (the caller's scope, see OfficerImportPolicy) and their error report. */
@Injectable()
export class OfficerImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, policeUnitId: string): Promise<OfficerImportListDto> {
    const where = OfficerImportPolicy.scope(user).add('i.police_unit_id = ?', policeUnitId);
    const rows = await selectOfficerImports(this.db.manager, where);
    return { items: await Promise.all(rows.map((r) => this.toDto(r))) };
  }

  async get(user: AuthUser, id: string): Promise<OfficerImportResponseDto> {
    return this.toDto(await this.find(user, id));
  }

  /** The refused rows as CSV (cells that a spreadsheet would run as a formula are neutralised by csvLines). */
  async errorReport(user: AuthUser, id: string): Promise<{ filename: string; lines: Iterable<string> }> {
    const found = await this.find(user, id);
    const rows = (await selectImportLines(this.db.manager, id, 'error')).flatMap((r) =>
      r.problems.map((p) => ({ ...r, column: p.column, problem: p.code })),
    );
    const stamp = await exportStampText(this.db.manager, user, this.clock.now());
    return { filename: `officer-import-${found.id}-errors.csv`, lines: csvLines(ERROR_COLUMNS, rows, stamp) };
  }

  private async find(user: AuthUser, id: string): Promise<OfficerImportRow> {
    const where = OfficerImportPolicy.scope(user);
    where.add('i.id = ?', id);
    const [row] = await selectOfficerImports(this.db.manager, where, 1);
    if (!row) throw new NotFoundException(coded('officer_import.not_found', 'id', 'no such import'));
    return row;
  }

  private async toDto(r: OfficerImportRow): Promise<OfficerImportResponseDto> {
    let done = r.status === 'applied' ? r.total_rows : 0;
    if (r.status === 'queued') {
      const job = await this.queues
        .queue(JOB_QUEUE[JobName.ApplyOfficerImport])
        .getJob(JOB_IDS.officerImport(r.id))
        .catch(() => undefined);
      const progress = job?.progress as { done?: unknown } | number | undefined;
      if (progress && typeof progress === 'object' && typeof progress.done === 'number') done = progress.done;
    }
    return {
      id: r.id,
      policeUnitId: r.police_unit_id,
      fileName: r.file_name,
      status: r.status,
      totalRows: r.total_rows,
      counts: { new: r.new_count, update: r.update_count, unchanged: r.unchanged_count, error: r.error_count },
      progress: { done, total: r.total_rows },
      invitationsEmailed: r.invitations_emailed,
      createdAt: r.created_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
    };
  }
}
