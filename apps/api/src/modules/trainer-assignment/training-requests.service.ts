import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { updateReturning } from '../../core/database/sql';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';
import { AuditService } from '../audit/audit.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  AssignmentResponseDto,
  TrainingRequestCreateDto,
  TrainingRequestListQueryDto,
  TrainingRequestResponseDto,
} from './dtos/training-request.dto';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import type { MatchRound } from './training-request.entity';

export const ASSIGNMENT_SELECT = `
  SELECT a.id, a.training_request_id, a.trainer_id, t.display_name AS trainer_name, t.member_firm_id, a.status, lower(a.period) AS starts_at,
         upper(a.period) AS ends_at, c.title AS course_title, u.name AS police_unit_name, u.country_code, r.delivery_mode, r.language,
         a.rank, a.proposed_at, a.expires_at, a.decline_reason
    FROM assignment a JOIN app_user t ON t.id = a.trainer_id JOIN training_request r ON r.id = a.training_request_id
    JOIN course c ON c.id = r.course_id JOIN police_unit u ON u.id = r.police_unit_id`;

export function toAssignmentResponse(r: Record<string, never>): AssignmentResponseDto {
  const d = (v: unknown) => (v as Date).toISOString();
  return {
    id: r.id,
    trainingRequestId: r.training_request_id,
    trainerId: r.trainer_id,
    trainerName: r.trainer_name,
    memberFirmId: r.member_firm_id,
    status: r.status,
    startsAt: d(r.starts_at),
    endsAt: d(r.ends_at),
    courseTitle: r.course_title,
    policeUnitName: r.police_unit_name,
    countryCode: r.country_code,
    deliveryMode: r.delivery_mode,
    language: r.language,
    rank: r.rank,
    proposedAt: d(r.proposed_at),
    expiresAt: d(r.expires_at),
    declineReason: r.decline_reason,
  };
}

const REQUEST_SELECT = `
  SELECT r.*, lower(r.period) AS starts_at, upper(r.period) AS ends_at, u.name AS police_unit_name, u.country_code, c.title AS course_title
    FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN course c ON c.id = r.course_id`;

@Injectable()
export class TrainingRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cohorts: CohortsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The request row and its outbox message commit together; the relay enqueues after commit. */
  async raise(user: AuthUser, body: TrainingRequestCreateDto): Promise<TrainingRequestResponseDto> {
    const policeUnitId = user.role === 'admin' ? body.policeUnitId : user.policeUnitId;
    if (!policeUnitId) throw new BadRequestException('policeUnitId: is required');
    if (user.role !== 'admin' && body.policeUnitId && body.policeUnitId !== user.policeUnitId)
      TrainerAssignmentPolicy.assertCanRaiseFor(user, body.policeUnitId);
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw new BadRequestException('endsAt: must be after startsAt');
    if (startsAt <= this.clock.now()) throw new BadRequestException('startsAt: must be in the future');
    const id = await this.db.transaction(async (manager) => {
      const [course] = await manager.query(`SELECT languages, status FROM course WHERE id = $1`, [body.courseId]);
      if (!course || course.status !== 'published') throw new BadRequestException('courseId: no such published course');
      if (!course.languages.includes(body.language))
        throw new BadRequestException(`language: the course is taught in ${course.languages.join(', ')}`);
      if (!(await manager.query(`SELECT 1 FROM police_unit WHERE id = $1`, [policeUnitId])).length)
        throw new BadRequestException('policeUnitId: no such police unit');
      const [row] = await manager.query(
        `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, requested_by_id)
         VALUES ($1, $2, $3, tstzrange($4, $5, '[)'), $6, $7, $8) RETURNING id, round`,
        [policeUnitId, body.courseId, body.language, startsAt, endsAt, body.deliveryMode, body.seats, user.id],
      );
      await this.outbox.write(
        manager,
        JobName.MatchTrainingRequest,
        { requestId: row.id, round: row.round },
        JOB_IDS.match(row.id, row.round),
      );
      await this.audit.record(manager, user, {
        action: 'training_request.create',
        entityType: 'training_request',
        entityId: row.id,
        details: { ...body, policeUnitId },
      });
      return row.id as string;
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  async list(user: AuthUser, query: TrainingRequestListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where();
    if (user.role === 'coordinator') where.add('r.police_unit_id = ?', user.policeUnitId);
    else if (user.role !== 'admin') where.raw('false');
    if (query.status) where.add('r.status = ?', query.status);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM training_request r ${where}`,
      where.params,
    );
    const rows = await this.db.query(
      `${REQUEST_SELECT} ${where} ORDER BY r.created_at DESC, r.id LIMIT ${pageSize} OFFSET ${skip}`,
      where.params,
    );
    // One query for the assignments of the whole page, not one per request.
    const assignments: Record<string, never>[] = rows.length
      ? await this.db.query(`${ASSIGNMENT_SELECT} WHERE a.training_request_id = ANY($1) ORDER BY a.proposed_at DESC`, [
          rows.map((r: { id: string }) => r.id),
        ])
      : [];
    const items = rows.map((r: Record<string, never>) =>
      this.present(
        user,
        r,
        assignments.filter((a) => a.training_request_id === r.id),
      ),
    );
    return { items, total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainingRequestResponseDto> {
    const [row] = await manager.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw new NotFoundException('id: no such training request');
    const people: { trainer_id: string; member_firm_id: string }[] = await manager.query(
      `SELECT a.trainer_id, t.member_firm_id FROM assignment a JOIN app_user t ON t.id = a.trainer_id WHERE a.training_request_id = $1`,
      [id],
    );
    TrainerAssignmentPolicy.assertCanReadRequest(
      user,
      { policeUnitId: row.police_unit_id },
      people.map((p) => p.trainer_id),
      people.map((p) => p.member_firm_id),
    );
    return this.present(
      user,
      row,
      await manager.query(`${ASSIGNMENT_SELECT} WHERE a.training_request_id = $1 ORDER BY a.proposed_at DESC`, [id]),
    );
  }

  async cancel(user: AuthUser, id: string): Promise<TrainingRequestResponseDto> {
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT police_unit_id, status, cohort_id FROM training_request WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundException('id: no such training request');
      TrainerAssignmentPolicy.assertCanCancel(user, { policeUnitId: row.police_unit_id });
      if (row.status === 'cancelled') throw new ConflictException('status: the request is already cancelled');
      await manager.query(`UPDATE training_request SET status = 'cancelled', updated_at = now() WHERE id = $1`, [id]);
      const affected = await updateReturning<{ trainer_id: string }>(
        manager,
        `UPDATE assignment SET status = 'cancelled', answered_at = coalesce(answered_at, now()) WHERE training_request_id = $1 AND status IN ('proposed', 'accepted') RETURNING trainer_id`,
        [id],
      );
      if (row.cohort_id) await this.cohorts.cancelInTransaction(manager, row.cohort_id);
      await this.notifications.notify(
        manager,
        affected.map((a) => a.trainer_id),
        'training_request.cancelled',
        { trainingRequestId: id },
      );
      await this.audit.record(manager, user, {
        action: 'training_request.cancel',
        entityType: 'training_request',
        entityId: id,
      });
    });
    return this.get(user, id);
  }

  /**
   * Admins: cancel the live proposal or assignment (if any) and propose this trainer directly. The
   * exclusion constraint still applies: a trainer booked over the period is refused with 409.
   */
  async reassign(user: AuthUser, id: string, trainerId: string): Promise<TrainingRequestResponseDto> {
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT r.status, r.period, r.round, r.cohort_id, c.title FROM training_request r JOIN course c ON c.id = r.course_id WHERE r.id = $1 FOR UPDATE OF r`,
        [id],
      );
      if (!row) throw new NotFoundException('id: no such training request');
      if (row.status === 'cancelled') throw new ConflictException('status: the request is cancelled');
      const [trainer] = await manager.query(
        `SELECT 1 FROM trainer_profile p JOIN app_user t ON t.id = p.user_id WHERE p.user_id = $1 AND t.role = 'trainer' AND t.disabled_at IS NULL`,
        [trainerId],
      );
      if (!trainer) throw new BadRequestException('trainerId: no such trainer');
      await manager.query(
        `UPDATE assignment SET status = 'cancelled', answered_at = now() WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
        [id],
      );
      if (row.cohort_id) await this.cohorts.cancelInTransaction(manager, row.cohort_id);
      const now = this.clock.now();
      let assignmentId: string;
      try {
        await manager.query('SAVEPOINT reassign');
        [{ id: assignmentId }] = await manager.query(
          `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
           VALUES ($1, $2, $3, 'proposed', 1, $4, $5, $6) RETURNING id`,
          [id, trainerId, row.period, row.round, now, new Date(now.getTime() + this.config.proposalTtlSeconds * 1000)],
        );
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23P01')
          throw new ConflictException('trainerId: the trainer is already booked over this period');
        throw error;
      }
      await manager.query(
        `UPDATE training_request SET status = 'proposed', cohort_id = NULL, assigned_at = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.notifications.notify(manager, [trainerId], 'assignment.proposed', {
        courseTitle: row.title,
        assignmentId,
        trainingRequestId: id,
      });
      await this.outbox.write(manager, JobName.ExpireProposal, { assignmentId }, JOB_IDS.expire(assignmentId), {
        delayMs: this.config.proposalTtlSeconds * 1000,
      });
      await this.audit.record(manager, user, {
        action: 'training_request.reassign',
        entityType: 'training_request',
        entityId: id,
        details: { trainerId },
      });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  private present(
    user: AuthUser,
    r: Record<string, never>,
    assignments: Record<string, never>[],
  ): TrainingRequestResponseDto {
    // Admins see the whole history; a coordinator the live or accepted trainer only (no ranks, no
    // other trainers' reasons); trainers and member admins their own.
    const visible = assignments
      .map(toAssignmentResponse)
      .filter((a) =>
        user.role === 'admin'
          ? true
          : user.role === 'coordinator'
            ? ['proposed', 'accepted', 'completed'].includes(a.status)
            : a.trainerId === user.id || (user.role === 'member_admin' && a.memberFirmId === user.memberFirmId),
      )
      .map((a) => (user.role === 'admin' || a.trainerId === user.id ? a : { ...a, rank: 0, declineReason: null }));
    return {
      id: r.id,
      policeUnitId: r.police_unit_id,
      policeUnitName: r.police_unit_name,
      countryCode: r.country_code,
      courseId: r.course_id,
      courseTitle: r.course_title,
      language: r.language,
      startsAt: (r.starts_at as Date).toISOString(),
      endsAt: (r.ends_at as Date).toISOString(),
      deliveryMode: r.delivery_mode,
      seats: r.seats,
      status: r.status,
      round: r.round,
      cohortId: r.cohort_id,
      createdAt: (r.created_at as Date).toISOString(),
      assignments: visible,
      matchRounds: TrainerAssignmentPolicy.canSeeRanking(user) ? (r.match_rounds as MatchRound[]) : [],
    };
  }
}
