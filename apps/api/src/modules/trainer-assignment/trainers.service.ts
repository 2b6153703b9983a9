import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { Where } from '../../core/database/where';
import { pageWindow } from '../../core/http/pagination.dto';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit/audit.service';
import {
  TrainerListQueryDto,
  TrainerOptionsDto,
  TrainerOptionsQueryDto,
  TrainerProfileUpdateDto,
  TrainerResponseDto,
  UnavailabilityCreateDto,
} from './dtos/trainer.dto';
import { personSearchSql, searchQuery } from '../identity/person-search';
import { profileWidens, retryUnfilledRequests } from './retry-unfilled';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import {
  countCourses,
  countTrainers,
  deleteUnavailability,
  findTrainerOptions,
  findTrainers,
  insertUnavailability,
  saveTrainerProfile,
  type TrainerProfileValues,
} from './trainers.queries';
import { coded } from '../../core/errors/coded';

/** Trainers of either pool: member firms' experts, and local trainers (officers with a local trainer's profile). */
function trainerPoolWhere(): Where {
  return new Where().raw(
    `(t.role = 'trainer' OR EXISTS (SELECT 1 FROM trainer_profile lp WHERE lp.user_id = t.id AND lp.local_since IS NOT NULL))`,
  );
}

@Injectable()
export class TrainersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Admins: all (optionally one firm); member admins: their firm's; trainers: themselves. */
  async list(user: AuthUser, query: TrainerListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = TrainerAssignmentPolicy.trainerScope(user, trainerPoolWhere());
    if (query.memberFirmId) where.add('t.member_firm_id = ?', query.memberFirmId);
    const q = searchQuery(query.q);
    const search = q ? personSearchSql(q, (v) => where.param(v)) : null;
    if (search) where.raw(search.condition('t'));
    const total = await countTrainers(this.db.manager, where);
    const items = await findTrainers(
      this.db.manager,
      where,
      `ORDER BY ${search ? `${search.rank('t')} DESC, ` : ''}t.display_name, t.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    return { items, total, page, pageSize };
  }

  /**
   * The cohort form's picker: every trainer of either pool, those who may teach the cohort first, each other
   * with the first of the matcher's hard rules they fail (the matcher's own SQL, `hardRulesSql`). Advisory:
   * saving the cohort takes the trainer's booking, which the exclusion constraint refuses when they are busy.
   */
  async options(user: AuthUser, query: TrainerOptionsQueryDto): Promise<TrainerOptionsDto> {
    const startsAt = new Date(query.startsAt);
    const endsAt = new Date(query.endsAt);
    if (endsAt <= startsAt)
      throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
    const where = TrainerAssignmentPolicy.trainerScope(user, trainerPoolWhere());
    const q = searchQuery(query.q);
    if (q) where.raw(personSearchSql(q, (v) => where.param(v)).condition('t'));
    const rows = await findTrainerOptions(
      this.db.manager,
      {
        courseId: query.courseId,
        language: query.language,
        online: query.deliveryMode === 'online',
        countryCode: query.deliveryMode === 'online' ? null : (query.countryCode ?? null),
        policeUnitId: query.policeUnitId ?? null,
        startsAt,
        endsAt,
        cohortId: query.cohortId ?? null,
        now: this.clock.now(),
      },
      where,
      200,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        displayName: r.display_name,
        memberFirmName: r.member_firm_name,
        pool: r.pool,
        excludedBy: r.excluded_by,
      })),
      eligible: rows.filter((r) => r.excluded_by === null).length,
    };
  }

  /** One trainer through the same scope as the list; the trainers one may see are the ones one may edit. */
  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainerResponseDto> {
    const where = TrainerAssignmentPolicy.trainerScope(user, trainerPoolWhere()).add('t.id = ?', id);
    const [trainer] = await findTrainers(manager, where);
    if (!trainer) throw new NotFoundException(coded('trainer.not_found', 'id', 'no such trainer'));
    return trainer;
  }

  /**
   * Trainers keep their own profile; only admins and member admins set the courses they are qualified for.
   * A profile that now covers more (see profileWidens) re-tries the unfilled requests the trainer could serve.
   */
  async updateProfile(user: AuthUser, id: string, body: TrainerProfileUpdateDto): Promise<TrainerResponseDto> {
    const saved = await runInTransaction(this.db, async (manager) => {
      const before = await this.get(user, id, manager);
      TrainerAssignmentPolicy.assertCanSetQualifications(user, body.courseIds, body.countryCodes);
      if (body.courseIds?.length && (await countCourses(manager, body.courseIds)) !== body.courseIds.length)
        throw new BadRequestException(coded('course.not_found_among', 'courseIds', 'no such course among them'));
      const after: TrainerProfileValues = {
        languages: body.languages ?? before.languages,
        skills: body.skills ?? before.skills,
        courseIds: body.courseIds ?? before.courseIds,
        countryCodes: body.countryCodes ?? before.countryCodes,
        excludedCountryCodes: body.excludedCountryCodes ?? before.excludedCountryCodes,
        onlineOnly: body.onlineOnly ?? before.onlineOnly,
        loadLimitPerQuarter: body.loadLimitPerQuarter ?? before.loadLimitPerQuarter,
      };
      await saveTrainerProfile(manager, id, after);
      if (profileWidens(before, after))
        await retryUnfilledRequests(
          manager,
          this.outbox,
          { trainerId: id, period: null },
          'profile_widened',
          this.clock.now(),
        );
      await this.audit.record(manager, user, {
        action: 'trainer_profile.update',
        entityType: 'trainer_profile',
        entityId: id,
        details: { ...body },
      });
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return saved;
  }

  async addUnavailability(user: AuthUser, id: string, body: UnavailabilityCreateDto): Promise<TrainerResponseDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt)
      throw new BadRequestException(coded('validation.ends_before_start', 'endsAt', 'must be after startsAt'));
    return this.db.transaction(async (manager) => {
      await this.get(user, id, manager);
      await insertUnavailability(manager, id, { startsAt, endsAt, reason: body.reason ?? null });
      return this.get(user, id, manager);
    });
  }

  /** The freed period re-tries the unfilled requests over it that the trainer could serve. */
  async removeUnavailability(user: AuthUser, id: string, unavailabilityId: string): Promise<TrainerResponseDto> {
    const saved = await runInTransaction(this.db, async (manager) => {
      await this.get(user, id, manager);
      const period = await deleteUnavailability(manager, id, unavailabilityId);
      if (period === null)
        throw new NotFoundException(coded('unavailability.not_found', 'unavailabilityId', 'no such period'));
      await retryUnfilledRequests(
        manager,
        this.outbox,
        { trainerId: id, period },
        'unavailability_removed',
        this.clock.now(),
      );
      return this.get(user, id, manager);
    });
    this.outbox.relaySoon();
    return saved;
  }
}
