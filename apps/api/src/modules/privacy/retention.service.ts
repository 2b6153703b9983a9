import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { isTransientConflict, runInTransaction } from '../../core/database/transaction';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { findActiveAdminIds } from '../trainer-assignment/assignments.queries';
import { selectPastRetention } from './data-rights.queries';
import { EraseOfficerUseCase } from './usecases/erase-officer/erase-officer.usecase';

/** Officers erased per transaction: a failure loses at most one batch's work, which the next run does again. */
const BATCH = 50;

export interface RetentionReport {
  erased: number;
  /** Officers erased per country (ISO code). */
  byCountry: Record<string, number>;
  /** Officers whose erasure failed this run (each logged, left as it was, tried again on the next run). */
  failed: number;
}

/**
 * The daily retention run: every officer whose country keeps personal data for N years, who left their unit or was
 * disabled more than N years ago (at the application's Clock) and is still disabled, is erased exactly as an admin
 * would (`EraseOfficerUseCase`, actor: the system, reason `retention`). A run that erases anyone reports it: an audit
 * event with the counts per country and a notification to the admins; a run with nothing to do writes nothing, so a
 * second run the same day is a no-op (erased accounts are not candidates any more). Each officer is erased under a
 * savepoint: one that fails (an error of their data) is rolled back alone, logged, counted in the report (`failed`)
 * and skipped for the rest of the run, so it neither undoes the batch nor blocks the officers after it. The counts
 * are taken per transaction attempt and added up only once it committed, so a retried transaction counts once.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly erase: EraseOfficerUseCase,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  private readonly log = new Logger(RetentionService.name);

  async run(): Promise<RetentionReport> {
    const now = this.clock.now();
    const byCountry: Record<string, number> = {};
    const failedIds: string[] = [];
    let erased = 0;
    for (;;) {
      const attempt = await runInTransaction(this.db, async (manager) => {
        const counted: Record<string, number> = {};
        const failures: string[] = [];
        const batch = await selectPastRetention(manager, now, BATCH, failedIds);
        for (const officer of batch) {
          await manager.query(`SAVEPOINT erase_officer`);
          try {
            await this.erase.execute(manager, { actor: null, officerId: officer.id, reason: 'retention' });
            await manager.query(`RELEASE SAVEPOINT erase_officer`);
            counted[officer.country_code] = (counted[officer.country_code] ?? 0) + 1;
          } catch (error) {
            // A deadlock or serialization failure is the transaction's: run the whole batch again.
            if (isTransientConflict(error)) throw error;
            await manager.query(`ROLLBACK TO SAVEPOINT erase_officer`);
            failures.push(officer.id);
            this.log.error(`retention could not erase officer ${officer.id}: ${(error as Error).message}`);
          }
        }
        return { size: batch.length, counted, failures };
      });
      for (const [code, n] of Object.entries(attempt.counted)) {
        byCountry[code] = (byCountry[code] ?? 0) + n;
        erased += n;
      }
      failedIds.push(...attempt.failures);
      if (attempt.size < BATCH) break;
    }
    const failed = failedIds.length;
    if (erased > 0 || failed > 0)
      await runInTransaction(this.db, async (manager) => {
        await this.audit.record(manager, null, {
          action: 'privacy.retention_run',
          entityType: 'retention',
          entityId: now.toISOString().slice(0, 10),
          details: { count: erased, byCountry, failed },
        });
        const countries = Object.entries(byCountry)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
        await this.notifications.notify(manager, await findActiveAdminIds(manager), 'privacy.retention_applied', {
          count: erased,
          countries,
          failed,
        });
      });
    return { erased, byCountry, failed };
  }
}
