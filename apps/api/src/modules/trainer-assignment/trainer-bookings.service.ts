import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { isPgError, PG } from '../../core/database/pg-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';
import { NotificationsService } from '../notifications/notifications.service';
import { coded } from '../../core/errors/coded';
import { lockTrainerProfiles } from './assignments.queries';
import { retryUnfilledRequests } from './retry-unfilled';
import {
  alignAcceptedAssignmentPeriod,
  BOOKING_EXCLUSION,
  cohortBooking,
  cohortCoTrainerId,
  cohortTrainerId,
  lockCommitmentOfCohort,
  releaseRequestOfCancelledCohort,
  syncCoDeliveryBooking,
  syncCohortBooking,
} from './trainer-bookings.queries';

/**
 * What a cohort change must respect: the accepted assignment that scheduled the cohort, if any, and the
 * training request still assigned to it (with or without that assignment), which cancelling releases.
 */
export interface CohortCommitment {
  acceptedAssignment: { id: string; trainer_id: string; training_request_id: string } | null;
  assignedRequestId?: string | null;
}

/**
 * Trainer bookings as other modules change them (the cohorts module, when a cohort's trainer, dates or
 * status change). Only trainer-assignment writes `trainer_booking`; every change is made in the
 * caller's transaction, after the trainers' profile rows are locked (the module's lock order: training
 * request, its assignment, trainers' profiles by id, then the cohort and the bookings).
 */
@Injectable()
export class TrainerBookingsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Before a cohort's trainer or dates change: locks the training request that scheduled it and its
   * accepted assignment (if any), then the profiles of the cohort's trainer and of `newTrainerId`, in id
   * order. The caller then locks the cohort.
   */
  async lockForCohortChange(
    manager: EntityManager,
    cohortId: string,
    newTrainerId: string | null,
  ): Promise<CohortCommitment> {
    const commitment = await lockCommitmentOfCohort(manager, cohortId);
    const current = await cohortTrainerId(manager, cohortId);
    await this.lockTrainers(manager, [current, newTrainerId, await cohortCoTrainerId(manager, cohortId)]);
    return commitment;
  }

  /** Locks trainers' profiles in id order (the ones a new cohort or a change books). */
  async lockTrainers(manager: EntityManager, trainerIds: Array<string | null | undefined>): Promise<void> {
    const ids = [...new Set(trainerIds.filter((id): id is string => !!id))];
    if (ids.length > 0) await lockTrainerProfiles(manager, ids);
  }

  /**
   * Makes the cohort's booking follow the cohort (trainer, dates, status) and the accepted assignment
   * that scheduled it keep the cohort's period. A trainer busy over the dates is refused with 409
   * naming `field` (the transaction is then rolled back by the caller). When the cohort's old booking
   * is released or moved (cancelled or completed, new dates, another trainer or none), the unfilled
   * requests its trainer could now serve over the old period go back to the matcher, in this transaction
   * (the caller relays the outbox after commit).
   */
  async syncCohort(
    manager: EntityManager,
    cohortId: string,
    field: string,
    commitment: CohortCommitment = { acceptedAssignment: null },
  ): Promise<void> {
    const before = await cohortBooking(manager, cohortId);
    try {
      await syncCohortBooking(manager, cohortId);
      await syncCoDeliveryBooking(manager, cohortId);
    } catch (error) {
      if (isPgError(error, PG.EXCLUSION_VIOLATION, BOOKING_EXCLUSION))
        throw new ConflictException(
          coded('trainer.booked_over_dates', field, 'the trainer is already booked over these dates'),
        );
      throw error;
    }
    if (commitment.acceptedAssignment)
      await alignAcceptedAssignmentPeriod(manager, commitment.acceptedAssignment.id, cohortId);
    if (!before) return;
    const after = await cohortBooking(manager, cohortId);
    if (after && after.trainer_id === before.trainer_id && after.period === before.period) return;
    await retryUnfilledRequests(
      manager,
      this.outbox,
      { trainerId: before.trainer_id, period: before.period },
      'booking_cancelled',
      this.clock.now(),
    );
  }

  /**
   * An admin cancelled a cohort that a training request scheduled (after `lockForCohortChange`, in the
   * same transaction): its accepted assignment is cancelled (if the trainer-booking migration has not
   * already), and the request goes back to the matcher in a new round when its wished start is still
   * ahead, or is cancelled when it is not (or when the admin asks, `cancelRequest`). The unit's
   * coordinator who raised it is told (the trainer is told by the cohort's cancellation).
   */
  async releaseCancelledCohort(
    manager: EntityManager,
    commitment: CohortCommitment,
    cohortId: string,
    cancelRequest = false,
  ): Promise<void> {
    const requestId = commitment.assignedRequestId;
    if (!requestId) return;
    const request = await releaseRequestOfCancelledCohort(
      manager,
      requestId,
      cohortId,
      this.clock.now(),
      cancelRequest,
    );
    if (request.status === 'pending')
      await this.outbox.write(
        manager,
        JobName.MatchTrainingRequest,
        { requestId: request.id, round: request.round },
        JOB_IDS.match(request.id, request.round),
      );
    if (request.requested_by_id)
      await this.notifications.notify(manager, [request.requested_by_id], 'cohort.cancelled', {
        courseTitle: request.title,
        cohortId,
        startsAt: request.starts_at.toISOString(),
        trainingRequestId: request.id,
      });
  }
}
