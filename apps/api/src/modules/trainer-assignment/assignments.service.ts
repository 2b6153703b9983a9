import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AssignmentListQueryDto, AssignmentResponseDto } from './dtos/training-request.dto';
import { reopenRequest } from './reopen-request';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import { ASSIGNMENT_SELECT, toAssignmentResponse } from './training-requests.service';

interface LockedAssignment {
  id: string;
  trainer_id: string;
  status: string;
  expires_at: Date;
  starts_at: Date;
  training_request_id: string;
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cohorts: CohortsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Trainers: their own; member admins: their firm's; admins: all. */
  async list(user: AuthUser, query: AssignmentListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where();
    if (user.role === 'trainer') where.add('a.trainer_id = ?', user.id);
    else if (user.role === 'member_admin') where.add('t.member_firm_id = ?', user.memberFirmId);
    else if (user.role !== 'admin') where.raw('false');
    if (query.status) where.add('a.status = ?', query.status);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM assignment a JOIN app_user t ON t.id = a.trainer_id ${where}`,
      where.params,
    );
    const rows = await this.db.query(
      `${ASSIGNMENT_SELECT} ${where} ORDER BY a.proposed_at DESC, a.id LIMIT ${pageSize} OFFSET ${skip}`,
      where.params,
    );
    return { items: rows.map(toAssignmentResponse), total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<AssignmentResponseDto> {
    const [row] = await manager.query(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [id]);
    if (!row) throw new NotFoundException('id: no such assignment');
    const ok =
      user.role === 'admin' ||
      row.trainer_id === user.id ||
      (user.role === 'member_admin' && row.member_firm_id === user.memberFirmId);
    if (!ok) throw new NotFoundException('id: no such assignment');
    return toAssignmentResponse(row);
  }

  /** Accepting books the trainer and schedules an open cohort for the unit with them. */
  async accept(user: AuthUser, id: string): Promise<AssignmentResponseDto> {
    await this.db.transaction(async (manager) => {
      const a = await this.lock(manager, id);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: a.trainer_id });
      this.assertAnswerable(a);
      const [request] = await manager.query(
        `SELECT r.id, r.course_id, r.language, r.delivery_mode, r.seats, r.period, r.police_unit_id, r.requested_by_id, u.country_code, u.city, c.title
           FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN course c ON c.id = r.course_id WHERE r.id = $1 FOR UPDATE OF r`,
        [a.training_request_id],
      );
      const online = request.delivery_mode === 'online';
      const [cohort] = await manager.query(
        `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, trainer_id, police_unit_id, status)
         VALUES ($1, lower($2::tstzrange), upper($2::tstzrange), $3, $4, $5, $6, $7, $8, $9, 'open') RETURNING id`,
        [
          request.course_id,
          request.period,
          request.delivery_mode,
          request.language,
          online ? null : request.country_code,
          online ? null : request.city,
          request.seats,
          a.trainer_id,
          request.police_unit_id,
        ],
      );
      await manager.query(`UPDATE assignment SET status = 'accepted', answered_at = now() WHERE id = $1`, [id]);
      await manager.query(
        `UPDATE training_request SET status = 'assigned', cohort_id = $2, assigned_at = now(), updated_at = now() WHERE id = $1`,
        [request.id, cohort.id],
      );
      const coordinators: { id: string }[] = await manager.query(
        `SELECT id FROM app_user WHERE police_unit_id = $1 AND role = 'coordinator' AND disabled_at IS NULL`,
        [request.police_unit_id],
      );
      const recipients = [
        ...new Set([...coordinators.map((c) => c.id), ...(request.requested_by_id ? [request.requested_by_id] : [])]),
      ];
      await this.notifications.notify(manager, recipients, 'training_request.assigned', {
        courseTitle: request.title,
        trainingRequestId: request.id,
        cohortId: cohort.id,
      });
      await this.audit.record(manager, user, {
        action: 'assignment.accept',
        entityType: 'assignment',
        entityId: id,
        details: { cohortId: cohort.id },
      });
    });
    return this.get(user, id);
  }

  /** Declining sends the request back to the matcher, which skips this trainer. */
  async decline(user: AuthUser, id: string, reason: string): Promise<AssignmentResponseDto> {
    await this.db.transaction(async (manager) => {
      const a = await this.lock(manager, id);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: a.trainer_id });
      this.assertAnswerable(a);
      await manager.query(
        `UPDATE assignment SET status = 'declined', answered_at = now(), decline_reason = $2 WHERE id = $1`,
        [id, reason],
      );
      await reopenRequest(manager, this.outbox, a.training_request_id);
      await this.audit.record(manager, user, {
        action: 'assignment.decline',
        entityType: 'assignment',
        entityId: id,
        details: { reason },
      });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /** A trainer may withdraw from an accepted assignment until the deadline; the request re-opens. */
  async withdraw(user: AuthUser, id: string): Promise<AssignmentResponseDto> {
    await this.db.transaction(async (manager) => {
      const a = await this.lock(manager, id);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: a.trainer_id });
      if (a.status !== 'accepted')
        throw new ConflictException(`status: only an accepted assignment can be withdrawn (this one is ${a.status})`);
      const deadline = new Date(a.starts_at.getTime() - this.config.withdrawDeadlineDays * 86400_000);
      if (this.clock.now() > deadline)
        throw new ConflictException(
          `status: withdrawal closed on ${deadline.toISOString()} (${this.config.withdrawDeadlineDays} days before the start)`,
        );
      await manager.query(`UPDATE assignment SET status = 'cancelled', answered_at = now() WHERE id = $1`, [id]);
      const [request] = await manager.query(`SELECT cohort_id FROM training_request WHERE id = $1`, [
        a.training_request_id,
      ]);
      if (request.cohort_id) await this.cohorts.cancelInTransaction(manager, request.cohort_id);
      await reopenRequest(manager, this.outbox, a.training_request_id);
      const admins: { id: string }[] = await manager.query(
        `SELECT id FROM app_user WHERE role = 'admin' AND disabled_at IS NULL`,
      );
      await this.notifications.notify(
        manager,
        admins.map((x) => x.id),
        'assignment.withdrawn',
        { assignmentId: id, trainingRequestId: a.training_request_id },
      );
      await this.audit.record(manager, user, { action: 'assignment.withdraw', entityType: 'assignment', entityId: id });
    });
    this.outbox.relaySoon();
    return this.get(user, id);
  }

  /** The delayed job (or the reconciler) lapses a proposal nobody answered in time. */
  async expire(assignmentId: string): Promise<boolean> {
    const expired = await this.db.transaction(async (manager) => {
      const a = await this.lock(manager, assignmentId).catch(() => null);
      if (!a || a.status !== 'proposed' || a.expires_at > this.clock.now()) return false;
      await manager.query(`UPDATE assignment SET status = 'expired', answered_at = now() WHERE id = $1`, [
        assignmentId,
      ]);
      await reopenRequest(manager, this.outbox, a.training_request_id);
      return true;
    });
    if (expired) this.outbox.relaySoon();
    return expired;
  }

  /**
   * Locks the request, then the assignment: the same order as the matcher and the request's own
   * actions (cancel, reassign), so concurrent answers and cancellations never deadlock.
   */
  private async lock(manager: EntityManager, id: string): Promise<LockedAssignment> {
    const [ref] = await manager.query(`SELECT training_request_id FROM assignment WHERE id = $1`, [id]);
    if (!ref) throw new NotFoundException('id: no such assignment');
    await manager.query(`SELECT 1 FROM training_request WHERE id = $1 FOR UPDATE`, [ref.training_request_id]);
    const [a] = await manager.query(
      `SELECT id, trainer_id, status, expires_at, lower(period) AS starts_at, training_request_id FROM assignment WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!a) throw new NotFoundException('id: no such assignment');
    return a;
  }

  private assertAnswerable(a: LockedAssignment) {
    if (a.status !== 'proposed') throw new ConflictException(`status: this proposal is ${a.status}`);
    if (a.expires_at <= this.clock.now()) throw new ConflictException('status: this proposal has lapsed');
  }
}
