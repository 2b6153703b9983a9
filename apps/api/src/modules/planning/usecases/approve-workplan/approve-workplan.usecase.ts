import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../core/auth/auth-user';
import { Clock } from '../../../../core/clock/clock';
import { runInTransaction } from '../../../../core/database/transaction';
import { coded } from '../../../../core/errors/coded';
import { AuditService } from '../../../audit/audit.service';
import { CohortsService } from '../../../cohorts/cohorts.service';
import { TrainingRequestsService } from '../../../trainer-assignment/training-requests.service';
import { lockUndeliveredLines, lockWorkplan, markWorkplanApproved, setLineDelivery } from '../../workplan.queries';
import { quarterRange } from '../../workplan-proposal';
import type { ApproveWorkplanCommand } from './approve-workplan.command';

const DAY = 86_400_000;

/**
 * Approves a workplan in one transaction: the workplan row is locked first, so a second approval (even one
 * running at the same moment) waits, then finds every line delivered and raises nothing. Each undelivered
 * line, in a fixed order, becomes one training request through trainer-assignment (wished period: the line's
 * quarter; its match job goes through the outbox) or, self-paced, one open online cohort through cohorts.
 * Approving an approved plan again delivers lines added since (none: approved plans are not editable).
 */
@Injectable()
export class ApproveWorkplanUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: TrainingRequestsService,
    private readonly cohorts: CohortsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthUser, command: ApproveWorkplanCommand): Promise<{ raised: number; opened: number }> {
    const result = await runInTransaction(this.db, async (manager) => {
      const plan = await lockWorkplan(manager, command.workplanId);
      if (!plan) throw new NotFoundException(coded('workplan.not_found', 'id', 'no such workplan'));
      const now = this.clock.now();
      let raised = 0;
      let opened = 0;
      for (const line of await lockUndeliveredLines(manager, plan.id)) {
        const quarter = quarterRange(line.quarter);
        // A quarter already under way is wished from tomorrow: a request's period starts in the future.
        const startsAt =
          quarter.startsAt > now ? quarter.startsAt : new Date(Math.ceil(now.getTime() / DAY) * DAY + DAY);
        const endsAt = quarter.endsAt > startsAt ? quarter.endsAt : new Date(startsAt.getTime() + 7 * DAY);
        if (line.selfPaced) {
          const cohortId = await this.cohorts.openSelfPaced(manager, {
            courseId: line.courseId,
            startsAt,
            endsAt,
            language: line.language,
            capacity: line.officers,
            policeUnitId: line.policeUnitId,
          });
          await setLineDelivery(manager, line.id, { trainingRequestId: null, cohortId });
          opened++;
        } else {
          const trainingRequestId = await this.requests.raiseInTransaction(manager, user, {
            policeUnitId: line.policeUnitId,
            courseId: line.courseId,
            language: line.language,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            deliveryMode: line.deliveryMode,
            seats: line.officers,
          });
          await setLineDelivery(manager, line.id, { trainingRequestId, cohortId: null });
          raised++;
        }
      }
      if (plan.status !== 'approved') await markWorkplanApproved(manager, plan.id, user.id, now);
      await this.audit.record(manager, user, {
        action: 'workplan.approve',
        entityType: 'workplan',
        entityId: plan.id,
        details: { raised, opened, again: plan.status === 'approved' },
      });
      return { raised, opened };
    });
    if (result.raised) this.requests.relaySoon();
    return result;
  }
}
