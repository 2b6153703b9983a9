import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EnrolmentStatus } from '@icspa/domain';
import { isPgError, PG } from '../../../../core/database/pg-errors';
import { TRANSACTION_CONFLICT } from '../../../../core/database/transaction';
import { NotificationsService } from '../../../notifications/notifications.service';
import { joinCohort, readJoinFacts } from '../../enrolments.queries';
import { CohortsPolicy } from '../../cohorts.policy';
import { assertOpen, LockedCohort } from '../../seats';
import { coded } from '../../../../core/errors/coded';
import { EnrolOfficerCommand, EnrolOfficerResult } from './enrol-officer.command';

const ALREADY_ENROLLED = coded(
  'enrolment.already_enrolled',
  'cohortId',
  'the officer already has an active enrolment in another run of this course',
);

/** How many times the facts are read again when the cohort or the officer changed before the seat was taken. */
const READS = 4;

/**
 * Puts an officer into a cohort: a seat if one is free, else the waitlist (FIFO by arrival), or
 * pending approval when the cohort asks for it. Asking twice returns the existing enrolment.
 *
 * Two statements: everything the checks need is read first (`readJoinFacts`, no cohort lock), the checks
 * run here, then one statement (`joinCohort`) locks the officer's row and the cohort's, confirms that
 * nothing the checks read has changed, takes the seat and inserts the enrolment (or finds the officer's
 * enrolment made meanwhile: asking twice). So the cohort's lock, which
 * serialises every request for that cohort, is held for one round trip: concurrent requests are served one
 * at a time and seats never exceed capacity. When a fact changed in between, it all runs again.
 *
 * Runs in the caller's transaction (a nomination, a switch: its notification and audit commit with it), or
 * outside any (an officer's own request): then the seat-taking statement is its own transaction and commits
 * at once, releasing the lock without another round trip, and the caller retries deadlocks (`retryOnConflict`).
 */
@Injectable()
export class EnrolOfficerUseCase {
  constructor(private readonly notifications: NotificationsService) {}

  async execute(manager: EntityManager, command: EnrolOfficerCommand): Promise<EnrolOfficerResult> {
    // A nomination notifies the officer: that write must commit with the enrolment.
    if (command.nominatedById !== null && manager.queryRunner?.isTransactionActive !== true)
      throw new Error('a nomination is enrolled inside the caller’s transaction');
    for (let read = 1; ; read++) {
      const facts = await readJoinFacts(manager, command.cohortId, command.officerId);
      const officer = facts.officer;
      if (!officer)
        throw new BadRequestException(
          coded('enrolment.not_unit_officer', 'officerIds', 'only officers of a police unit can be enrolled'),
        );
      const cohort = facts.cohort;
      if (!cohort) throw new NotFoundException(coded('cohort.not_found', 'cohortId', 'no such cohort'));
      const same = facts.existing.find((e) => e.cohort_id === cohort.id);
      if (same) return { enrolmentId: same.id, status: same.status, created: false };
      this.assertMayJoin(command, cohort, officer.police_unit_id, facts.existing.length > 0);

      const wantsSeat = !(cohort.requires_approval && command.nominatedById === null);
      let joined: { id: string; status: EnrolmentStatus; created: boolean } | null;
      try {
        joined = await joinCohort(manager, {
          cohortId: cohort.id,
          officerId: command.officerId,
          officerUnitId: officer.police_unit_id,
          facts: cohort.facts,
          wantsSeat,
          nominatedById: command.nominatedById,
        });
      } catch (error: unknown) {
        if (!isPgError(error, PG.UNIQUE_VIOLATION)) throw error;
        // Another run of the course was joined at the same moment by a flow that does not lock the officer.
        throw new ConflictException(ALREADY_ENROLLED);
      }
      if (!joined) {
        if (read < READS) continue;
        throw new ConflictException(TRANSACTION_CONFLICT);
      }
      if (!joined.created) return { enrolmentId: joined.id, status: joined.status, created: false };
      if (command.nominatedById !== null && command.nominatedById !== command.officerId) {
        await this.notifications.notify(manager, [command.officerId], 'enrolment.nominated', {
          courseTitle: cohort.course_title,
          cohortId: cohort.id,
          startsAt: cohort.starts_at.toISOString(),
          status: joined.status,
        });
      }
      return { enrolmentId: joined.id, status: joined.status, created: true };
    }
  }

  /** The checks that do not depend on the seats, in the order their refusals are given. */
  private assertMayJoin(
    command: EnrolOfficerCommand,
    cohort: LockedCohort,
    officerUnitId: string | null,
    activeElsewhere: boolean,
  ): void {
    assertOpen(cohort);
    CohortsPolicy.assertCanJoinCohort(command.actor, cohort, command.now, command.allowAfterStart);
    if (cohort.police_unit_id && cohort.police_unit_id !== officerUnitId) {
      throw new ForbiddenException(
        coded('enrolment.cohort_other_unit', 'cohortId', 'this cohort was scheduled for another police unit'),
      );
    }
    if (activeElsewhere) throw new ConflictException(ALREADY_ENROLLED);
    // A local trainer is an officer: never a learner in a cohort they teach (they would grade themselves).
    if (command.officerId === cohort.trainer_id || command.officerId === cohort.co_trainer_id)
      throw new ConflictException(
        coded('enrolment.teaches_cohort', 'cohortId', 'the officer teaches this cohort and cannot take a seat in it'),
      );
  }
}
