import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { pageWindow } from '../../core/http/pagination.dto';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import { CapabilityGrantsService } from '../identity/capability-grants.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  cancelLivePartner,
  closeAssignment,
  findActiveAdminIds,
  lockAssignment,
  lockPartnerAssignment,
  lockTrainerProfiles,
} from './assignments.queries';
import {
  LocalTrainerApplicationCreateDto,
  LocalTrainerApplicationListQueryDto,
  LocalTrainerApplicationResponseDto,
} from './dtos/local-trainer.dto';
import {
  commitmentsOfLapsedTrainer,
  countApplications,
  findApplications,
  findLapsedLocalGrants,
  findQualifyingCertification,
  insertApplication,
  lockApplication,
  recordConfirmation,
  setApplicationStatus,
  upsertLocalTrainerProfile,
} from './local-trainers.queries';
import { reopenRequest } from './reopen-request';
import { retryUnfilledRequests } from './retry-unfilled';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Becoming a local trainer (DESIGN.md "local trainer"): an officer holding an active train-the-trainer
 * certification applies; their unit's coordinator and an admin confirm, in either order; the second
 * confirmation grants `local_trainer` for the programme's courses (identity) and writes their trainer
 * profile (their unit's country, the courses, languages and load limit), in one transaction. Their role
 * stays `officer`. The qualification lapses with the certification: the matcher checks it live, and
 * `sweepLapsed` (run by the reconciler) revokes the grants, cancels live proposals and tells admins.
 */
@Injectable()
export class LocalTrainersService {
  private readonly logger = new Logger('LocalTrainers');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly grants: CapabilityGrantsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  async list(user: AuthUser, query: LocalTrainerApplicationListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = TrainerAssignmentPolicy.localTrainerApplicationScope(user);
    if (query.status) where.add('la.status = ?', query.status);
    const total = await countApplications(this.db.manager, where);
    const items = await findApplications(
      this.db.manager,
      where,
      `ORDER BY la.created_at DESC, la.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    return { items, total, page, pageSize };
  }

  async get(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<LocalTrainerApplicationResponseDto> {
    const [found] = UUID.test(id)
      ? await findApplications(manager, TrainerAssignmentPolicy.localTrainerApplicationScope(user).add('la.id = ?', id))
      : [];
    if (!found) throw new NotFoundException(coded('local_trainer_application.not_found', 'id', 'no such application'));
    return found;
  }

  async apply(user: AuthUser, body: LocalTrainerApplicationCreateDto): Promise<LocalTrainerApplicationResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const cert = await findQualifyingCertification(manager, user.id, body.certificationId, this.clock.now());
      if (!cert)
        throw new ConflictException(
          coded(
            'local_trainer_application.not_certified',
            'certificationId',
            'not an active train-the-trainer certification of yours',
          ),
        );
      const id = await insertApplication(manager, {
        officerId: user.id,
        certificationId: body.certificationId,
        courseIds: cert.course_ids,
        languages: body.languages,
        loadLimitPerQuarter: body.loadLimitPerQuarter,
        trainedInCohortId: cert.trained_in_cohort_id,
      });
      if (!id)
        throw new ConflictException(
          coded('local_trainer_application.already_pending', null, 'you already have an application waiting'),
        );
      await this.audit.record(manager, user, {
        action: 'local_trainer_application.apply',
        entityType: 'local_trainer_application',
        entityId: id,
        details: { certificationId: body.certificationId },
      });
      return this.get(user, id, manager);
    });
  }

  /** One side's confirmation; the second makes the officer a local trainer. */
  async confirm(user: AuthUser, id: string): Promise<LocalTrainerApplicationResponseDto> {
    const saved = await runInTransaction(this.db, async (manager) => {
      const app = await this.lockPending(manager, user, id);
      const side = TrainerAssignmentPolicy.sideOfLocalTrainerDecision(user, { officerId: app.officer_id });
      if ((side === 'admin' ? app.admin_confirmed_at : app.coordinator_confirmed_at) !== null)
        throw new ConflictException(
          coded('local_trainer_application.already_confirmed', null, 'you have already confirmed it'),
        );
      const now = this.clock.now();
      const both = await recordConfirmation(manager, id, side, user.id, now);
      await this.audit.record(manager, user, {
        action: 'local_trainer_application.confirm',
        entityType: 'local_trainer_application',
        entityId: id,
        details: { side },
      });
      if (both.coordinator_confirmed_at && both.admin_confirmed_at) {
        // The certification must still qualify when the second word is given.
        if (!(await findQualifyingCertification(manager, app.officer_id, app.certification_id, now)))
          throw new ConflictException(
            coded(
              'local_trainer_application.not_certified',
              'certificationId',
              'the certification no longer qualifies',
            ),
          );
        await setApplicationStatus(manager, id, 'confirmed');
        await upsertLocalTrainerProfile(manager, {
          userId: app.officer_id,
          courseIds: app.course_ids,
          languages: app.languages,
          countryCode: app.country_code.trim(),
          loadLimitPerQuarter: app.load_limit_per_quarter,
          trainedInCohortId: app.trained_in_cohort_id,
          at: now,
        });
        await this.grants.grantWithin(manager, user, app.officer_id, 'local_trainer', app.course_ids);
        // A new trainer in the pool: unfilled requests they could serve go back to the matcher.
        await retryUnfilledRequests(
          manager,
          this.outbox,
          { trainerId: app.officer_id, period: null },
          'profile_widened',
          now,
        );
      }
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return saved;
  }

  async refuse(user: AuthUser, id: string, reason: string): Promise<LocalTrainerApplicationResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const app = await this.lockPending(manager, user, id);
      TrainerAssignmentPolicy.sideOfLocalTrainerDecision(user, { officerId: app.officer_id });
      await setApplicationStatus(manager, id, 'refused', { by: user.id, at: this.clock.now(), reason });
      await this.audit.record(manager, user, {
        action: 'local_trainer_application.refuse',
        entityType: 'local_trainer_application',
        entityId: id,
        details: { reason },
      });
      return this.get(user, id, manager);
    });
  }

  /**
   * Local trainers whose certification lapsed (expired or revoked): the grants it backed are revoked, their
   * live proposals for those courses cancelled (the requests go back to the matcher), the cohorts they
   * already accepted stay theirs, and admins are told (so they can reassign). One transaction per trainer,
   * locks in the module's order (requests, assignments, then the trainer's profile). The matcher never
   * waited for this: it checks the certification at query time.
   */
  async sweepLapsed(): Promise<number> {
    const now = this.clock.now();
    const lapsed = await findLapsedLocalGrants(this.db.manager, now);
    for (const trainer of lapsed) {
      await runInTransaction(this.db, async (manager) => {
        const { proposals, cohortIds } = await commitmentsOfLapsedTrainer(manager, trainer.user_id, trainer.scopes);
        const cancelled: string[] = [];
        for (const p of proposals) {
          const a = await lockAssignment(manager, p.id);
          // Their half of a co-delivery pair, accepted while the expert has not answered: no cohort yet.
          const awaitingPartner = a?.status === 'accepted' && a.co_delivery_partner_id !== null;
          if (!a || (a.status !== 'proposed' && !awaitingPartner)) continue;
          await lockTrainerProfiles(manager, [a.trainer_id]);
          // Co-delivery is both or neither: the expert proposed beside them is released too.
          const partner = await lockPartnerAssignment(manager, a);
          if (awaitingPartner && partner?.status !== 'proposed') continue; // both accepted: a cohort, which stays
          await closeAssignment(manager, a.id, 'cancelled');
          await this.notifications.markObjectRead(manager, a.trainer_id, 'assignment', a.id);
          const released = await cancelLivePartner(manager, partner);
          if (released) await this.notifications.markObjectRead(manager, partner!.trainer_id, 'assignment', released);
          await reopenRequest(manager, this.outbox, a.training_request_id);
          // The expert's days are free again: unfilled requests they could serve are tried again.
          if (released)
            await retryUnfilledRequests(manager, this.outbox, { assignmentIds: [released] }, 'booking_cancelled', now);
          cancelled.push(a.id);
          if (released) cancelled.push(released);
        }
        const revoked = await this.grants.revokeWithin(manager, null, trainer.user_id, 'local_trainer', trainer.scopes);
        if (revoked.length === 0) return; // another sweep got there first
        await this.notifications.notify(manager, await findActiveAdminIds(manager), 'local_trainer.lapsed', {
          trainerName: trainer.display_name,
          trainerId: trainer.user_id,
          cohortCount: cohortIds.length,
          proposalCount: cancelled.length,
        });
        await this.audit.record(manager, null, {
          action: 'local_trainer.lapse',
          entityType: 'app_user',
          entityId: trainer.user_id,
          details: { courseIds: revoked, cancelledAssignmentIds: cancelled, keptCohortIds: cohortIds },
        });
      });
    }
    if (lapsed.length) {
      this.outbox.relaySoon();
      this.logger.log({ msg: 'local trainers lapsed', count: lapsed.length });
    }
    return lapsed.length;
  }

  private async lockPending(manager: EntityManager, user: AuthUser, id: string) {
    const app = UUID.test(id)
      ? await lockApplication(manager, TrainerAssignmentPolicy.localTrainerApplicationScope(user).add('la.id = ?', id))
      : null;
    if (!app) throw new NotFoundException(coded('local_trainer_application.not_found', 'id', 'no such application'));
    if (app.status !== 'pending')
      throw new ConflictException(
        coded('local_trainer_application.closed', 'status', `the application is ${app.status}`, {
          status: app.status,
        }),
      );
    return app;
  }
}
