import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditService } from '../audit/audit.service';
import {
  TrainerListQueryDto,
  TrainerProfileUpdateDto,
  TrainerResponseDto,
  UnavailabilityCreateDto,
} from './dtos/trainer.dto';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';
import {
  countCourses,
  countTrainers,
  deleteUnavailability,
  findTrainers,
  insertUnavailability,
  saveTrainerProfile,
} from './trainers.queries';
import { coded } from '../../core/errors/coded';

@Injectable()
export class TrainersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Admins: all (optionally one firm); member admins: their firm's; trainers: themselves. */
  async list(user: AuthUser, query: TrainerListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = TrainerAssignmentPolicy.trainerScope(user, new Where().raw(`t.role = 'trainer'`));
    if (query.memberFirmId) where.add('t.member_firm_id = ?', query.memberFirmId);
    const total = await countTrainers(this.db.manager, where);
    const items = await findTrainers(
      this.db.manager,
      where,
      `ORDER BY t.display_name, t.id LIMIT ${pageSize} OFFSET ${skip}`,
    );
    return { items, total, page, pageSize };
  }

  /** One trainer through the same scope as the list; the trainers one may see are the ones one may edit. */
  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainerResponseDto> {
    const where = TrainerAssignmentPolicy.trainerScope(user, new Where().raw(`t.role = 'trainer'`)).add('t.id = ?', id);
    const [trainer] = await findTrainers(manager, where);
    if (!trainer) throw new NotFoundException(coded('trainer.not_found', 'id', 'no such trainer'));
    return trainer;
  }

  /** Trainers keep their own profile; only admins and member admins set the courses they are qualified for. */
  async updateProfile(user: AuthUser, id: string, body: TrainerProfileUpdateDto): Promise<TrainerResponseDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(user, id, manager);
      TrainerAssignmentPolicy.assertCanSetQualifications(user, body.courseIds);
      if (body.courseIds?.length && (await countCourses(manager, body.courseIds)) !== body.courseIds.length)
        throw new BadRequestException(coded('course.not_found_among', 'courseIds', 'no such course among them'));
      await saveTrainerProfile(manager, id, {
        languages: body.languages ?? before.languages,
        skills: body.skills ?? before.skills,
        courseIds: body.courseIds ?? before.courseIds,
        countryCodes: body.countryCodes ?? before.countryCodes,
        excludedCountryCodes: body.excludedCountryCodes ?? before.excludedCountryCodes,
        onlineOnly: body.onlineOnly ?? before.onlineOnly,
        loadLimitPerQuarter: body.loadLimitPerQuarter ?? before.loadLimitPerQuarter,
      });
      await this.audit.record(manager, user, {
        action: 'trainer_profile.update',
        entityType: 'trainer_profile',
        entityId: id,
        details: { ...body },
      });
      return this.get(user, id, manager);
    });
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

  async removeUnavailability(user: AuthUser, id: string, unavailabilityId: string): Promise<TrainerResponseDto> {
    return this.db.transaction(async (manager) => {
      await this.get(user, id, manager);
      const removed = await deleteUnavailability(manager, id, unavailabilityId);
      if (removed === 0)
        throw new NotFoundException(coded('unavailability.not_found', 'unavailabilityId', 'no such period'));
      return this.get(user, id, manager);
    });
  }
}
