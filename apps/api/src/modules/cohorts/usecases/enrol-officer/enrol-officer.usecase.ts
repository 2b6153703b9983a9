import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EnrolmentStatus } from '@icspa/domain';
import { isPgError, PG } from '../../../../core/database/pg-errors';
import { NotificationsService } from '../../../notifications/notifications.service';
import { enrollableOfficer, enrolmentsBlockingJoin, insertEnrolment } from '../../enrolments.queries';
import { CohortsPolicy } from '../../cohorts.policy';
import { assertOpen, lockCohort, takeSeat } from '../../seats';
import { coded } from '../../../../core/errors/coded';
import { EnrolOfficerCommand, EnrolOfficerResult } from './enrol-officer.command';

const ALREADY_ENROLLED = coded(
  'enrolment.already_enrolled',
  'cohortId',
  'the officer already has an active enrolment in another run of this course',
);

/**
 * Puts an officer into a cohort: a seat if one is free, else the waitlist (FIFO by arrival), or
 * pending approval when the cohort asks for it. Runs inside the caller's transaction, under the
 * cohort's row lock, so concurrent requests are served one at a time and seats never exceed capacity.
 * Asking twice returns the existing enrolment.
 */
@Injectable()
export class EnrolOfficerUseCase {
  constructor(private readonly notifications: NotificationsService) {}

  async execute(manager: EntityManager, command: EnrolOfficerCommand): Promise<EnrolOfficerResult> {
    // Lock order: the officer's row, then the cohort's (a caller enrolling several officers locks them
    // all first, in id order). Checks that do not depend on the seats run before the cohort's lock, to
    // keep it short; the partial unique indexes catch whatever changes in between.
    const officer = await enrollableOfficer(manager, command.officerId);
    if (!officer)
      throw new BadRequestException(
        coded('enrolment.not_unit_officer', 'officerIds', 'only officers of a police unit can be enrolled'),
      );

    const cohort = await lockCohort(manager, command.cohortId);
    const existing = await enrolmentsBlockingJoin(manager, command.officerId, cohort.course_id, cohort.id);
    const same = existing.find((e) => e.cohort_id === cohort.id);
    if (same) return { enrolmentId: same.id, status: same.status, created: false };
    assertOpen(cohort);
    CohortsPolicy.assertCanJoinCohort(command.actor, cohort, command.now, command.allowAfterStart);
    if (cohort.police_unit_id && cohort.police_unit_id !== officer.police_unit_id) {
      throw new ForbiddenException(
        coded('enrolment.cohort_other_unit', 'cohortId', 'this cohort was scheduled for another police unit'),
      );
    }
    if (existing.length > 0) throw new ConflictException(ALREADY_ENROLLED);
    // A local trainer is an officer: never a learner in a cohort they teach (they would grade themselves).
    if (command.officerId === cohort.trainer_id || command.officerId === cohort.co_trainer_id)
      throw new ConflictException(
        coded('enrolment.teaches_cohort', 'cohortId', 'the officer teaches this cohort and cannot take a seat in it'),
      );

    let status: EnrolmentStatus;
    if (cohort.requires_approval && command.nominatedById === null) status = 'pending_approval';
    else status = (await takeSeat(manager, cohort.id)) ? 'enrolled' : 'waitlisted';

    const enrolmentId = await insertEnrolment(manager, {
      cohortId: cohort.id,
      courseId: cohort.course_id,
      officerId: command.officerId,
      status,
      nominatedById: command.nominatedById,
    }).catch((error: unknown) => {
      // Another run of the course was joined at the same moment (it holds a different cohort lock).
      if (isPgError(error, PG.UNIQUE_VIOLATION)) throw new ConflictException(ALREADY_ENROLLED);
      throw error;
    });
    if (command.nominatedById !== null && command.nominatedById !== command.officerId) {
      await this.notifications.notify(manager, [command.officerId], 'enrolment.nominated', {
        courseTitle: cohort.course_title,
        cohortId: cohort.id,
        startsAt: cohort.starts_at.toISOString(),
        status,
      });
    }
    return { enrolmentId, status, created: true };
  }
}
