import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { pageWindow } from '../../core/http/pagination.dto';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { NotificationsService } from '../notifications/notifications.service';
import { assertAnswerable, lockAssignmentOrFail } from './assignment-lock';
import {
  cancelLivePartner,
  closeAssignment,
  countAssignments,
  declineAssignment,
  findActiveAdminIds,
  findAssignments,
  lockAssignment,
  lockPartnerAssignment,
  lockTrainerProfiles,
  type LockedAssignment,
} from './assignments.queries';
import { AssignmentListQueryDto, AssignmentResponseDto } from './dtos/training-request.dto';
import { reopenRequest } from './reopen-request';
import { retryUnfilledRequests } from './retry-unfilled';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import { findRequestCohortId } from './training-requests.queries';
import { AcceptAssignmentUseCase } from './usecases/accept-assignment/accept-assignment.usecase';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cohorts: CohortsService,
    private readonly acceptAssignment: AcceptAssignmentUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Trainers: their own; member admins: their firm's; admins: all. */
  async list(user: AuthUser, query: AssignmentListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = TrainerAssignmentPolicy.assignmentScope(user);
    if (query.status) where.add('a.status = ?', query.status);
    const total = await countAssignments(this.db.manager, where);
    const items = await findAssignments(
      this.db.manager,
      user,
      where,
      `ORDER BY a.proposed_at DESC, a.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    return { items, total, page, pageSize };
  }

  /** One assignment through the same scope as the list; 404 outside it. */
  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<AssignmentResponseDto> {
    const [assignment] = await findAssignments(
      manager,
      user,
      TrainerAssignmentPolicy.assignmentScope(user).add('a.id = ?', id),
    );
    if (!assignment) throw new NotFoundException(coded('assignment.not_found', 'id', 'no such assignment'));
    return assignment;
  }

  /** Accepting books the trainer and schedules an open cohort for the unit with them. */
  async accept(user: AuthUser, id: string): Promise<AssignmentResponseDto> {
    await this.acceptAssignment.execute({ user, assignmentId: id });
    return this.get(user, id);
  }

  /** Declining sends the request back to the matcher, which skips this trainer. */
  async decline(user: AuthUser, id: string, reason: string): Promise<AssignmentResponseDto> {
    await runInTransaction(this.db, async (manager) => {
      const a = await lockAssignmentOrFail(manager, id);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: a.trainer_id });
      assertAnswerable(a, this.clock.now());
      const partner = await lockPartnerAssignment(manager, a);
      await declineAssignment(manager, id, reason);
      await this.notifications.markObjectRead(manager, a.trainer_id, 'assignment', id);
      // Co-delivery is both or neither: the pair's other trainer is released too.
      const released = await this.releasePartner(manager, partner);
      await reopenRequest(manager, this.outbox, a.training_request_id);
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { assignmentIds: [id, ...released] },
        'proposal_declined',
        this.clock.now(),
      );
      await this.audit.record(manager, user, {
        action: 'assignment.decline',
        entityType: 'assignment',
        entityId: id,
        details: { reason },
      });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /** A trainer may withdraw from an accepted assignment until the deadline; the request re-opens. */
  async withdraw(user: AuthUser, id: string): Promise<AssignmentResponseDto> {
    await runInTransaction(this.db, async (manager) => {
      const a = await lockAssignmentOrFail(manager, id);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: a.trainer_id });
      if (a.status !== 'accepted')
        throw new ConflictException(
          coded(
            'assignment.withdraw_accepted_only',
            'status',
            `only an accepted assignment can be withdrawn (this one is ${a.status})`,
            {
              status: a.status,
            },
          ),
        );
      const deadline = new Date(a.starts_at.getTime() - this.config.withdrawDeadlineDays * 86400_000);
      if (this.clock.now() > deadline)
        throw new ConflictException(
          coded(
            'assignment.withdrawal_closed',
            'status',
            `withdrawal closed on ${deadline.toISOString()} (${this.config.withdrawDeadlineDays} days before the start)`,
            { deadline: deadline.toISOString(), days: this.config.withdrawDeadlineDays },
          ),
        );
      const partner = await lockPartnerAssignment(manager, a);
      await closeAssignment(manager, id, 'cancelled');
      const released = await this.releasePartner(manager, partner);
      const cohortId = await findRequestCohortId(manager, a.training_request_id);
      if (cohortId) await this.cohorts.cancelInTransaction(manager, cohortId);
      await reopenRequest(manager, this.outbox, a.training_request_id);
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { assignmentIds: [id, ...released] },
        'booking_cancelled',
        this.clock.now(),
      );
      await this.notifications.notify(manager, await findActiveAdminIds(manager), 'assignment.withdrawn', {
        assignmentId: id,
        trainingRequestId: a.training_request_id,
      });
      await this.audit.record(manager, user, { action: 'assignment.withdraw', entityType: 'assignment', entityId: id });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /** A co-delivery pair ends together: the partner still proposed or accepted is cancelled (its booking released). */
  private async releasePartner(manager: EntityManager, partner: LockedAssignment | null): Promise<string[]> {
    const cancelled = await cancelLivePartner(manager, partner);
    if (!cancelled) return [];
    await this.notifications.markObjectRead(manager, partner!.trainer_id, 'assignment', cancelled);
    return [cancelled];
  }

  /**
   * The delayed job (or the reconciler) lapses a proposal nobody answered in time. A lock that fails
   * (deadlock, lost connection) is not taken for "nothing to expire": runInTransaction runs a deadlock
   * again, and any other error fails the job, which BullMQ retries.
   */
  async expire(assignmentId: string): Promise<boolean> {
    const expired = await runInTransaction(this.db, async (manager) => {
      const a = await lockAssignment(manager, assignmentId);
      if (!a || a.status !== 'proposed' || a.expires_at > this.clock.now()) return false;
      await lockTrainerProfiles(manager, [a.trainer_id]);
      const partner = await lockPartnerAssignment(manager, a);
      await closeAssignment(manager, assignmentId, 'expired');
      const released = await this.releasePartner(manager, partner);
      await reopenRequest(manager, this.outbox, a.training_request_id);
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { assignmentIds: [assignmentId, ...released] },
        'proposal_expired',
        this.clock.now(),
      );
      return true;
    });
    if (expired) this.outbox.relaySoon();
    return expired;
  }
}
