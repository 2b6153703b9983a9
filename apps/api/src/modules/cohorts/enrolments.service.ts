import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ACTIVE_ENROLMENT_STATUSES, GRADABLE_ENROLMENT_STATUSES } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { attendanceOfEnrolment, fillUnmarkedAttendance } from './attendance.queries';
import { CohortsPolicy } from './cohorts.policy';
import {
  EnrolmentListQueryDto,
  EnrolmentResponseDto,
  EnrolmentSwitchDto,
  EnrolmentSwitchResultDto,
  GradeDto,
  ProgressDto,
} from './dtos/cohort.dto';
import { EnrolmentView, findEnrolmentViews, toEnrolmentResponse } from './enrolment-views';
import type { ReaderLanguages } from '../translations/reader-languages';
import { TranslationsService } from '../translations/translations.service';
import { announceCompletion, refreshProgress } from './enrolment-completion';
import {
  approveEnrolment,
  completedLessonIds,
  ENROLMENT_LIST_FROM,
  gradeEnrolment,
  insertLessonCompletion,
  completionByClientId,
  lessonIsInCourse,
  lockEnrolmentStatus,
  usersWithUnits,
  withdrawEnrolment,
} from './enrolments.queries';
import { OutboxService } from '../../core/outbox/outbox.service';
import { retryOnConflict, runInTransaction } from '../../core/database/transaction';
import { pageTotal } from '../../core/database/sql';
import { isPgError, PG } from '../../core/database/pg-errors';
import { lockUsersInIdOrder } from '../identity/identity.queries';
import { holderIsCertifiedForCourse } from '../certifications/certifications.queries';
import { EnrolOfficerUseCase } from './usecases/enrol-officer/enrol-officer.usecase';
import { Clock } from '../../core/clock/clock';
import { SwitchRunUseCase } from './usecases/switch-run/switch-run.usecase';
import {
  keepPendingSwitchesAsWaitlist,
  lockCohort,
  lockCourseRuns,
  promoteFromWaitlist,
  releaseSeatAndPromote,
  takeSeat,
} from './seats';
import { coded } from '../../core/errors/coded';
import { AccessLogService } from '../privacy/access-log.service';

const CLIENT_ID_REUSED = coded(
  'enrolment.client_id_reused',
  'clientId',
  'this id was already given to the completion of another lesson or enrolment',
);

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrol: EnrolOfficerUseCase,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly switchRuns: SwitchRunUseCase,
    private readonly clock: Clock,
    private readonly translations: TranslationsService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** An enrolment the caller may see, or 404. */
  async view(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<EnrolmentView> {
    const where = CohortsPolicy.enrolmentScope(user).add('e.id = ?', id);
    const [view] = await findEnrolmentViews(manager, user, where.conditionsSql, where.params);
    if (!view) throw new NotFoundException(coded('enrolment.not_found', 'id', 'no such enrolment'));
    return view;
  }

  /** An officer opening their own enrolment has read what it announced (a promotion from the waitlist). */
  async get(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<EnrolmentResponseDto> {
    const view = await this.view(user, id);
    if (view.officerId === user.id) await this.notifications.markObjectRead(this.db.manager, user.id, 'enrolment', id);
    await this.accessLog.record(null, user, [view.officerId], 'enrolment', { type: 'enrolment', id });
    return (await this.inReaderLanguage(user, reader, [view]))[0];
  }

  /**
   * The learner's own enrolments name their course and next lesson in the learner's language (as the course
   * and lesson pages do); others' enrolments (a coordinator's, a trainer's lists) keep the course's own text.
   */
  private async inReaderLanguage(
    user: AuthUser,
    reader: ReaderLanguages | undefined,
    views: EnrolmentView[],
  ): Promise<EnrolmentResponseDto[]> {
    const own = views.filter((v) => v.officerId === user.id);
    if (!reader || own.length === 0) return views.map(toEnrolmentResponse);
    const locales = await this.translations.readerLocales(reader);
    // A reader of the source languages only: the course's own titles, as the view has them.
    if (locales.length === 0) return views.map(toEnrolmentResponse);
    const courses = await this.translations.resolve(
      'course',
      own.map((v) => v.courseId),
      locales,
    );
    const lessons = await this.translations.resolve(
      'lesson',
      own.flatMap((v) => (v.nextLessonId ? [v.nextLessonId] : [])),
      locales,
    );
    return views.map((v) => {
      if (v.officerId !== user.id) return toEnrolmentResponse(v);
      const title = courses.get(v.courseId)?.fields.title;
      const next = v.nextLessonId ? lessons.get(v.nextLessonId)?.fields.title : undefined;
      return toEnrolmentResponse({
        ...v,
        courseTitle: typeof title === 'string' ? title : v.courseTitle,
        nextLessonTitle: typeof next === 'string' ? next : v.nextLessonTitle,
      });
    });
  }

  /**
   * Officers see their own; coordinators their unit's; trainers their cohorts'; admins all. `mine=true`
   * narrows any of these to the caller's own enrolments (what "My learning" means for every role).
   */
  async list(user: AuthUser, query: EnrolmentListQueryDto, reader?: ReaderLanguages) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = CohortsPolicy.enrolmentScope(user);
    if (query.mine === 'true') where.add('e.officer_id = ?', user.id);
    if (query.status) where.add('e.status = ?', query.status);
    if (query.courseId) where.add('e.course_id = ?', query.courseId);
    const views = await findEnrolmentViews(
      this.db.manager,
      user,
      where.conditionsSql,
      where.params,
      'ORDER BY co.starts_at DESC, e.id',
      { limit: pageSize, offset: skip },
    );
    const total = await pageTotal(this.db.manager, ENROLMENT_LIST_FROM, where, { skip, pageSize }, views.length);
    await this.accessLog.record(
      null,
      user,
      views.map((v) => v.officerId),
      'enrolment',
      null,
    );
    return { items: await this.inReaderLanguage(user, reader, views), ...total, page, pageSize };
  }

  /** An officer (or coordinator) enrols themself. */
  async selfEnrol(user: AuthUser, cohortId: string): Promise<{ enrolment: EnrolmentResponseDto; created: boolean }> {
    // No transaction around it: the seat-taking statement is its own, so the cohort's lock is held for that
    // one round trip (EnrolOfficerUseCase); the response is read after commit.
    const result = await retryOnConflict(() =>
      this.enrol.execute(this.db.manager, {
        cohortId,
        officerId: user.id,
        nominatedById: null,
        actor: user,
        now: this.clock.now(),
        allowAfterStart: false,
      }),
    );
    return { enrolment: toEnrolmentResponse(await this.view(user, result.enrolmentId)), created: result.created };
  }

  /**
   * A coordinator nominates officers of their own unit (an admin, anyone); all or nothing. Closed once
   * the cohort has started, unless an admin sets `allowAfterStart` (recorded in the audit event).
   */
  async nominate(
    user: AuthUser,
    cohortId: string,
    officerIds: string[],
    allowAfterStart = false,
  ): Promise<EnrolmentResponseDto[]> {
    const now = this.clock.now();
    const ids = await runInTransaction(this.db, async (manager) => {
      const officers = await usersWithUnits(manager, officerIds);
      const missing = officerIds.filter((id) => !officers.some((o) => o.id === id));
      if (missing.length)
        throw new BadRequestException(
          coded('officer.not_found', 'officerIds', `no such officer ${missing[0]}`, { id: missing[0] }),
        );
      CohortsPolicy.assertCanNominate(
        user,
        officers.map((o) => o.police_unit_id),
      );
      // All the officers' rows first, in id order: a nomination of the same officers in another order
      // (into another run of the course) waits for this one instead of deadlocking with it.
      await lockUsersInIdOrder(manager, officerIds);
      const enrolmentIds: string[] = [];
      for (const officerId of officerIds) {
        enrolmentIds.push(
          (
            await this.enrol.execute(manager, {
              cohortId,
              officerId,
              nominatedById: user.id,
              actor: user,
              now,
              allowAfterStart,
            })
          ).enrolmentId,
        );
      }
      await this.audit.record(manager, user, {
        action: 'cohort.nominate',
        entityType: 'cohort',
        entityId: cohortId,
        details: { officerIds, enrolmentIds, ...(allowAfterStart ? { allowAfterStart: true } : {}) },
      });
      return enrolmentIds;
    });
    const views = await findEnrolmentViews(this.db.manager, user, 'e.id = ANY($1)', [ids]);
    return ids.map((id) => toEnrolmentResponse(views.find((v) => v.id === id)!));
  }

  async withdraw(user: AuthUser, id: string): Promise<EnrolmentResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const before = await this.view(user, id, manager);
      CohortsPolicy.assertCanWithdraw(user, before);
      // Every run of the course, in id order: the freed seat may complete a pending switch out of another run.
      const runs = await lockCourseRuns(manager, before.cohortId);
      const cohort = runs.get(before.cohortId)!;
      const current = await lockEnrolmentStatus(manager, id);
      if (!ACTIVE_ENROLMENT_STATUSES.includes(current)) {
        throw new ConflictException(
          coded('enrolment.cannot_withdraw', 'status', `a ${current} enrolment cannot be withdrawn`, {
            status: current,
          }),
        );
      }
      const now = this.clock.now();
      await withdrawEnrolment(manager, id);
      if (current === 'enrolled') await releaseSeatAndPromote(manager, cohort, this.notifications, now);
      // A switch the officer was waiting for becomes a plain place in that run's queue (withdrawing a pending
      // switch itself, by contrast, cancels the switch and leaves the seat they hold as it is).
      for (const waitingIn of await keepPendingSwitchesAsWaitlist(manager, [id]))
        await promoteFromWaitlist(manager, runs.get(waitingIn)!, this.notifications, now);
      if (user.id !== before.officerId) {
        await this.notifications.notify(manager, [before.officerId], 'enrolment.withdrawn_by_coordinator', {
          courseTitle: cohort.course_title,
          cohortId: cohort.id,
        });
        await this.audit.record(manager, user, {
          action: 'enrolment.withdraw',
          entityType: 'enrolment',
          entityId: id,
          details: { officerId: before.officerId },
        });
      }
      return toEnrolmentResponse(await this.view(user, id, manager));
    });
  }

  /**
   * "Switch to this run": moves the enrolment to another run of the same course in one transaction (see
   * SwitchRunUseCase). Answers the enrolment in the new run and the one switched from.
   */
  async switchRun(user: AuthUser, id: string, body: EnrolmentSwitchDto): Promise<EnrolmentSwitchResultDto> {
    return runInTransaction(this.db, async (manager) => {
      const before = await this.view(user, id, manager);
      CohortsPolicy.assertCanSwitch(user, before);
      const result = await this.switchRuns.execute(manager, {
        enrolmentId: id,
        officerId: before.officerId,
        courseId: before.courseId,
        fromCohortId: before.cohortId,
        cohortId: body.cohortId,
        actor: user,
        now: this.clock.now(),
        allowAfterStart: body.allowAfterStart ?? false,
      });
      if (result.created) {
        await this.audit.record(manager, user, {
          action: 'enrolment.switch',
          entityType: 'enrolment',
          entityId: id,
          details: {
            officerId: before.officerId,
            fromCohortId: before.cohortId,
            toCohortId: body.cohortId,
            outcome: result.outcome,
            enrolmentId: result.enrolmentId,
            ...(body.allowAfterStart ? { allowAfterStart: true } : {}),
          },
        });
      }
      return {
        outcome: result.outcome,
        enrolment: toEnrolmentResponse(await this.view(user, result.enrolmentId, manager)),
        previous: toEnrolmentResponse(await this.view(user, id, manager)),
      };
    });
  }

  async approve(user: AuthUser, id: string): Promise<EnrolmentResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const before = await this.view(user, id, manager);
      CohortsPolicy.assertCanApprove(user, before);
      const cohort = await lockCohort(manager, before.cohortId);
      const current = await lockEnrolmentStatus(manager, id);
      if (current !== 'pending_approval')
        throw new ConflictException(
          coded(
            'enrolment.approve_pending_only',
            'status',
            `only pending enrolments can be approved (this one is ${current})`,
            {
              status: current,
            },
          ),
        );
      // Approving is joining: closed once the cohort has started, like enrolment and nomination.
      CohortsPolicy.assertCanJoinCohort(user, cohort, this.clock.now(), false);
      const status = (await takeSeat(manager, cohort.id)) ? 'enrolled' : 'waitlisted';
      await approveEnrolment(manager, id, status);
      await this.notifications.notify(manager, [before.officerId], 'enrolment.approved', {
        courseTitle: cohort.course_title,
        cohortId: cohort.id,
        status,
      });
      await this.audit.record(manager, user, {
        action: 'enrolment.approve',
        entityType: 'enrolment',
        entityId: id,
        details: { status },
      });
      return toEnrolmentResponse(await this.view(user, id, manager));
    });
  }

  async progress(user: AuthUser, id: string): Promise<ProgressDto> {
    const view = await this.view(user, id);
    return {
      completedLessonIds: await completedLessonIds(this.db.manager, id),
      enrolment: toEnrolmentResponse(view),
    };
  }

  /**
   * Saves a lesson as done. A completion made offline brings the id its browser gave it (`clientId`):
   * sent again, in any order, it is answered as the first time and recorded once; an id already used for
   * another lesson or enrolment is refused. An enrolment withdrawn meanwhile takes no completion.
   */
  async completeLesson(user: AuthUser, id: string, lessonId: string, clientId?: string): Promise<ProgressDto> {
    await runInTransaction(this.db, async (manager) => {
      const view = await this.view(user, id, manager);
      CohortsPolicy.assertIsLearner(user, view);
      // The enrolment's row lock orders requests for one enrolment: a repeat waits and then finds the first.
      const current = await lockEnrolmentStatus(manager, id);
      if (clientId !== undefined) {
        const earlier = await completionByClientId(manager, clientId);
        if (earlier && (earlier.enrolment_id !== id || earlier.lesson_id !== lessonId))
          throw new ConflictException(CLIENT_ID_REUSED);
        if (earlier) return; // already recorded: the same answer as the first time
      }
      if (current === 'withdrawn')
        throw new ConflictException(
          coded('enrolment.no_longer_active', 'enrolmentId', 'this enrolment was withdrawn: the lesson was not saved'),
        );
      if (current !== 'enrolled')
        throw new ConflictException(
          coded(
            'enrolment.lessons_need_enrolled',
            'status',
            `lessons can be completed only while enrolled (this enrolment is ${current})`,
            { status: current },
          ),
        );
      if (!(await lessonIsInCourse(manager, lessonId, view.courseId)))
        throw new BadRequestException(
          coded('enrolment.lesson_not_in_course', 'lessonId', 'not a lesson of this course'),
        );
      try {
        await insertLessonCompletion(manager, id, lessonId, clientId);
      } catch (error) {
        // The same id sent at once for another enrolment (whose row lock is another): the unique index decides.
        if (isPgError(error, PG.UNIQUE_VIOLATION)) throw new ConflictException(CLIENT_ID_REUSED);
        throw error;
      }
      if (await refreshProgress(manager, id)) await announceCompletion(manager, this.outbox, id);
    });
    this.outbox.relaySoon();
    return this.progress(user, id);
  }

  async grade(user: AuthUser, id: string, body: GradeDto): Promise<EnrolmentResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const view = await this.view(user, id, manager);
      CohortsPolicy.assertCanGrade(user, view);
      if (view.deliveryMode === 'online')
        throw new BadRequestException(
          coded(
            'enrolment.online_graded_by_lessons',
            'passed',
            'online enrolments complete through lessons and the assessment',
          ),
        );
      if (!['running', 'completed'].includes(view.cohortStatus))
        throw new ConflictException(
          coded(
            'enrolment.grade_before_running',
            'status',
            `grades are given once the cohort runs (it is ${view.cohortStatus})`,
            {
              status: view.cohortStatus,
            },
          ),
        );
      const current = await lockEnrolmentStatus(manager, id);
      if (!GRADABLE_ENROLMENT_STATUSES.includes(current))
        throw new ConflictException(
          coded('enrolment.cannot_grade', 'status', `a ${current} enrolment cannot be graded`, { status: current }),
        );
      // The old per-run "attended" flag marks the sessions nobody has marked yet; the sheet's marks stand.
      if (body.attended !== undefined)
        await fillUnmarkedAttendance(manager, id, body.attended ? 'present' : 'absent', user.id, this.clock.now());
      const attendance = (await attendanceOfEnrolment(manager, id))!;
      const attendanceMet = attendance.percent >= attendance.min_attendance_percent;
      const status = attendanceMet && body.passed ? 'completed' : 'failed';
      const certified = await holderIsCertifiedForCourse(manager, view.officerId, view.courseId);
      if (view.status === 'completed' && status !== 'completed' && certified) {
        throw new ConflictException(
          coded(
            'enrolment.result_certified',
            'passed',
            'the officer was certified on this result; ask an admin to revoke the certification first',
          ),
        );
      }
      await gradeEnrolment(manager, id, status);
      await this.audit.record(manager, user, {
        action: 'enrolment.grade',
        entityType: 'enrolment',
        entityId: id,
        details: {
          ...body,
          attendancePercent: attendance.percent,
          minAttendancePercent: attendance.min_attendance_percent,
        },
      });
      if (status === 'completed') await announceCompletion(manager, this.outbox, id);
      return toEnrolmentResponse(await this.view(user, id, manager));
    }).finally(() => this.outbox.relaySoon());
  }
}
