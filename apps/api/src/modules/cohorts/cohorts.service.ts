import type { ReaderLanguages } from '../translations/reader-languages';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canMoveCohort, isEnrolmentOpen, type CohortStatus, type DeliveryMode } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { runInTransaction } from '../../core/database/transaction';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TrainerBookingsService } from '../trainer-assignment/trainer-bookings.service';
import { CohortsPolicy } from './cohorts.policy';
import {
  activeOfficerIds,
  bestScores,
  cohortSchedule,
  countCohorts,
  countryExists,
  courseFacts,
  findCohort,
  findCohorts,
  insertCohort,
  setCohortCoTrainer,
  isActiveTrainer,
  policeUnitExists,
  setCohortStatus,
  updateCohort,
  type CohortRow,
} from './cohorts.queries';
import { CohortCreateDto, CohortListQueryDto, CohortResponseDto, CohortUpdateDto, RosterDto } from './dtos/cohort.dto';
import { findEnrolmentViews, toEnrolmentResponse } from './enrolment-views';
import { officerIdentity } from '../identity/officer-name';
import { cancelSessionsOfCohort, moveTrainingSession, scheduledSessionsOfCohort } from './training-sessions.queries';
import { cancelCohort, lockCohort, lockCourseRuns, promoteFromWaitlist } from './seats';
import { coded } from '../../core/errors/coded';
import { AccessLogService } from '../privacy/access-log.service';

/** The instant a `to` filter ends: the end of that UTC day for a date alone, else the instant given. */
function dayEnd(to: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) : new Date(to);
}

/** Whether an edit moves the cohort's booking (another trainer or new dates). */
const movesBookingOf = (body: CohortUpdateDto) =>
  body.trainerId !== undefined || body.startsAt !== undefined || body.endsAt !== undefined;

function toCohortResponse(r: CohortRow, now: Date, reader: AuthUser): CohortResponseDto {
  // A local trainer is an officer: named as a colleague (to member-firm staff too: they deliver beside them), a
  // pseudonym outside a protected one's unit. A member-firm expert has no unit: always named.
  const trainer =
    r.trainer_id === null || r.trainer_name === null
      ? null
      : officerIdentity(
          {
            id: r.trainer_id,
            displayName: r.trainer_name,
            policeUnitId: r.trainer_unit_id,
            protected: r.trainer_protected,
            teaching: true,
          },
          reader,
        );
  const coTrainer =
    r.co_trainer_id === null || r.co_trainer_name === null
      ? null
      : officerIdentity(
          {
            id: r.co_trainer_id,
            displayName: r.co_trainer_name,
            policeUnitId: r.co_trainer_unit_id,
            protected: r.co_trainer_protected,
            teaching: true,
          },
          reader,
        );
  return {
    id: r.id,
    courseId: r.course_id,
    courseCode: r.course_code,
    courseTitle: r.course_title,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    deliveryMode: r.delivery_mode,
    language: r.language,
    countryCode: r.country_code,
    city: r.city,
    capacity: r.capacity,
    seatsLeft: r.capacity - r.seats_taken,
    waitlisted: r.waitlisted,
    trainerId: r.trainer_id,
    trainerName: trainer?.name ?? null,
    trainerPseudonym: trainer?.pseudonym ?? null,
    coTrainerId: r.co_trainer_id,
    coTrainerName: coTrainer?.name ?? null,
    coTrainerPseudonym: coTrainer?.pseudonym ?? null,
    policeUnitId: r.police_unit_id,
    requiresApproval: r.requires_approval,
    status: r.status,
    enrolmentOpen: isEnrolmentOpen(r.status, r.starts_at, now),
  };
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly bookings: TrainerBookingsService,
    private readonly outbox: OutboxService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Cohorts of published courses; admins also see drafts' cohorts. */
  /** Cohorts the user may see; those taught in a language they read (`reader`) first, then by start. */
  async list(user: AuthUser, query: CohortListQueryDto, reader?: ReaderLanguages) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = CohortsPolicy.cohortScope(user);
    if (query.courseId) where.add('co.course_id = ?', query.courseId);
    if (query.status) where.add('co.status = ?', query.status);
    if (query.upcoming === 'true') where.add('co.ends_at > ?', this.clock.now());
    if (query.mine === 'true') CohortsPolicy.teachingScope(user, where);
    if (query.enrolmentOpen === 'true') where.raw(`co.status = 'open'`).add('co.starts_at > ?', this.clock.now());
    if (query.enrolmentOpen === 'false') where.add(`(co.status <> 'open' OR co.starts_at <= ?)`, this.clock.now());
    // From/to: cohorts running at some time in that span (a date alone is a UTC day, `to` included).
    if (query.from) where.add('co.ends_at > ?', new Date(query.from));
    if (query.to) where.add('co.starts_at < ?', dayEnd(query.to));
    if (query.countryCode) where.add('co.country_code = ?', query.countryCode);
    if (query.withoutTrainer === 'true') where.raw('co.trainer_id IS NULL');
    if (query.trainerId) {
      const trainer = where.param(query.trainerId);
      where.raw(`(co.trainer_id = ${trainer} OR co.co_trainer_id = ${trainer})`);
    }
    const total = await countCohorts(this.db.manager, where);
    const readFirst = reader
      ? [...reader.preferred.slice(0, 1), ...reader.reads].map((tag) => tag.toLowerCase().split('-')[0])
      : [];
    const sort = query.sort ?? 'upcoming';
    const rows = await findCohorts(
      this.db.manager,
      where,
      pageSize,
      skip,
      readFirst,
      sort === 'upcoming' ? { sort, now: this.clock.now() } : { sort },
    );
    const now = this.clock.now();
    return { items: rows.map((r) => toCohortResponse(r, now, user)), total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<CohortResponseDto> {
    const row = await findCohort(manager, CohortsPolicy.cohortScope(user).add('co.id = ?', id));
    if (!row) throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
    return toCohortResponse(row, this.clock.now(), user);
  }

  async create(actor: AuthUser, body: CohortCreateDto): Promise<CohortResponseDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt)
      throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
    if (body.deliveryMode !== 'online' && (!body.countryCode || !body.city)) {
      throw new BadRequestException(
        coded(
          'cohort.place_required',
          body.countryCode ? 'city' : 'countryCode',
          `is required for ${body.deliveryMode} cohorts`,
          {
            deliveryMode: body.deliveryMode,
          },
        ),
      );
    }
    return runInTransaction(this.db, async (manager) => {
      const course = await courseFacts(manager, body.courseId);
      if (!course) throw new BadRequestException(coded('course.not_found', 'courseId', 'no such course'));
      if (!course.languages.includes(body.language))
        throw new BadRequestException(
          coded('course.language_not_taught', 'language', `the course is taught in ${course.languages.join(', ')}`, {
            languages: course.languages.join(', '),
          }),
        );
      if (body.countryCode && !(await countryExists(manager, body.countryCode)))
        throw new BadRequestException(coded('country.not_found', 'countryCode', 'no such country'));
      if (body.trainerId) await this.assertTrainer(manager, body.trainerId);
      if (body.policeUnitId && !(await policeUnitExists(manager, body.policeUnitId)))
        throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
      await this.bookings.lockTrainers(manager, [body.trainerId]);
      const id = await insertCohort(manager, {
        courseId: body.courseId,
        startsAt,
        endsAt,
        deliveryMode: body.deliveryMode,
        language: body.language,
        countryCode: body.deliveryMode === 'online' ? null : (body.countryCode ?? null),
        city: body.deliveryMode === 'online' ? null : (body.city ?? null),
        capacity: body.capacity,
        trainerId: body.trainerId ?? null,
        policeUnitId: body.policeUnitId ?? null,
        requiresApproval: body.requiresApproval ?? false,
        status: 'planned',
        timeZone: body.timeZone,
      });
      // The trainer teaches it: a booking over its dates, refused (409) when they are busy.
      await this.bookings.syncCohort(manager, id, 'trainerId');
      await this.audit.record(manager, actor, {
        action: 'cohort.create',
        entityType: 'cohort',
        entityId: id,
        details: { ...body },
      });
      return this.get(actor, id, manager);
    });
  }

  async update(actor: AuthUser, id: string, body: CohortUpdateDto): Promise<CohortResponseDto> {
    const response = await runInTransaction(this.db, async (manager) => {
      // A new trainer or new dates move the booking. Lock order: the request and accepted assignment that
      // scheduled the cohort, trainers' profiles, then every run of the course in id order (a larger
      // capacity may promote a pending switch out of another run); other edits lock the runs alone.
      const movesBooking = movesBookingOf(body);
      const commitment = movesBooking
        ? await this.bookings.lockForCohortChange(manager, id, body.trainerId ?? null)
        : { acceptedAssignment: null };
      const cohort = (await lockCourseRuns(manager, id, 'id')).get(id)!;
      // Its trainer's profile is held already, unless another edit changed the trainer meanwhile.
      if (movesBooking) await this.bookings.lockTrainers(manager, [cohort.trainer_id]);
      if (cohort.status === 'completed' || cohort.status === 'cancelled')
        throw new ConflictException(
          coded('cohort.cannot_change', 'status', `a ${cohort.status} cohort cannot be changed`, {
            status: cohort.status,
          }),
        );
      const current = (await cohortSchedule(manager, id))!;
      const startsAt = body.startsAt ? new Date(body.startsAt) : current.starts_at;
      const endsAt = body.endsAt ? new Date(body.endsAt) : current.ends_at;
      if (endsAt <= startsAt)
        throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
      if (body.capacity !== undefined && body.capacity < cohort.seats_taken) {
        throw new BadRequestException(
          coded(
            'cohort.capacity_below_taken',
            'capacity',
            `${cohort.seats_taken} seats are taken; withdraw officers before lowering it`,
            {
              taken: cohort.seats_taken,
            },
          ),
        );
      }
      if (body.city !== undefined && current.delivery_mode === 'online')
        throw new BadRequestException(coded('cohort.online_no_city', 'city', 'online cohorts have no city'));
      if (body.trainerId) await this.assertTrainer(manager, body.trainerId);
      const accepted = commitment.acceptedAssignment;
      if (body.trainerId && accepted && body.trainerId !== accepted.trainer_id) {
        const requestId = accepted.training_request_id;
        throw new ConflictException(
          coded(
            'cohort.trainer_set_by_request',
            'trainerId',
            `this cohort was scheduled by training request ${requestId}, whose accepted assignment names its trainer; reassign the request instead (POST /api/training-requests/${requestId}/reassign)`,
            { requestId },
          ),
        );
      }
      // The dates are the sessions': a one-session cohort moves its session, a longer run is moved session by session.
      let movedSession: { id: string; timeZone: string } | null = null;
      if (body.startsAt || body.endsAt) {
        const sessions = await scheduledSessionsOfCohort(manager, id);
        if (sessions.length > 1)
          throw new ConflictException(
            coded(
              'cohort.dates_from_sessions',
              body.startsAt ? 'startsAt' : 'endsAt',
              `the cohort's dates come from its ${sessions.length} training sessions; move the sessions instead`,
              { sessions: sessions.length },
            ),
          );
        if (sessions.length === 1) {
          const moved = await moveTrainingSession(manager, sessions[0].id, startsAt, endsAt);
          if (moved) movedSession = { id: sessions[0].id, timeZone: moved.time_zone };
        }
      }
      await updateCohort(manager, id, {
        startsAt,
        endsAt,
        capacity: body.capacity ?? null,
        trainerId: body.trainerId ?? null,
        city: body.city ?? null,
        requiresApproval: body.requiresApproval ?? null,
      });
      // The booking follows the trainer and the dates; a busy trainer is refused (409) naming what changed.
      if (movesBooking) {
        const field = body.trainerId ? 'trainerId' : body.startsAt ? 'startsAt' : 'endsAt';
        await this.bookings.syncCohort(manager, id, field, commitment);
      }
      if (body.capacity !== undefined && body.capacity > cohort.capacity)
        await promoteFromWaitlist(manager, cohort, this.notifications, this.clock.now());
      // A moved session is told by its own notice (it carries the updated invitation, the .ics with the new
      // sequence), which replaces the cohort's for a move: one message per change. A new city (or dates of a
      // cohort without sessions) is still told by the cohort's notice.
      if (movedSession)
        await this.notifications.notify(manager, await activeOfficerIds(manager, id), 'training_session.changed', {
          courseTitle: cohort.course_title,
          cohortId: id,
          trainingSessionId: movedSession.id,
          startsAt: startsAt.toISOString(),
          timeZone: movedSession.timeZone,
        });
      if ((!movedSession && (body.startsAt || body.endsAt)) || body.city) {
        await this.notifications.notify(manager, await activeOfficerIds(manager, id), 'cohort.changed', {
          courseTitle: cohort.course_title,
          cohortId: id,
          startsAt: startsAt.toISOString(),
        });
      }
      await this.audit.record(manager, actor, {
        action: 'cohort.update',
        entityType: 'cohort',
        entityId: id,
        details: { ...body },
      });
      return this.get(actor, id, manager);
    });
    if (movesBookingOf(body)) this.outbox.relaySoon();
    return response;
  }

  /** Moves a cohort along its life; cancelling withdraws and notifies everyone enrolled or waiting. */
  async transition(
    actor: AuthUser,
    id: string,
    to: CohortStatus,
    { cancelRequest = false }: { cancelRequest?: boolean } = {},
  ): Promise<CohortResponseDto> {
    if (cancelRequest && to !== 'cancelled')
      throw new BadRequestException(
        coded('cohort.cancel_request_needs_cancelled', 'cancelRequest', 'only with status cancelled'),
      );
    const response = await runInTransaction(this.db, async (manager) => {
      // Cancelling releases the accepted assignment that scheduled the cohort (if any): lock order request,
      // assignment, trainer's profile, then every run of the course in id order (officers waiting to switch
      // out of this run are promoted in the run they wait for).
      const commitment =
        to === 'cancelled' ? await this.bookings.lockForCohortChange(manager, id, null) : { acceptedAssignment: null };
      const runs = to === 'cancelled' ? await lockCourseRuns(manager, id, 'id') : null;
      const cohort = runs ? runs.get(id)! : await lockCohort(manager, id, 'id');
      if (!canMoveCohort(cohort.status, to))
        throw new ConflictException(
          coded('cohort.invalid_transition', 'status', `a ${cohort.status} cohort cannot become ${to}`, {
            status: cohort.status,
            to,
          }),
        );
      if (to === 'open') {
        const course = await courseFacts(manager, cohort.course_id);
        if (course!.status !== 'published')
          throw new ConflictException(
            coded('cohort.course_unpublished', 'status', 'publish the course before opening a cohort'),
          );
      }
      if (runs) await this.cancelWithSessions(manager, runs, id);
      else await setCohortStatus(manager, id, to);
      // Cancelled or completed: the trainer's time is free again (unfilled requests they could serve are re-tried).
      await this.bookings.syncCohort(manager, id, 'status');
      // Nothing will be delivered: the assignment is cancelled and its request re-matched (or cancelled:
      // asked for, or its start has passed).
      if (to === 'cancelled') await this.bookings.releaseCancelledCohort(manager, commitment, id, cancelRequest);
      await this.audit.record(manager, actor, {
        action: 'cohort.transition',
        entityType: 'cohort',
        entityId: id,
        details: {
          from: cohort.status,
          to,
          ...(commitment.acceptedAssignment ? { releasedAssignmentId: commitment.acceptedAssignment.id } : {}),
          ...(commitment.assignedRequestId ? { releasedRequestId: commitment.assignedRequestId } : {}),
        },
      });
      return this.get(actor, id, manager);
    });
    this.outbox.relaySoon();
    return response;
  }

  /**
   * Schedules the open cohort an accepted training request books (trainer-assignment calls this in its
   * transaction): no approval step, since the unit asked for it; online cohorts have no place. It takes
   * no booking of its own: the caller moves the accepted proposal's booking to it (one commitment).
   */
  async scheduleForRequest(
    manager: EntityManager,
    input: {
      courseId: string;
      startsAt: Date;
      endsAt: Date;
      deliveryMode: DeliveryMode;
      language: string;
      countryCode: string | null;
      city: string | null;
      capacity: number;
      trainerId: string;
      policeUnitId: string;
      /** Co-delivery: the pair's local trainer, beside `trainerId` (the expert). */
      coTrainerId?: string | null;
    },
  ): Promise<string> {
    const online = input.deliveryMode === 'online';
    const { coTrainerId, ...cohort } = input;
    const id = await insertCohort(manager, {
      ...cohort,
      countryCode: online ? null : input.countryCode,
      city: online ? null : input.city,
      requiresApproval: false,
      status: 'open',
    });
    if (coTrainerId) await setCohortCoTrainer(manager, id, coTrainerId);
    return id;
  }

  /**
   * Opens a self-paced online cohort without a trainer (planning calls this in its transaction when a
   * workplan's self-paced line is approved): officers enrol and study on their own over its dates.
   */
  async openSelfPaced(
    manager: EntityManager,
    input: { courseId: string; startsAt: Date; endsAt: Date; language: string; capacity: number; policeUnitId: string },
  ): Promise<string> {
    return insertCohort(manager, {
      ...input,
      deliveryMode: 'online',
      countryCode: null,
      city: null,
      trainerId: null,
      requiresApproval: false,
      status: 'open',
    });
  }

  /**
   * Cancels a cohort whose training request went away, in the caller's transaction (which holds the
   * request, assignment and trainer locks): every run of the course is locked next, in id order.
   */
  async cancelInTransaction(manager: EntityManager, cohortId: string): Promise<void> {
    const runs = await lockCourseRuns(manager, cohortId, 'cohortId');
    await this.cancelWithSessions(manager, runs, cohortId);
    await this.bookings.syncCohort(manager, cohortId, 'cohortId');
  }

  /**
   * Cancels a cohort (its runs locked) and its scheduled sessions. The officers it concerned (pending,
   * enrolled, waiting: those told of its sessions) get, besides the cohort's notice (which says their
   * enrolment is withdrawn, and goes to the trainer too), one `training_session.cancelled` per session:
   * it carries the METHOD:CANCEL invitation that takes the event out of their calendar. Both are kept on
   * purpose: the cohort's notice is the one about their enrolment, the session's the calendar's.
   */
  private async cancelWithSessions(
    manager: EntityManager,
    runs: Awaited<ReturnType<typeof lockCourseRuns>>,
    cohortId: string,
  ): Promise<void> {
    const cohort = runs.get(cohortId)!;
    const officers = await activeOfficerIds(manager, cohortId);
    await cancelCohort(manager, runs, cohortId, this.notifications, this.clock.now());
    const sessions = await cancelSessionsOfCohort(manager, cohortId);
    for (const s of sessions)
      await this.notifications.notify(manager, officers, 'training_session.cancelled', {
        courseTitle: cohort.course_title,
        cohortId,
        trainingSessionId: s.id,
        startsAt: new Date(s.starts_at).toISOString(),
        timeZone: s.time_zone,
      });
  }

  /** The trainer's (or an admin's) view of who is in the cohort. */
  async roster(user: AuthUser, id: string): Promise<RosterDto> {
    // Rosters have their own rule, so the cohort is read outside the user's cohort scope.
    const row = await findCohort(this.db.manager, new Where().add('co.id = ?', id));
    if (!row) throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
    CohortsPolicy.assertCanReadRoster(user, [row.trainer_id, row.co_trainer_id]);
    const cohort = toCohortResponse(row, this.clock.now(), user);
    const views = await findEnrolmentViews(
      this.db.manager,
      user,
      `e.cohort_id = $1 AND e.status <> 'withdrawn'`,
      [id],
      `ORDER BY e.status = 'waitlisted', e.queue_number`,
    );
    const scores = await bestScores(this.db.manager, id);
    await this.accessLog.record(
      null,
      user,
      views.map((v) => v.officerId),
      'roster',
      { type: 'cohort', id },
    );
    return {
      cohort,
      entries: views.map((v) => ({
        ...toEnrolmentResponse(v),
        officerEmail: v.officerEmail,
        bestScore: scores.find((s) => s.enrolment_id === v.id)?.best ?? null,
      })),
    };
  }

  private async assertTrainer(manager: EntityManager, trainerId: string) {
    if (!(await isActiveTrainer(manager, trainerId)))
      throw new BadRequestException(coded('trainer.not_found', 'trainerId', 'no such trainer'));
  }
}
