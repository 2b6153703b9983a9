import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { affectedRows } from '../../core/database/sql';
import { pageWindow } from '../../core/http/pagination.dto';
import { Where } from '../../core/database/where';
import { AuditService } from '../audit/audit.service';
import {
  TrainerListQueryDto,
  TrainerProfileUpdateDto,
  TrainerResponseDto,
  UnavailabilityCreateDto,
} from './dtos/trainer.dto';
import { TrainerAssignmentPolicy } from './trainer-assignment.policy';

const TRAINER_SELECT = `
  SELECT t.id, t.display_name, t.email, t.member_firm_id, f.name AS member_firm_name,
         coalesce(p.languages, '{}') AS languages, coalesce(p.skills, '{}') AS skills, coalesce(p.course_ids, '{}') AS course_ids,
         coalesce(p.country_codes, '{}') AS country_codes, coalesce(p.excluded_country_codes, '{}') AS excluded_country_codes,
         coalesce(p.online_only, false) AS online_only, coalesce(p.load_limit_per_quarter, 4) AS load_limit_per_quarter,
         coalesce((SELECT json_agg(json_build_object('id', n.id, 'startsAt', lower(n.period), 'endsAt', upper(n.period), 'reason', n.reason) ORDER BY lower(n.period))
                     FROM trainer_unavailability n WHERE n.trainer_id = t.id AND upper(n.period) > now()), '[]') AS unavailability
    FROM app_user t JOIN member_firm f ON f.id = t.member_firm_id LEFT JOIN trainer_profile p ON p.user_id = t.id`;

function toTrainer(r: Record<string, never>): TrainerResponseDto {
  return {
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    memberFirmId: r.member_firm_id,
    memberFirmName: r.member_firm_name,
    languages: r.languages,
    skills: r.skills,
    courseIds: r.course_ids,
    countryCodes: (r.country_codes as string[]).map((c) => c.trim()),
    excludedCountryCodes: (r.excluded_country_codes as string[]).map((c) => c.trim()),
    onlineOnly: r.online_only,
    loadLimitPerQuarter: r.load_limit_per_quarter,
    unavailability: (
      r.unavailability as Array<{ id: string; startsAt: string; endsAt: string; reason: string | null }>
    ).map((u) => ({
      ...u,
      startsAt: new Date(u.startsAt).toISOString(),
      endsAt: new Date(u.endsAt).toISOString(),
    })),
  };
}

@Injectable()
export class TrainersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Admins: all (optionally one firm); member admins: their firm's; trainers: themselves. */
  async list(user: AuthUser, query: TrainerListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const where = new Where().raw(`t.role = 'trainer'`);
    if (user.role === 'member_admin') where.add('t.member_firm_id = ?', user.memberFirmId);
    else if (user.role === 'trainer') where.add('t.id = ?', user.id);
    else if (user.role !== 'admin') where.raw('false');
    if (query.memberFirmId) where.add('t.member_firm_id = ?', query.memberFirmId);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM app_user t ${where}`, where.params);
    const rows = await this.db.query(
      `${TRAINER_SELECT} ${where} ORDER BY t.display_name, t.id LIMIT ${pageSize} OFFSET ${skip}`,
      where.params,
    );
    return { items: rows.map(toTrainer), total, page, pageSize };
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<TrainerResponseDto> {
    const [row] = await manager.query(`${TRAINER_SELECT} WHERE t.id = $1 AND t.role = 'trainer'`, [id]);
    if (!row) throw new NotFoundException('id: no such trainer');
    TrainerAssignmentPolicy.assertCanReadTrainer(user, { id: row.id, memberFirmId: row.member_firm_id });
    return toTrainer(row);
  }

  /** Trainers keep their own profile; only admins and member admins set the courses they are qualified for. */
  async updateProfile(user: AuthUser, id: string, body: TrainerProfileUpdateDto): Promise<TrainerResponseDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(user, id, manager);
      TrainerAssignmentPolicy.assertCanEditTrainer(user, before);
      if (body.courseIds && user.role === 'trainer')
        throw new BadRequestException('courseIds: qualifications are set by your member admin or an admin');
      if (body.courseIds?.length) {
        const found: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM course WHERE id = ANY($1)`, [
          body.courseIds,
        ]);
        if (found[0].n !== body.courseIds.length) throw new BadRequestException('courseIds: no such course among them');
      }
      await manager.query(
        `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, excluded_country_codes, online_only, load_limit_per_quarter)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (user_id) DO UPDATE SET languages = EXCLUDED.languages, skills = EXCLUDED.skills, course_ids = EXCLUDED.course_ids,
           country_codes = EXCLUDED.country_codes, excluded_country_codes = EXCLUDED.excluded_country_codes, online_only = EXCLUDED.online_only,
           load_limit_per_quarter = EXCLUDED.load_limit_per_quarter, updated_at = now()`,
        [
          id,
          body.languages ?? before.languages,
          body.skills ?? before.skills,
          body.courseIds ?? before.courseIds,
          body.countryCodes ?? before.countryCodes,
          body.excludedCountryCodes ?? before.excludedCountryCodes,
          body.onlineOnly ?? before.onlineOnly,
          body.loadLimitPerQuarter ?? before.loadLimitPerQuarter,
        ],
      );
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
    if (endsAt <= startsAt) throw new BadRequestException('endsAt: must be after startsAt');
    return this.db.transaction(async (manager) => {
      TrainerAssignmentPolicy.assertCanEditTrainer(user, await this.get(user, id, manager));
      await manager.query(
        `INSERT INTO trainer_unavailability (trainer_id, period, reason) VALUES ($1, tstzrange($2, $3, '[)'), $4)`,
        [id, startsAt, endsAt, body.reason ?? null],
      );
      return this.get(user, id, manager);
    });
  }

  async removeUnavailability(user: AuthUser, id: string, unavailabilityId: string): Promise<TrainerResponseDto> {
    return this.db.transaction(async (manager) => {
      TrainerAssignmentPolicy.assertCanEditTrainer(user, await this.get(user, id, manager));
      const removed = await affectedRows(
        manager,
        `DELETE FROM trainer_unavailability WHERE id = $1 AND trainer_id = $2`,
        [unavailabilityId, id],
      );
      if (removed === 0) throw new NotFoundException('unavailabilityId: no such period');
      return this.get(user, id, manager);
    });
  }
}
