import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CohortsPolicy } from './cohorts.policy';
import { EnrolmentListQueryDto, EnrolmentResponseDto, GradeDto, ProgressDto } from './dtos/cohort.dto';
import { EnrolmentView, findEnrolmentViews, toEnrolmentResponse } from './enrolment-views';
import { announceCompletion, refreshProgress } from './usecases/complete-enrolment';
import { OutboxService } from '../../core/outbox/outbox.service';
import { EnrolOfficerUseCase } from './usecases/enrol-officer.usecase';
import { lockCohort, promoteFromWaitlist, releaseSeatAndPromote, takeSeat } from './usecases/seats';

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrol: EnrolOfficerUseCase,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** An enrolment the caller may see, or 404. */
  async view(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<EnrolmentView> {
    const [view] = await findEnrolmentViews(manager, 'e.id = $1', [id]);
    if (!view) throw new NotFoundException('id: no such enrolment');
    CohortsPolicy.assertCanReadEnrolment(user, view);
    return view;
  }

  async get(user: AuthUser, id: string): Promise<EnrolmentResponseDto> {
    return toEnrolmentResponse(await this.view(user, id));
  }

  /** Officers see their own; coordinators their unit's; trainers their cohorts'; admins all. */
  async list(user: AuthUser, query: EnrolmentListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where();
    if (user.role === 'officer') where.add('e.officer_id = ?', user.id);
    else if (user.role === 'coordinator') where.add('u.police_unit_id = ?', user.policeUnitId);
    else if (user.role === 'trainer') where.add('co.trainer_id = ?', user.id);
    else if (user.role !== 'admin') where.raw('false');
    if (query.status) where.add('e.status = ?', query.status);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id ${where}`,
      where.params,
    );
    const views = await findEnrolmentViews(
      this.db.manager,
      where.conditionsSql,
      where.params,
      `ORDER BY co.starts_at DESC, e.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    return { items: views.map(toEnrolmentResponse), total, page, pageSize };
  }

  /** An officer (or coordinator) enrols themself. */
  async selfEnrol(user: AuthUser, cohortId: string): Promise<{ enrolment: EnrolmentResponseDto; created: boolean }> {
    // The cohort lock is held only for the enrolment itself; the response is read after commit.
    const result = await this.db.transaction((manager) =>
      this.enrol.execute(manager, { cohortId, officerId: user.id, nominatedById: null }),
    );
    return { enrolment: toEnrolmentResponse(await this.view(user, result.enrolmentId)), created: result.created };
  }

  /** A coordinator nominates officers of their own unit (an admin, anyone); all or nothing. */
  async nominate(user: AuthUser, cohortId: string, officerIds: string[]): Promise<EnrolmentResponseDto[]> {
    const ids = await this.db.transaction(async (manager) => {
      const officers: { id: string; police_unit_id: string | null }[] = await manager.query(
        `SELECT id, police_unit_id FROM app_user WHERE id = ANY($1)`,
        [officerIds],
      );
      const missing = officerIds.filter((id) => !officers.some((o) => o.id === id));
      if (missing.length) throw new BadRequestException(`officerIds: no such officer ${missing[0]}`);
      CohortsPolicy.assertCanNominate(
        user,
        officers.map((o) => o.police_unit_id),
      );
      const enrolmentIds: string[] = [];
      for (const officerId of officerIds) {
        enrolmentIds.push(
          (await this.enrol.execute(manager, { cohortId, officerId, nominatedById: user.id })).enrolmentId,
        );
      }
      await this.audit.record(manager, user, {
        action: 'cohort.nominate',
        entityType: 'cohort',
        entityId: cohortId,
        details: { officerIds, enrolmentIds },
      });
      return enrolmentIds;
    });
    const views = await findEnrolmentViews(this.db.manager, 'e.id = ANY($1)', [ids]);
    return ids.map((id) => toEnrolmentResponse(views.find((v) => v.id === id)!));
  }

  async withdraw(user: AuthUser, id: string): Promise<EnrolmentResponseDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.view(user, id, manager);
      CohortsPolicy.assertCanWithdraw(user, before);
      const cohort = await lockCohort(manager, before.cohortId);
      const [current] = await manager.query(`SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`, [id]);
      if (!['pending_approval', 'enrolled', 'waitlisted'].includes(current.status)) {
        throw new ConflictException(`status: a ${current.status} enrolment cannot be withdrawn`);
      }
      await manager.query(`UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [id]);
      if (current.status === 'enrolled') await releaseSeatAndPromote(manager, cohort, this.notifications);
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

  async approve(user: AuthUser, id: string): Promise<EnrolmentResponseDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.view(user, id, manager);
      CohortsPolicy.assertCanApprove(user, before);
      const cohort = await lockCohort(manager, before.cohortId);
      const [current] = await manager.query(`SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`, [id]);
      if (current.status !== 'pending_approval')
        throw new ConflictException(`status: only pending enrolments can be approved (this one is ${current.status})`);
      const status = (await takeSeat(manager, cohort.id)) ? 'enrolled' : 'waitlisted';
      // The waitlist place counts from approval, not from the request.
      await manager.query(
        `UPDATE enrolment SET status = $2, queue_number = nextval('enrolment_queue_number_seq'), updated_at = now() WHERE id = $1`,
        [id, status],
      );
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
    const rows: { lesson_id: string }[] = await this.db.query(
      `SELECT lesson_id FROM lesson_completion WHERE enrolment_id = $1 ORDER BY completed_at`,
      [id],
    );
    return { completedLessonIds: rows.map((r) => r.lesson_id), enrolment: toEnrolmentResponse(view) };
  }

  async completeLesson(user: AuthUser, id: string, lessonId: string): Promise<ProgressDto> {
    await this.db.transaction(async (manager) => {
      const view = await this.view(user, id, manager);
      CohortsPolicy.assertIsLearner(user, view);
      const [current] = await manager.query(`SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`, [id]);
      if (current.status !== 'enrolled')
        throw new ConflictException(
          `status: lessons can be completed only while enrolled (this enrolment is ${current.status})`,
        );
      const inCourse = await manager.query(
        `SELECT 1 FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE l.id = $1 AND m.course_id = $2`,
        [lessonId, view.courseId],
      );
      if (inCourse.length === 0) throw new BadRequestException('lessonId: not a lesson of this course');
      await manager.query(
        `INSERT INTO lesson_completion (enrolment_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, lessonId],
      );
      if (await refreshProgress(manager, id)) await announceCompletion(manager, this.outbox, id);
    });
    this.outbox.relaySoon();
    return this.progress(user, id);
  }

  async grade(user: AuthUser, id: string, body: GradeDto): Promise<EnrolmentResponseDto> {
    return this.db
      .transaction(async (manager) => {
        const view = await this.view(user, id, manager);
        CohortsPolicy.assertCanGrade(user, view);
        if (view.deliveryMode === 'online')
          throw new BadRequestException('passed: online enrolments complete through lessons and the assessment');
        if (!['running', 'completed'].includes(view.cohortStatus))
          throw new ConflictException(`status: grades are given once the cohort runs (it is ${view.cohortStatus})`);
        const certified = await manager.query(
          `SELECT 1 FROM certification c JOIN certification_programme p ON p.id = c.programme_id WHERE c.holder_id = $1 AND c.status <> 'revoked' AND $2 = ANY(p.course_ids) LIMIT 1`,
          [view.officerId, view.courseId],
        );
        if (view.status === 'completed' && !(body.attended && body.passed) && certified.length) {
          throw new ConflictException(
            'passed: the officer was certified on this result; ask an admin to revoke the certification first',
          );
        }
        const [current] = await manager.query(`SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`, [id]);
        if (!['enrolled', 'completed', 'failed'].includes(current.status))
          throw new ConflictException(`status: a ${current.status} enrolment cannot be graded`);
        const status = body.attended && body.passed ? 'completed' : 'failed';
        await manager.query(
          `UPDATE enrolment SET attended = $2, status = $3::enrolment_status,
                completed_at = CASE WHEN $3::text = 'completed' THEN coalesce(completed_at, now()) ELSE NULL END, updated_at = now() WHERE id = $1`,
          [id, body.attended, status],
        );
        await this.audit.record(manager, user, {
          action: 'enrolment.grade',
          entityType: 'enrolment',
          entityId: id,
          details: { ...body },
        });
        if (status === 'completed') await announceCompletion(manager, this.outbox, id);
        return toEnrolmentResponse(await this.view(user, id, manager));
      })
      .finally(() => this.outbox.relaySoon());
  }

  /** Used when a cohort's capacity grows. */
  promote(manager: EntityManager, cohortId: string) {
    return lockCohort(manager, cohortId).then((cohort) => promoteFromWaitlist(manager, cohort, this.notifications));
  }
}
