import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { QueueName } from '../../core/queue/queue-registry';
import { QueueService } from '../../core/queue/queue.service';
import { selectAttentionCohorts, selectAttentionCounts } from './admin-home.queries';
import type { AdminHomeDto } from './dtos/admin-home.dto';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** The windows of "needs attention today", from the application's clock. */
export const ATTENTION = { proposalsHours: 24, cohortsDays: 14, certificationsDays: 30, cohortsListed: 10 } as const;

@Injectable()
export class AdminHomeService {
  private readonly log = new Logger(AdminHomeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly queues: QueueService,
  ) {}

  async attention(): Promise<AdminHomeDto> {
    const now = this.clock.now();
    const cohortsBefore = new Date(now.getTime() + ATTENTION.cohortsDays * DAY_MS);
    const proposalsBefore = new Date(now.getTime() + ATTENTION.proposalsHours * HOUR_MS);
    const [counts, cohorts, failedJobs] = await Promise.all([
      selectAttentionCounts(this.db.manager, {
        now,
        cohortsBefore,
        proposalsBefore,
        certificationsBefore: new Date(now.getTime() + ATTENTION.certificationsDays * DAY_MS),
      }),
      selectAttentionCohorts(this.db.manager, now, cohortsBefore, ATTENTION.cohortsListed),
      this.failedJobs(),
    ]);
    return {
      asOf: now.toISOString(),
      unfilledRequests: counts.unfilled_requests,
      proposalsLapsing: counts.proposals_lapsing,
      proposalsBefore: proposalsBefore.toISOString(),
      cohortsWithoutTrainer: counts.cohorts_without_trainer,
      cohortsUnderHalfFull: counts.cohorts_under_half_full,
      cohortsBefore: cohortsBefore.toISOString(),
      cohorts: cohorts.map((c) => ({
        id: c.id,
        courseTitle: c.course_title,
        startsAt: c.starts_at.toISOString(),
        capacity: c.capacity,
        seatsTaken: c.seats_taken,
        hasTrainer: c.has_trainer,
      })),
      certificationsExpiring: counts.certifications_expiring,
      certificationsWithinDays: ATTENTION.certificationsDays,
      failedJobs,
    };
  }

  /** Failed jobs across every queue; the page still answers when Redis does not (null). */
  private async failedJobs(): Promise<number | null> {
    try {
      const counts = await Promise.all(
        Object.values(QueueName).map((name) => this.queues.queue(name).getFailedCount()),
      );
      return counts.reduce((a, b) => a + b, 0);
    } catch (error) {
      this.log.warn(`failed jobs not counted: ${(error as Error).message}`);
      return null;
    }
  }
}
