import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { wallClock } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { coded } from '../../core/errors/coded';
import { runInTransaction } from '../../core/database/transaction';
import { Where } from '../../core/database/where';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { exportsOfficer, seesOfficerEmail } from '../identity/officer-name';
import { exportStampText } from '../reporting/export-stamp';
import { printoutLocale } from '../reporting/printout-phrases';
import type { ReaderLanguages } from '../translations/reader-languages';
import { seatFacts, seatIdentity } from './officer-seat';
import { NotificationsService } from '../notifications/notifications.service';
import { TrainerBookingsService, type CohortCommitment } from '../trainer-assignment/trainer-bookings.service';
import { sheetRows, upsertAttendance, type SheetRow } from './attendance.queries';
import { CohortsPolicy, type CohortTeachers } from './cohorts.policy';
import { activeOfficerIds, findCohort, seatedOfficers } from './cohorts.queries';
import {
  AttendanceSheetDto,
  AttendanceSheetUpdateDto,
  TrainingSessionCreateDto,
  TrainingSessionResponseDto,
  TrainingSessionUpdateDto,
} from './dtos/training-session.dto';
import { lockCohort } from './seats';
import {
  cancelTrainingSession,
  cohortOfSession,
  deriveCohortDates,
  findSession,
  findSessions,
  insertTrainingSession,
  scheduledSessionsOfCohort,
  updateTrainingSession,
  type TrainingSessionRow,
} from './training-sessions.queries';
import { renderAttendanceSheetPdf } from './attendance-sheet-pdf';
import { AccessLogService } from '../privacy/access-log.service';
import type { AccessPurpose } from '@icspa/domain';

/**
 * A session as the API shows it, with its times read at the venue and in the viewer's time zone; without
 * its meeting link and venue address unless `withAccess` (see `CohortsPolicy.seesSessionAccess`).
 */
export function toSessionResponse(
  r: TrainingSessionRow,
  viewerTimeZone: string | null,
  withAccess = true,
): TrainingSessionResponseDto {
  const viewerZone = viewerTimeZone ?? 'UTC';
  return {
    id: r.id,
    cohortId: r.cohort_id,
    courseId: r.course_id,
    courseTitle: r.course_title,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    timeZone: r.time_zone,
    venueName: r.venue_name,
    venueAddress: withAccess ? r.venue_address : null,
    onlineUrl: withAccess ? r.online_url : null,
    position: r.position,
    status: r.status,
    sequence: r.sequence,
    venueTime: {
      timeZone: r.time_zone,
      startsAt: wallClock(r.starts_at, r.time_zone),
      endsAt: wallClock(r.ends_at, r.time_zone),
    },
    viewerTime: {
      timeZone: viewerZone,
      startsAt: wallClock(r.starts_at, viewerZone),
      endsAt: wallClock(r.ends_at, viewerZone),
    },
  };
}

/**
 * Training sessions of a cohort and the sign-in sheet of each. A change locks, in the module's order, the
 * training request and accepted assignment that scheduled the cohort, its trainer's profile, then the
 * cohort; it re-derives the cohort's dates from its scheduled sessions and, when they moved, moves the
 * trainer's booking with them in the same transaction (or answers 409 when the trainer is booked elsewhere).
 */
@Injectable()
export class TrainingSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly bookings: TrainerBookingsService,
    private readonly outbox: OutboxService,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * A cohort's sessions, for whoever may see the cohort (404 otherwise); the meeting link and address only
   * for those taking part (`CohortsPolicy.seesSessionAccess`).
   */
  async list(user: AuthUser, cohortId: string): Promise<TrainingSessionResponseDto[]> {
    const cohort = await this.visibleCohort(this.db.manager, user, cohortId);
    const rows = await findSessions(this.db.manager, new Where().add('ts.cohort_id = ?', cohortId));
    const access = await this.seesAccess(this.db.manager, user, cohortId, [cohort.trainer_id, cohort.co_trainer_id]);
    return rows.map((r) => toSessionResponse(r, user.timeZone, access));
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainingSessionResponseDto> {
    const row = await findSession(manager, CohortsPolicy.cohortScope(user).add('ts.id = ?', id));
    if (!row) throw new NotFoundException(coded('training_session.not_found', 'id', 'no such training session'));
    return toSessionResponse(
      row,
      user.timeZone,
      await this.seesAccess(manager, user, row.cohort_id, [row.trainer_id, row.co_trainer_id]),
    );
  }

  private async seesAccess(
    manager: EntityManager,
    user: AuthUser,
    cohortId: string,
    teachers: CohortTeachers,
  ): Promise<boolean> {
    const seated = CohortsPolicy.sessionAccessNeedsSeats(user) ? await seatedOfficers(manager, cohortId) : [];
    return CohortsPolicy.seesSessionAccess(user, { teachers, seated });
  }

  async create(user: AuthUser, cohortId: string, body: TrainingSessionCreateDto): Promise<TrainingSessionResponseDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    this.assertPeriod(startsAt, endsAt);
    const response = await runInTransaction(this.db, async (manager) => {
      const commitment = await this.lockForChange(manager, user, cohortId);
      const id = await insertTrainingSession(manager, {
        cohortId,
        startsAt,
        endsAt,
        timeZone: body.timeZone,
        venueName: body.venueName ?? null,
        venueAddress: body.venueAddress ?? null,
        onlineUrl: body.onlineUrl ?? null,
      });
      await this.followDates(manager, cohortId, 'startsAt', commitment);
      await this.audit.record(manager, user, {
        action: 'training_session.create',
        entityType: 'training_session',
        entityId: id,
        details: { cohortId, ...body },
      });
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return response;
  }

  async update(user: AuthUser, id: string, body: TrainingSessionUpdateDto): Promise<TrainingSessionResponseDto> {
    const response = await runInTransaction(this.db, async (manager) => {
      const cohortId = await this.cohortOf(manager, user, id);
      const commitment = await this.lockForChange(manager, user, cohortId);
      const current = (await findSession(manager, new Where().add('ts.id = ?', id)))!;
      if (current.status === 'cancelled')
        throw new ConflictException(
          coded('training_session.cancelled', 'id', 'a cancelled training session cannot be changed'),
        );
      const startsAt = body.startsAt ? new Date(body.startsAt) : current.starts_at;
      const endsAt = body.endsAt ? new Date(body.endsAt) : current.ends_at;
      this.assertPeriod(startsAt, endsAt);
      await updateTrainingSession(manager, id, {
        startsAt,
        endsAt,
        timeZone: body.timeZone ?? current.time_zone,
        venueName: body.venueName !== undefined ? body.venueName : current.venue_name,
        venueAddress: body.venueAddress !== undefined ? body.venueAddress : current.venue_address,
        onlineUrl: body.onlineUrl !== undefined ? body.onlineUrl : current.online_url,
      });
      await this.followDates(manager, cohortId, body.endsAt && !body.startsAt ? 'endsAt' : 'startsAt', commitment);
      await this.notifications.notify(manager, await activeOfficerIds(manager, cohortId), 'training_session.changed', {
        courseTitle: current.course_title,
        cohortId,
        trainingSessionId: id,
        startsAt: startsAt.toISOString(),
        timeZone: body.timeZone ?? current.time_zone,
      });
      await this.audit.record(manager, user, {
        action: 'training_session.update',
        entityType: 'training_session',
        entityId: id,
        details: { cohortId, ...body },
      });
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return response;
  }

  /** Cancels a session (its attendance no longer counts); the cohort keeps at least one scheduled session. */
  async cancel(user: AuthUser, id: string): Promise<TrainingSessionResponseDto> {
    const response = await runInTransaction(this.db, async (manager) => {
      const cohortId = await this.cohortOf(manager, user, id);
      const commitment = await this.lockForChange(manager, user, cohortId);
      const current = (await findSession(manager, new Where().add('ts.id = ?', id)))!;
      if (current.status === 'cancelled')
        throw new ConflictException(
          coded('training_session.cancelled', 'id', 'the training session is cancelled already'),
        );
      const scheduled = await scheduledSessionsOfCohort(manager, cohortId);
      if (scheduled.length <= 1)
        throw new ConflictException(
          coded(
            'training_session.last_scheduled',
            'id',
            'a cohort keeps at least one scheduled session; cancel the cohort instead',
          ),
        );
      await cancelTrainingSession(manager, id);
      await this.followDates(manager, cohortId, 'startsAt', commitment);
      await this.notifications.notify(
        manager,
        await activeOfficerIds(manager, cohortId),
        'training_session.cancelled',
        {
          courseTitle: current.course_title,
          cohortId,
          trainingSessionId: id,
          startsAt: current.starts_at.toISOString(),
          timeZone: current.time_zone,
        },
      );
      await this.audit.record(manager, user, {
        action: 'training_session.cancel',
        entityType: 'training_session',
        entityId: id,
        details: { cohortId },
      });
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return response;
  }

  /** The sign-in sheet of one session: officers holding a seat, by name or pseudonym (`officer-name.ts`), with their mark. */
  async sheet(user: AuthUser, id: string, purpose: AccessPurpose = 'attendance'): Promise<AttendanceSheetDto> {
    const session = await this.sheetSession(this.db.manager, user, id);
    const rows = await sheetRows(this.db.manager, id);
    await this.accessLog.record(
      null,
      user,
      rows.map((r) => r.officer_id),
      purpose,
      { type: 'training_session', id },
    );
    return this.toSheet(user, session, rows);
  }

  private toSheet(user: AuthUser, session: TrainingSessionRow, rows: SheetRow[]): AttendanceSheetDto {
    return {
      session: toSessionResponse(session, user.timeZone),
      entries: rows.map((r) => {
        const shown = seatIdentity(r.officer_id, r.display_name, null, r, user);
        return {
          enrolmentId: r.enrolment_id,
          officerId: seesOfficerEmail(seatFacts(r.officer_id, r.display_name, r), user) ? r.officer_id : null,
          officerName: shown.officerName,
          officerPseudonym: shown.officerPseudonym,
          status: r.status,
        };
      }),
    };
  }

  /** Records marks (all present, then the exceptions); once the cohort is running. */
  async mark(user: AuthUser, id: string, body: AttendanceSheetUpdateDto): Promise<AttendanceSheetDto> {
    await runInTransaction(this.db, async (manager) => {
      const session = await this.sheetSession(manager, user, id);
      const cohort = await lockCohort(manager, session.cohort_id, 'id');
      CohortsPolicy.assertCanKeepAttendance(user, [cohort.trainer_id, cohort.co_trainer_id]);
      if (session.status === 'cancelled')
        throw new ConflictException(
          coded('training_session.cancelled', 'id', 'a cancelled training session has no attendance'),
        );
      if (!['running', 'completed'].includes(cohort.status))
        throw new ConflictException(
          coded('attendance.before_running', 'id', `attendance is kept once the cohort runs (it is ${cohort.status})`),
        );
      const written = await upsertAttendance(manager, id, body.marks, user.id, this.clock.now());
      if (written !== body.marks.length)
        throw new BadRequestException(
          coded('attendance.not_in_cohort', 'marks', 'every mark must name an enrolment holding a seat in this cohort'),
        );
      await this.audit.record(manager, user, {
        action: 'attendance.mark',
        entityType: 'training_session',
        entityId: id,
        details: { marks: body.marks.length },
      });
    });
    return this.sheet(user, id);
  }

  /**
   * The printable sheet (PDF) in the reader's language, stamped with who printed it and when; protected officers are
   * left out of a sheet printed outside their unit (`exportsOfficer`).
   */
  async sheetPdf(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<Buffer> {
    const session = await this.sheetSession(this.db.manager, user, id);
    const rows = (await sheetRows(this.db.manager, id)).filter((r) =>
      exportsOfficer({ policeUnitId: r.seat_unit_id, protected: r.seat_protected }, user),
    );
    await this.accessLog.record(
      null,
      user,
      rows.map((r) => r.officer_id),
      'attendance_pdf',
      { type: 'training_session', id },
    );
    const locale = printoutLocale(reader);
    const stamp = await exportStampText(this.db.manager, user, this.clock.now(), locale);
    return renderAttendanceSheetPdf(this.toSheet(user, session, rows), stamp, locale);
  }

  private async sheetSession(manager: EntityManager, user: AuthUser, id: string): Promise<TrainingSessionRow> {
    const session = await findSession(manager, new Where().add('ts.id = ?', id));
    if (!session) throw new NotFoundException(coded('training_session.not_found', 'id', 'no such training session'));
    CohortsPolicy.assertCanKeepAttendance(user, [session.trainer_id, session.co_trainer_id]);
    return session;
  }

  private assertPeriod(startsAt: Date, endsAt: Date) {
    if (endsAt <= startsAt)
      throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
  }

  /** The cohort of a session the user can see (404 otherwise). */
  private async cohortOf(manager: EntityManager, user: AuthUser, sessionId: string): Promise<string> {
    const cohortId = await cohortOfSession(manager, sessionId);
    const visible = cohortId && (await findCohort(manager, CohortsPolicy.cohortScope(user).add('co.id = ?', cohortId)));
    if (!visible) throw new NotFoundException(coded('training_session.not_found', 'id', 'no such training session'));
    return cohortId;
  }

  private async visibleCohort(manager: EntityManager, user: AuthUser, cohortId: string) {
    const row = await findCohort(manager, CohortsPolicy.cohortScope(user).add('co.id = ?', cohortId));
    if (!row) throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
    return row;
  }

  /**
   * Locks for a change of the cohort's sessions (request, assignment, trainer's profile, then the cohort)
   * and checks, under the lock, that the caller may change them and the cohort is still live.
   */
  private async lockForChange(manager: EntityManager, user: AuthUser, cohortId: string) {
    const visible = await this.visibleCohort(manager, user, cohortId);
    CohortsPolicy.assertCanManageSessions(user, [visible.trainer_id, visible.co_trainer_id]);
    const commitment = await this.bookings.lockForCohortChange(manager, cohortId, null);
    const cohort = await lockCohort(manager, cohortId, 'id');
    // The trainer may have changed while we waited: the one locked is the one that counts.
    await this.bookings.lockTrainers(manager, [cohort.trainer_id, cohort.co_trainer_id]);
    CohortsPolicy.assertCanManageSessions(user, [cohort.trainer_id, cohort.co_trainer_id]);
    if (cohort.status === 'completed' || cohort.status === 'cancelled')
      throw new ConflictException(
        coded('cohort.cannot_change', 'status', `a ${cohort.status} cohort cannot be changed`, {
          status: cohort.status,
        }),
      );
    return commitment;
  }

  /** The cohort's dates follow its sessions; the booking follows the dates (409 naming `field` when busy). */
  private async followDates(manager: EntityManager, cohortId: string, field: string, commitment: CohortCommitment) {
    if (await deriveCohortDates(manager, cohortId))
      await this.bookings.syncCohort(manager, cohortId, field, commitment);
  }
}
