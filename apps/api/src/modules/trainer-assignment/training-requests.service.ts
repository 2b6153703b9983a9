import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { pageWindow } from '../../core/http/pagination.dto';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';
import { AuditService } from '../audit/audit.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  cancelLiveAssignmentsOfRequest,
  findAssignmentsOfRequest,
  findAssignmentsOfRequests,
  liveAssignmentIdsOfRequest,
  liveTrainerIdsOfRequest,
  lockTrainerProfiles,
  supersedeLiveAssignmentsOfRequest,
} from './assignments.queries';
import {
  AssignmentResponseDto,
  TrainingRequestCreateDto,
  TrainingRequestListQueryDto,
  TrainingRequestResponseDto,
} from './dtos/training-request.dto';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import {
  activeTrainerPool,
  localTrainerQualified,
  clearRequestBooking,
  countTrainingRequests,
  findCourseForRequest,
  findTrainingRequests,
  insertTrainingRequest,
  lockRequestToCancel,
  lockRequestToReassign,
  policeUnitExists,
  setRequestStatus,
  type TrainingRequestView,
} from './training-requests.queries';
import { retryUnfilledRequests } from './retry-unfilled';
import { ProposeTrainerUseCase } from './usecases/propose-trainer/propose-trainer.usecase';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';

@Injectable()
export class TrainingRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cohorts: CohortsService,
    private readonly proposeTrainer: ProposeTrainerUseCase,
  ) {}

  /** The request row and its outbox message commit together; the relay enqueues after commit. */
  async raise(user: AuthUser, body: TrainingRequestCreateDto): Promise<TrainingRequestResponseDto> {
    const policeUnitId = TrainerAssignmentPolicy.unitToRaiseFor(user, body.policeUnitId);
    const id = await runInTransaction(this.db, (manager) =>
      this.raiseInTransaction(manager, user, { ...body, policeUnitId }),
    );
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /**
   * Raises a request in the caller's transaction (planning calls this when a workplan is approved, so its
   * plan line and the request commit together); the caller decided which unit it is for and relays the outbox
   * after commit (`relaySoon`). Returns the new request's id.
   */
  async raiseInTransaction(
    manager: EntityManager,
    user: AuthUser,
    body: TrainingRequestCreateDto & { policeUnitId: string },
  ): Promise<string> {
    const { policeUnitId } = body;
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt)
      throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
    if (startsAt <= this.clock.now())
      throw new BadRequestException(coded('validation.starts_in_past', 'startsAt', 'must be in the future'));
    const course = await findCourseForRequest(manager, body.courseId);
    if (!course || course.status !== 'published')
      throw new BadRequestException(coded('course.published_not_found', 'courseId', 'no such published course'));
    if (!course.languages.includes(body.language))
      throw new BadRequestException(
        coded('course.language_not_taught', 'language', `the course is taught in ${course.languages.join(', ')}`, {
          languages: course.languages.join(', '),
        }),
      );
    if (!(await policeUnitExists(manager, policeUnitId)))
      throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
    const row = await insertTrainingRequest(manager, {
      policeUnitId,
      courseId: body.courseId,
      language: body.language,
      startsAt,
      endsAt,
      deliveryMode: body.deliveryMode,
      seats: body.seats,
      requestedById: user.id,
      createdAt: this.clock.now(),
    });
    await this.outbox.write(
      manager,
      JobName.MatchTrainingRequest,
      { requestId: row.id, round: row.round },
      JOB_IDS.match(row.id, row.round),
    );
    await this.audit.record(manager, user, {
      action: 'training_request.create',
      entityType: 'training_request',
      entityId: row.id,
      details: { ...body, policeUnitId },
    });
    return row.id;
  }

  /** Tells the outbox relay to look now (after the caller's transaction committed). */
  relaySoon(): void {
    this.outbox.relaySoon();
  }

  async list(user: AuthUser, query: TrainingRequestListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = TrainerAssignmentPolicy.managedTrainingRequestScope(user);
    if (query.status) where.add('r.status = ?', query.status);
    const total = await countTrainingRequests(this.db.manager, where);
    const requests = await findTrainingRequests(
      this.db.manager,
      where,
      `ORDER BY r.created_at DESC, r.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    // One query for the assignments of the whole page, not one per request.
    const assignments = requests.length
      ? await findAssignmentsOfRequests(
          this.db.manager,
          user,
          requests.map((r) => r.id),
        )
      : [];
    const items = requests.map((r) =>
      this.present(
        user,
        r,
        assignments.filter((a) => a.trainingRequestId === r.id),
      ),
    );
    return { items, total, page, pageSize };
  }

  /** One request through trainingRequestScope (wider than the list's: see the policy); 404 outside it. */
  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainingRequestResponseDto> {
    const [request] = await findTrainingRequests(
      manager,
      TrainerAssignmentPolicy.trainingRequestScope(user).add('r.id = ?', id),
    );
    if (!request) throw new NotFoundException(coded('training_request.not_found', 'id', 'no such training request'));
    return this.present(user, request, await findAssignmentsOfRequest(manager, user, id));
  }

  async cancel(user: AuthUser, id: string): Promise<TrainingRequestResponseDto> {
    await runInTransaction(this.db, async (manager) => {
      const row = await lockRequestToCancel(
        manager,
        TrainerAssignmentPolicy.managedTrainingRequestScope(user).add('r.id = ?', id),
      );
      if (!row) throw new NotFoundException(coded('training_request.not_found', 'id', 'no such training request'));
      if (row.status === 'cancelled')
        throw new ConflictException(
          coded('training_request.already_cancelled', 'status', 'the request is already cancelled'),
        );
      await lockTrainerProfiles(manager, await liveTrainerIdsOfRequest(manager, id));
      await setRequestStatus(manager, id, 'cancelled');
      const freed = await liveAssignmentIdsOfRequest(manager, id);
      const trainerIds = await cancelLiveAssignmentsOfRequest(manager, id);
      if (row.cohort_id) await this.cohorts.cancelInTransaction(manager, row.cohort_id);
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { assignmentIds: freed },
        'booking_cancelled',
        this.clock.now(),
      );
      await this.notifications.notify(manager, trainerIds, 'training_request.cancelled', { trainingRequestId: id });
      await this.audit.record(manager, user, {
        action: 'training_request.cancel',
        entityType: 'training_request',
        entityId: id,
      });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /**
   * Admins: cancel the live proposal or assignment (if any) and propose this trainer directly. The
   * exclusion constraint still applies: a trainer booked over the period is refused with 409. Under the
   * course's `co_delivery` policy the admin names a pair, the expert (`trainerId`, seat 1) and the local
   * trainer (`coTrainerId`, seat 2), proposed together or not at all; or, as the matcher's fallback when no
   * local trainer is available, the expert alone. A local trainer never teaches a co-delivered course alone.
   */
  async reassign(
    user: AuthUser,
    id: string,
    trainerId: string,
    coTrainerId?: string,
  ): Promise<TrainingRequestResponseDto> {
    await runInTransaction(this.db, async (manager) => {
      const row = await lockRequestToReassign(manager, id);
      if (!row) throw new NotFoundException(coded('training_request.not_found', 'id', 'no such training request'));
      if (row.status === 'cancelled')
        throw new ConflictException(coded('training_request.cancelled', 'status', 'the request is cancelled'));
      const pool = await activeTrainerPool(manager, trainerId);
      if (!pool) throw new BadRequestException(coded('trainer.not_found', 'trainerId', 'no such trainer'));
      const coPool = coTrainerId ? await activeTrainerPool(manager, coTrainerId) : null;
      if (coTrainerId && !coPool)
        throw new BadRequestException(coded('trainer.not_found', 'coTrainerId', 'no such trainer'));
      if (coTrainerId && row.delivery_policy !== 'co_delivery')
        throw new BadRequestException(
          coded(
            'training_request.not_co_delivered',
            'coTrainerId',
            `the course is not co-delivered (policy ${row.delivery_policy}): propose one trainer`,
          ),
        );
      if (row.delivery_policy === 'co_delivery') {
        if (pool !== 'expert')
          throw new BadRequestException(
            coded(
              'training_request.co_delivery_pair',
              'trainerId',
              'a co-delivered course is taught by a member-firm expert with a local trainer beside them',
            ),
          );
        if (coTrainerId && coPool !== 'local')
          throw new BadRequestException(
            coded(
              'training_request.co_delivery_pair',
              'coTrainerId',
              'a co-delivered course is taught by a member-firm expert with a local trainer beside them',
            ),
          );
      }
      // A local trainer teaches the courses their live certification covers, in their own country, by hand too.
      for (const [field, id, p] of [
        ['trainerId', trainerId, pool],
        ['coTrainerId', coTrainerId, coPool],
      ] as const)
        if (
          id &&
          p === 'local' &&
          !(await localTrainerQualified(manager, id, row.course_id, row.country_code, this.clock.now()))
        )
          throw new BadRequestException(
            coded(
              'training_request.local_not_qualified',
              field,
              `the local trainer is not qualified for this course in ${row.country_code} (certification lapsed, or another country)`,
            ),
          );
      // The trainers unbooked and the ones booked, in id order, before any booking changes: a trainer
      // accepting (or being proposed) over the same days then queues behind this instead of deadlocking.
      await lockTrainerProfiles(manager, [
        ...(await liveTrainerIdsOfRequest(manager, id)),
        trainerId,
        ...(coTrainerId ? [coTrainerId] : []),
      ]);
      const freed = await liveAssignmentIdsOfRequest(manager, id);
      await supersedeLiveAssignmentsOfRequest(manager, id);
      if (row.cohort_id) await this.cohorts.cancelInTransaction(manager, row.cohort_id);
      await clearRequestBooking(manager, id);
      const base = {
        requestId: id,
        period: row.period,
        round: row.round,
        courseTitle: row.title,
        withinLoadLimit: false,
      };
      const busy = (field: 'trainerId' | 'coTrainerId') =>
        new ConflictException(coded('trainer.already_booked', field, 'the trainer is already booked over this period'));
      if (coTrainerId) {
        const pair = await this.proposeTrainer.executePair(
          manager,
          base,
          { trainerId, rank: 1 },
          { trainerId: coTrainerId, rank: 1 },
        );
        if (pair.refused) throw busy(pair.refused === 'expert' ? 'trainerId' : 'coTrainerId');
      } else if (!(await this.proposeTrainer.execute(manager, { ...base, trainerId, rank: 1 })))
        throw busy('trainerId');
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { assignmentIds: freed },
        'booking_cancelled',
        this.clock.now(),
      );
      await this.audit.record(manager, user, {
        action: 'training_request.reassign',
        entityType: 'training_request',
        entityId: id,
        details: coTrainerId ? { trainerId, coTrainerId } : { trainerId },
      });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /** What the policy lets the caller see of the request's assignments and rankings. */
  private present(
    user: AuthUser,
    view: TrainingRequestView,
    assignments: AssignmentResponseDto[],
  ): TrainingRequestResponseDto {
    const { matchRounds, ...request } = view;
    return {
      ...request,
      watched: request.status === 'unfilled' && new Date(request.startsAt) > this.clock.now(),
      assignments: assignments
        .filter((a) => TrainerAssignmentPolicy.canSeeAssignmentOfRequest(user, a))
        .map((a) => TrainerAssignmentPolicy.redactAssignmentOfRequest(user, a)),
      // Rounds recorded before local trainers ranked experts only.
      matchRounds: TrainerAssignmentPolicy.canSeeRanking(user)
        ? matchRounds.map((r) => ({ ...r, ranking: r.ranking.map((e) => ({ ...e, pool: e.pool ?? 'expert' })) }))
        : [],
    };
  }
}
