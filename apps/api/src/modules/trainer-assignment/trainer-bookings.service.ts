import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isPgError, PG } from '../../core/database/pg-errors';
import { coded } from '../../core/errors/coded';
import { lockTrainerProfiles } from './assignments.queries';
import {
  alignAcceptedAssignmentPeriod,
  BOOKING_EXCLUSION,
  cohortTrainerId,
  lockAcceptedAssignmentOfCohort,
  syncCohortBooking,
} from './trainer-bookings.queries';

/** What a cohort change must respect: the accepted assignment that scheduled the cohort, if any. */
export interface CohortCommitment {
  acceptedAssignment: { id: string; trainer_id: string; training_request_id: string } | null;
}

/**
 * Trainer bookings as other modules change them (the cohorts module, when a cohort's trainer, dates or
 * status change). Only trainer-assignment writes `trainer_booking`; every change is made in the
 * caller's transaction, after the trainers' profile rows are locked (the module's lock order: training
 * request, its assignment, trainers' profiles by id, then the cohort and the bookings).
 */
@Injectable()
export class TrainerBookingsService {
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
    const acceptedAssignment = await lockAcceptedAssignmentOfCohort(manager, cohortId);
    const current = await cohortTrainerId(manager, cohortId);
    await this.lockTrainers(manager, [current, newTrainerId]);
    return { acceptedAssignment };
  }

  /** Locks trainers' profiles in id order (the ones a new cohort or a change books). */
  async lockTrainers(manager: EntityManager, trainerIds: Array<string | null | undefined>): Promise<void> {
    const ids = [...new Set(trainerIds.filter((id): id is string => !!id))];
    if (ids.length > 0) await lockTrainerProfiles(manager, ids);
  }

  /**
   * Makes the cohort's booking follow the cohort (trainer, dates, status) and the accepted assignment
   * that scheduled it keep the cohort's period. A trainer busy over the dates is refused with 409
   * naming `field` (the transaction is then rolled back by the caller).
   */
  async syncCohort(
    manager: EntityManager,
    cohortId: string,
    field: string,
    commitment: CohortCommitment = { acceptedAssignment: null },
  ): Promise<void> {
    try {
      await syncCohortBooking(manager, cohortId);
    } catch (error) {
      if (isPgError(error, PG.EXCLUSION_VIOLATION, BOOKING_EXCLUSION))
        throw new ConflictException(
          coded('trainer.booked_over_dates', field, 'the trainer is already booked over these dates'),
        );
      throw error;
    }
    if (commitment.acceptedAssignment)
      await alignAcceptedAssignmentPeriod(manager, commitment.acceptedAssignment.id, cohortId);
  }
}
