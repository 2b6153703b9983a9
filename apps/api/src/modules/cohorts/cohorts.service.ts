import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canMoveCohort, type CohortStatus, type DeliveryMode } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CohortsPolicy } from './cohorts.policy';
import { insertCohort } from './cohorts.queries';
import { CohortCreateDto, CohortListQueryDto, CohortResponseDto, CohortUpdateDto, RosterDto } from './dtos/cohort.dto';
import { findEnrolmentViews, toEnrolmentResponse } from './enrolment-views';
import { cancelCohort, lockCohort, promoteFromWaitlist } from './usecases/seats';

const COHORT_SELECT = `
  SELECT co.*, c.code AS course_code, c.title AS course_title, t.display_name AS trainer_name,
         (SELECT count(*)::int FROM enrolment w WHERE w.cohort_id = co.id AND w.status = 'waitlisted') AS waitlisted
    FROM cohort co JOIN course c ON c.id = co.course_id LEFT JOIN app_user t ON t.id = co.trainer_id`;

interface CohortRow {
  id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  delivery_mode: CohortResponseDto['deliveryMode'];
  language: string;
  country_code: string | null;
  city: string | null;
  capacity: number;
  seats_taken: number;
  waitlisted: number;
  trainer_id: string | null;
  trainer_name: string | null;
  police_unit_id: string | null;
  requires_approval: boolean;
  status: CohortStatus;
}

function toCohortResponse(r: CohortRow): CohortResponseDto {
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
    trainerName: r.trainer_name,
    policeUnitId: r.police_unit_id,
    requiresApproval: r.requires_approval,
    status: r.status,
  };
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Cohorts of published courses; admins also see drafts' cohorts. */
  async list(user: AuthUser, query: CohortListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where();
    if (user.role !== 'admin') where.raw(`c.status = 'published'`);
    // A cohort scheduled for one unit is that unit's (and its trainer's) business.
    if (user.role === 'officer' || user.role === 'coordinator')
      where.add('(co.police_unit_id IS NULL OR co.police_unit_id = ?)', user.policeUnitId);
    if (query.courseId) where.add('co.course_id = ?', query.courseId);
    if (query.status) where.add('co.status = ?', query.status);
    if (query.upcoming === 'true') where.add('co.ends_at > ?', this.clock.now());
    if (query.mine === 'true') where.add('co.trainer_id = ?', user.id);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM cohort co JOIN course c ON c.id = co.course_id ${where}`,
      where.params,
    );
    const rows: CohortRow[] = await this.db.query(
      `${COHORT_SELECT} ${where} ORDER BY co.starts_at, co.id LIMIT ${pageSize} OFFSET ${skip}`,
      where.params,
    );
    return { items: rows.map(toCohortResponse), total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<CohortResponseDto> {
    const [row]: CohortRow[] = await manager.query(
      `${COHORT_SELECT} WHERE co.id = $1 ${user.role === 'admin' ? '' : `AND c.status = 'published'`}`,
      [id],
    );
    const otherUnit =
      (user.role === 'officer' || user.role === 'coordinator') &&
      row?.police_unit_id &&
      row.police_unit_id !== user.policeUnitId;
    if (!row || otherUnit) throw new NotFoundException('id: no such cohort');
    return toCohortResponse(row);
  }

  async create(actor: AuthUser, body: CohortCreateDto): Promise<CohortResponseDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw new BadRequestException('endsAt: must be after startsAt');
    if (body.deliveryMode !== 'online' && (!body.countryCode || !body.city)) {
      throw new BadRequestException(
        `${body.countryCode ? 'city' : 'countryCode'}: is required for ${body.deliveryMode} cohorts`,
      );
    }
    return this.db.transaction(async (manager) => {
      const [course] = await manager.query(`SELECT languages FROM course WHERE id = $1`, [body.courseId]);
      if (!course) throw new BadRequestException('courseId: no such course');
      if (!course.languages.includes(body.language))
        throw new BadRequestException(`language: the course is taught in ${course.languages.join(', ')}`);
      if (
        body.countryCode &&
        !(await manager.query(`SELECT 1 FROM country WHERE code = $1`, [body.countryCode])).length
      ) {
        throw new BadRequestException('countryCode: no such country');
      }
      if (body.trainerId) await this.assertTrainer(manager, body.trainerId);
      if (
        body.policeUnitId &&
        !(await manager.query(`SELECT 1 FROM police_unit WHERE id = $1`, [body.policeUnitId])).length
      ) {
        throw new BadRequestException('policeUnitId: no such police unit');
      }
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
      });
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
    return this.db.transaction(async (manager) => {
      const cohort = await lockCohort(manager, id, 'id');
      if (cohort.status === 'completed' || cohort.status === 'cancelled')
        throw new ConflictException(`status: a ${cohort.status} cohort cannot be changed`);
      const [current] = await manager.query(`SELECT starts_at, ends_at, delivery_mode FROM cohort WHERE id = $1`, [id]);
      const startsAt = body.startsAt ? new Date(body.startsAt) : current.starts_at;
      const endsAt = body.endsAt ? new Date(body.endsAt) : current.ends_at;
      if (endsAt <= startsAt) throw new BadRequestException('endsAt: must be after startsAt');
      if (body.capacity !== undefined && body.capacity < cohort.seats_taken) {
        throw new BadRequestException(
          `capacity: ${cohort.seats_taken} seats are taken; withdraw officers before lowering it`,
        );
      }
      if (body.city !== undefined && current.delivery_mode === 'online')
        throw new BadRequestException('city: online cohorts have no city');
      if (body.trainerId) await this.assertTrainer(manager, body.trainerId);
      await manager.query(
        `UPDATE cohort SET starts_at = $2, ends_at = $3, capacity = coalesce($4, capacity), trainer_id = coalesce($5, trainer_id),
                city = coalesce($6, city), requires_approval = coalesce($7, requires_approval), updated_at = now() WHERE id = $1`,
        [
          id,
          startsAt,
          endsAt,
          body.capacity ?? null,
          body.trainerId ?? null,
          body.city ?? null,
          body.requiresApproval ?? null,
        ],
      );
      if (body.capacity !== undefined && body.capacity > cohort.capacity)
        await promoteFromWaitlist(manager, cohort, this.notifications);
      if (body.startsAt || body.endsAt || body.city) {
        const officers: { officer_id: string }[] = await manager.query(
          `SELECT officer_id FROM enrolment WHERE cohort_id = $1 AND status IN ('pending_approval', 'enrolled', 'waitlisted')`,
          [id],
        );
        await this.notifications.notify(
          manager,
          officers.map((o) => o.officer_id),
          'cohort.changed',
          { courseTitle: cohort.course_title, cohortId: id, startsAt: startsAt.toISOString() },
        );
      }
      await this.audit.record(manager, actor, {
        action: 'cohort.update',
        entityType: 'cohort',
        entityId: id,
        details: { ...body },
      });
      return this.get(actor, id, manager);
    });
  }

  /** Moves a cohort along its life; cancelling withdraws and notifies everyone enrolled or waiting. */
  async transition(actor: AuthUser, id: string, to: CohortStatus): Promise<CohortResponseDto> {
    return this.db.transaction(async (manager) => {
      const cohort = await lockCohort(manager, id, 'id');
      if (!canMoveCohort(cohort.status, to))
        throw new ConflictException(`status: a ${cohort.status} cohort cannot become ${to}`);
      if (to === 'open') {
        const [course] = await manager.query(`SELECT status FROM course WHERE id = $1`, [cohort.course_id]);
        if (course.status !== 'published')
          throw new ConflictException('status: publish the course before opening a cohort');
      }
      if (to === 'cancelled') await cancelCohort(manager, cohort, this.notifications);
      else await manager.query(`UPDATE cohort SET status = $2, updated_at = now() WHERE id = $1`, [id, to]);
      await this.audit.record(manager, actor, {
        action: 'cohort.transition',
        entityType: 'cohort',
        entityId: id,
        details: { from: cohort.status, to },
      });
      return this.get(actor, id, manager);
    });
  }

  /**
   * Schedules the open cohort an accepted training request books (trainer-assignment calls this in its
   * transaction): no approval step, since the unit asked for it; online cohorts have no place.
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
    },
  ): Promise<string> {
    const online = input.deliveryMode === 'online';
    return insertCohort(manager, {
      ...input,
      countryCode: online ? null : input.countryCode,
      city: online ? null : input.city,
      requiresApproval: false,
      status: 'open',
    });
  }

  /** Cancels a cohort whose training request went away, in the caller's transaction. */
  async cancelInTransaction(manager: EntityManager, cohortId: string): Promise<void> {
    await cancelCohort(manager, await lockCohort(manager, cohortId, 'cohortId'), this.notifications);
  }

  /** The trainer's (or an admin's) view of who is in the cohort. */
  async roster(user: AuthUser, id: string): Promise<RosterDto> {
    const cohort = await this.get({ ...user, role: 'admin' }, id).catch(() => {
      throw new NotFoundException('id: no such cohort');
    });
    CohortsPolicy.assertCanReadRoster(user, cohort.trainerId);
    const views = await findEnrolmentViews(
      this.db.manager,
      `e.cohort_id = $1 AND e.status <> 'withdrawn'`,
      [id],
      `ORDER BY e.status = 'waitlisted', e.queue_number`,
    );
    const scores: { enrolment_id: string; best: number }[] = await this.db.query(
      `SELECT a.enrolment_id, max(a.score)::int AS best FROM assessment_attempt a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.cohort_id = $1 GROUP BY 1`,
      [id],
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
    const [trainer] = await manager.query(`SELECT role FROM app_user WHERE id = $1 AND disabled_at IS NULL`, [
      trainerId,
    ]);
    if (!trainer || trainer.role !== 'trainer') throw new BadRequestException('trainerId: no such trainer');
  }
}
