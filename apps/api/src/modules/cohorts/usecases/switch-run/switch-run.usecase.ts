import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACTIVE_ENROLMENT_STATUSES } from '@icspa/domain';
import { NotificationsService } from '../../../notifications/notifications.service';
import { CohortsPolicy } from '../../cohorts.policy';
import { cohortCourseId } from '../../cohorts.queries';
import { coded } from '../../../../core/errors/coded';
import {
  enrollableOfficer,
  hasLiveEnrolmentIn,
  insertEnrolment,
  lockEnrolmentForSwitch,
  lockPendingSwitchFrom,
  withdrawEnrolment,
} from '../../enrolments.queries';
import { assertOpen, lockCourseRuns, releaseSeatAndPromote, takeSeat } from '../../seats';
import { EnrolOfficerUseCase } from '../enrol-officer/enrol-officer.usecase';
import { SwitchRunCommand, SwitchRunResult } from './switch-run.command';

/**
 * "Switch to this run": moves an officer's enrolment to another run of the same course, in the caller's
 * transaction. Locks, in the settled order: the officer's row, then every run of the course in id order
 * (a promotion may reach any of them), then the enrolments. The officer is never left without a seat they
 * held, and never holds two: with a free seat in the new run, the seat there is taken, the old enrolment
 * withdrawn (its run's waitlist promoted, as a withdrawal does) and the new one made enrolled; when the new
 * run is full, the officer joins its waitlist as a pending switch and keeps their seat until promotion
 * completes the switch (seats.ts, promoteFromWaitlist). An enrolment that holds no seat (waitlisted,
 * pending approval) is simply moved: withdrawn, and the officer joins the new run by the usual rules.
 */
@Injectable()
export class SwitchRunUseCase {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly enrol: EnrolOfficerUseCase,
  ) {}

  async execute(manager: EntityManager, command: SwitchRunCommand): Promise<SwitchRunResult> {
    const officer = await enrollableOfficer(manager, command.officerId);
    if (!officer)
      throw new BadRequestException(
        coded(
          'enrolment.switch_not_unit_officer',
          'id',
          'only enrolments of active officers of a police unit can be moved',
        ),
      );

    const targetCourseId = await cohortCourseId(manager, command.cohortId);
    if (!targetCourseId) throw new NotFoundException(coded('cohort.not_found', 'cohortId', 'no such cohort'));
    if (targetCourseId !== command.courseId)
      throw new BadRequestException(
        coded('enrolment.switch_other_course', 'cohortId', 'a run of another course; a switch stays within the course'),
      );
    if (command.cohortId === command.fromCohortId)
      throw new ConflictException(
        coded('enrolment.switch_same_run', 'cohortId', 'the enrolment is already in this run'),
      );

    const runs = await lockCourseRuns(manager, command.fromCohortId, 'id');
    const from = runs.get(command.fromCohortId)!;
    const target = runs.get(command.cohortId)!;
    const current = await lockEnrolmentForSwitch(manager, command.enrolmentId);
    if (current.switch_from_id)
      throw new ConflictException(
        coded(
          'enrolment.switch_from_pending',
          'id',
          'this is a pending switch; withdraw it to cancel the switch, or switch from the seat the officer holds',
        ),
      );
    if (!ACTIVE_ENROLMENT_STATUSES.includes(current.status))
      throw new ConflictException(
        coded('enrolment.cannot_switch', 'status', `a ${current.status} enrolment cannot be moved to another run`, {
          status: current.status,
        }),
      );

    // Asking again for the run already waited for changes nothing; asking for another replaces that wait.
    const pending = await lockPendingSwitchFrom(manager, command.enrolmentId);
    if (pending?.cohort_id === target.id) return { outcome: 'pending', enrolmentId: pending.id, created: false };

    assertOpen(target);
    CohortsPolicy.assertCanJoinCohort(command.actor, target, command.now, command.allowAfterStart);
    if (target.police_unit_id && target.police_unit_id !== officer.police_unit_id)
      throw new ForbiddenException(
        coded('enrolment.cohort_other_unit', 'cohortId', 'this cohort was scheduled for another police unit'),
      );
    if (await hasLiveEnrolmentIn(manager, command.officerId, target.id))
      throw new ConflictException(
        coded('enrolment.already_in_run', 'cohortId', 'the officer already has an enrolment in this run'),
      );
    // A local trainer never moves into a run they teach (as trainer or co-trainer), as in enrolment.
    if (command.officerId === target.trainer_id || command.officerId === target.co_trainer_id)
      throw new ConflictException(
        coded('enrolment.teaches_cohort', 'cohortId', 'the officer teaches this cohort and cannot take a seat in it'),
      );
    if (pending) await withdrawEnrolment(manager, pending.id);

    const selfService = command.actor.id === command.officerId;
    const nominatedById = selfService ? null : command.actor.id;
    if (current.status !== 'enrolled') {
      await withdrawEnrolment(manager, command.enrolmentId);
      const joined = await this.enrol.execute(manager, {
        cohortId: target.id,
        officerId: command.officerId,
        nominatedById,
        actor: command.actor,
        now: command.now,
        allowAfterStart: command.allowAfterStart,
      });
      return { outcome: 'moved', enrolmentId: joined.enrolmentId, created: true };
    }

    if (target.requires_approval && selfService)
      throw new ConflictException(
        coded(
          'enrolment.switch_needs_approval',
          'cohortId',
          'this run needs your coordinator’s approval; ask them to move you, so you keep your seat meanwhile',
        ),
      );
    if (await takeSeat(manager, target.id)) {
      // The old seat goes first, so the officer never holds two seats in the course; the new one is reserved.
      await withdrawEnrolment(manager, command.enrolmentId);
      await releaseSeatAndPromote(manager, from, this.notifications, command.now);
      const enrolmentId = await insertEnrolment(manager, {
        cohortId: target.id,
        courseId: command.courseId,
        officerId: command.officerId,
        status: 'enrolled',
        nominatedById,
      });
      return { outcome: 'switched', enrolmentId, created: true };
    }
    const enrolmentId = await insertEnrolment(manager, {
      cohortId: target.id,
      courseId: command.courseId,
      officerId: command.officerId,
      status: 'waitlisted',
      nominatedById,
      switchFromId: command.enrolmentId,
    });
    return { outcome: 'pending', enrolmentId, created: true };
  }
}
