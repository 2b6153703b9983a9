import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { selectAdminIds, selectPastRetention } from './data-rights.queries';
import { EraseOfficerUseCase } from './usecases/erase-officer/erase-officer.usecase';

/** Officers erased per transaction: a failure loses at most one batch's work, which the next run does again. */
const BATCH = 50;

export interface RetentionReport {
  erased: number;
  /** Officers erased per country (ISO code). */
  byCountry: Record<string, number>;
}

/**
 * The daily retention run: every officer whose country keeps personal data for N years, who left their unit or was
 * disabled more than N years ago (at the application's Clock) and is still disabled, is erased exactly as an admin
 * would (`EraseOfficerUseCase`, actor: the system, reason `retention`). A run that erases anyone reports it: an audit
 * event with the counts per country and a notification to the admins; a run with nothing to do writes nothing, so a
 * second run the same day is a no-op (erased accounts are not candidates any more).
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

  async run(): Promise<RetentionReport> {
    const now = this.clock.now();
    const byCountry: Record<string, number> = {};
    let erased = 0;
    for (;;) {
      const done = await runInTransaction(this.db, async (manager) => {
        const batch = await selectPastRetention(manager, now, BATCH);
        for (const officer of batch) {
          await this.erase.execute(manager, { actor: null, officerId: officer.id, reason: 'retention' });
          byCountry[officer.country_code] = (byCountry[officer.country_code] ?? 0) + 1;
        }
        return batch.length;
      });
      erased += done;
      if (done < BATCH) break;
    }
    if (erased > 0)
      await runInTransaction(this.db, async (manager) => {
        await this.audit.record(manager, null, {
          action: 'privacy.retention_run',
          entityType: 'retention',
          entityId: now.toISOString().slice(0, 10),
          details: { count: erased, byCountry },
        });
        const countries = Object.entries(byCountry)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
        const admins = await selectAdminIds(manager);
        await this.notifications.notify(
          manager,
          admins.map((a) => a.id),
          'privacy.retention_applied',
          { count: erased, countries },
        );
      });
    return { erased, byCountry };
  }
}
