import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FIRM_ROLES, UNIT_ROLES } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditService } from '../audit/audit.service';
import { MemberFirm } from '../organisations/member-firm.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';
import { AppUser } from './app-user.entity';
import { UserCreateDto, UserListQueryDto, UserResponseDto, UserUpdateDto } from './dtos/user.dto';
import { hashPassword } from './password-hasher';
import { personSearchSql, searchQuery } from './person-search';
import { SessionService } from './session.service';
import { toMe } from './auth.service';
import { coded } from '../../core/errors/coded';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(query: UserListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db.getRepository(AppUser).createQueryBuilder('u').orderBy('u.email').skip(skip).take(pageSize);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.policeUnitId) qb.andWhere('u.policeUnitId = :unit', { unit: query.policeUnitId });
    if (query.memberFirmId) qb.andWhere('u.memberFirmId = :firm', { firm: query.memberFirmId });
    const q = searchQuery(query.q);
    if (q) {
      // Best matches first; the name search forgives typos (person-search.ts).
      let n = 0;
      const search = personSearchSql(q, (value) => {
        qb.setParameter(`search${++n}`, value);
        return `:search${n}`;
      });
      qb.andWhere(search.condition('u'))
        .addSelect(search.rank('u'), 'search_rank')
        .orderBy('search_rank', 'DESC')
        .addOrderBy('u.email');
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toUserResponse), total, page, pageSize };
  }

  async get(id: string): Promise<UserResponseDto> {
    const user = await this.db.getRepository(AppUser).findOne({ where: { id } });
    if (!user) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
    return toUserResponse(user);
  }

  async create(actor: AuthUser, body: UserCreateDto): Promise<UserResponseDto> {
    const email = body.email.trim().toLowerCase();
    const needsUnit = UNIT_ROLES.includes(body.role);
    const needsFirm = FIRM_ROLES.includes(body.role);
    if (needsUnit && !body.policeUnitId)
      throw new BadRequestException(
        coded('user.unit_required_for_role', 'policeUnitId', `is required for role ${body.role}`, { role: body.role }),
      );
    if (!needsUnit && body.policeUnitId)
      throw new BadRequestException(
        coded('user.unit_not_allowed_for_role', 'policeUnitId', `is not allowed for role ${body.role}`, {
          role: body.role,
        }),
      );
    if (needsFirm && !body.memberFirmId)
      throw new BadRequestException(
        coded('user.firm_required_for_role', 'memberFirmId', `is required for role ${body.role}`, { role: body.role }),
      );
    if (!needsFirm && body.memberFirmId)
      throw new BadRequestException(
        coded('user.firm_not_allowed_for_role', 'memberFirmId', `is not allowed for role ${body.role}`, {
          role: body.role,
        }),
      );
    const passwordHash = await hashPassword(body.password);
    return this.db.transaction(async (manager) => {
      if (
        body.policeUnitId &&
        !(await manager.getRepository(PoliceUnit).exists({ where: { id: body.policeUnitId } }))
      ) {
        throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
      }
      if (
        body.memberFirmId &&
        !(await manager.getRepository(MemberFirm).exists({ where: { id: body.memberFirmId } }))
      ) {
        throw new BadRequestException(coded('member_firm.not_found', 'memberFirmId', 'no such member firm'));
      }
      if (await manager.getRepository(AppUser).exists({ where: { email } }))
        throw new ConflictException(coded('user.email_in_use', 'email', 'already in use'));
      const user = await manager.getRepository(AppUser).save(
        manager.getRepository(AppUser).create({
          email,
          displayName: body.displayName.trim(),
          role: body.role,
          passwordHash,
          policeUnitId: body.policeUnitId ?? null,
          memberFirmId: body.memberFirmId ?? null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'app_user.create',
        entityType: 'app_user',
        entityId: user.id,
        details: { email, role: body.role, policeUnitId: user.policeUnitId, memberFirmId: user.memberFirmId },
      });
      return toUserResponse(user);
    });
  }

  async update(actor: AuthUser, id: string, body: UserUpdateDto): Promise<UserResponseDto> {
    return this.db.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (body.disabled === true && id === actor.id)
        throw new BadRequestException(
          coded('user.cannot_disable_self', 'disabled', 'you cannot disable your own account'),
        );
      if (body.displayName !== undefined) user.displayName = body.displayName.trim();
      if (body.disabled !== undefined) user.disabledAt = body.disabled ? (user.disabledAt ?? new Date()) : null;
      await manager.getRepository(AppUser).save(user);
      if (body.disabled) await this.sessions.revokeAllFor(id, manager);
      await this.audit.record(manager, actor, {
        action: 'app_user.update',
        entityType: 'app_user',
        entityId: id,
        details: { ...body },
      });
      return toUserResponse(user);
    });
  }

  private async lockUser(manager: EntityManager, id: string): Promise<AppUser> {
    const user = await manager.getRepository(AppUser).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
    return user;
  }
}

export function toUserResponse(user: AppUser): UserResponseDto {
  return { ...toMe(user), disabled: user.disabledAt !== null, createdAt: user.createdAt.toISOString() };
}
