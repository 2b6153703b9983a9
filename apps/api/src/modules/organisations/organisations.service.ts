import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { UNIT_ROLES } from '@icspa/domain';
import { AppUser } from '../identity/app-user.entity';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { AuditService } from '../audit/audit.service';
import { Country } from './country.entity';
import {
  CountryListQueryDto,
  CountryUpdateDto,
  MemberFirmCreateDto,
  MemberFirmResponseDto,
  MemberFirmUpdateDto,
  PoliceUnitCreateDto,
  PoliceUnitListQueryDto,
  PoliceUnitResponseDto,
  PoliceUnitUpdateDto,
  UnitOfficerListQueryDto,
} from './dtos/organisation.dto';
import { MemberFirm } from './member-firm.entity';
import { personSearchSql, searchQuery } from '../identity/person-search';
import { OrganisationsPolicy } from './organisations.policy';
import { PoliceUnit } from './police-unit.entity';
import { Region } from './region.entity';
import { PageQueryDto } from '../../core/http/pagination.dto';
import { coded } from '../../core/errors/coded';

function like(q: string): string {
  return `%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  listRegions(): Promise<Region[]> {
    return this.db.getRepository(Region).find({ order: { name: 'ASC' } });
  }

  async listCountries(query: CountryListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db.getRepository(Country).createQueryBuilder('c').orderBy('c.name').skip(skip).take(pageSize);
    if (query.region) qb.andWhere('c.regionCode = :region', { region: query.region });
    if (query.hotspot) qb.andWhere('c.hotspot = :hotspot', { hotspot: query.hotspot === 'true' });
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page, pageSize };
  }

  async updateCountry(actor: AuthUser, code: string, body: CountryUpdateDto): Promise<Country> {
    return this.db.transaction(async (manager) => {
      const country = await manager
        .getRepository(Country)
        .findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!country) throw new NotFoundException(coded('country.not_found', 'code', 'no such country'));
      if (body.regionCode !== undefined) {
        await this.assertRegion(manager, body.regionCode);
        country.regionCode = body.regionCode;
      }
      if (body.hotspot !== undefined) country.hotspot = body.hotspot;
      if (body.retentionYears !== undefined) country.retentionYears = body.retentionYears;
      await manager.getRepository(Country).save(country);
      await this.audit.record(manager, actor, {
        action: 'country.update',
        entityType: 'country',
        entityId: code,
        details: { ...body },
      });
      return country;
    });
  }

  async listPoliceUnits(user: AuthUser, query: PoliceUnitListQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db
      .getRepository(PoliceUnit)
      .createQueryBuilder('u')
      .orderBy('u.countryCode')
      .addOrderBy('u.name')
      .skip(skip)
      .take(pageSize);
    const scope = OrganisationsPolicy.policeUnitScope(user);
    if (scope !== null) qb.andWhere('u.id = :scope', { scope });
    if (query.country) qb.andWhere('u.countryCode = :country', { country: query.country });
    if (query.region) qb.innerJoin('u.country', 'c', 'c.regionCode = :region', { region: query.region });
    if (query.q) {
      const q = like(query.q);
      qb.andWhere(
        new Brackets((w) =>
          w.where('lower(u.name) LIKE :q', { q }).orWhere('lower(u.agency) LIKE :q').orWhere('lower(u.city) LIKE :q'),
        ),
      );
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toPoliceUnitResponse), total, page, pageSize };
  }

  async getPoliceUnit(user: AuthUser, id: string): Promise<PoliceUnitResponseDto> {
    OrganisationsPolicy.assertCanReadPoliceUnit(user, id);
    const unit = await this.db.getRepository(PoliceUnit).findOne({ where: { id } });
    if (!unit) throw new NotFoundException(coded('police_unit.not_found', 'id', 'no such police unit'));
    return toPoliceUnitResponse(unit);
  }

  /** Officers and coordinators of a unit, for its coordinator's nomination screen. */
  async listUnitOfficers(user: AuthUser, unitId: string, query: UnitOfficerListQueryDto) {
    OrganisationsPolicy.assertCanReadPoliceUnit(user, unitId);
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db
      .getRepository(AppUser)
      .createQueryBuilder('u')
      .where('u.policeUnitId = :unitId AND u.role IN (:...roles) AND u.disabledAt IS NULL', {
        unitId,
        roles: [...UNIT_ROLES],
      })
      .orderBy('u.displayName')
      .addOrderBy('u.id')
      .skip(skip)
      .take(pageSize);
    const q = searchQuery(query.q);
    if (q) {
      // The nomination picker's search, inside the unit (person-search.ts).
      let n = 0;
      const search = personSearchSql(q, (value) => {
        qb.setParameter(`search${++n}`, value);
        return `:search${n}`;
      });
      qb.andWhere(search.condition('u')).addSelect(search.rank('u'), 'search_rank').orderBy('search_rank', 'DESC');
      qb.addOrderBy('u.displayName').addOrderBy('u.id');
    }
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: rows.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, role: u.role })),
      total,
      page,
      pageSize,
    };
  }

  async createPoliceUnit(actor: AuthUser, body: PoliceUnitCreateDto): Promise<PoliceUnitResponseDto> {
    return this.db.transaction(async (manager) => {
      await this.assertCountry(manager, body.countryCode);
      const unit = await manager.getRepository(PoliceUnit).save(manager.getRepository(PoliceUnit).create(body));
      await this.audit.record(manager, actor, {
        action: 'police_unit.create',
        entityType: 'police_unit',
        entityId: unit.id,
        details: { ...body },
      });
      return toPoliceUnitResponse(unit);
    });
  }

  async updatePoliceUnit(actor: AuthUser, id: string, body: PoliceUnitUpdateDto): Promise<PoliceUnitResponseDto> {
    return this.db.transaction(async (manager) => {
      const unit = await manager
        .getRepository(PoliceUnit)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw new NotFoundException(coded('police_unit.not_found', 'id', 'no such police unit'));
      Object.assign(unit, body);
      await manager.getRepository(PoliceUnit).save(unit);
      await this.audit.record(manager, actor, {
        action: 'police_unit.update',
        entityType: 'police_unit',
        entityId: id,
        details: { ...body },
      });
      return toPoliceUnitResponse(unit);
    });
  }

  async listMemberFirms(user: AuthUser, query: PageQueryDto) {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.db.getRepository(MemberFirm).createQueryBuilder('f').orderBy('f.name').skip(skip).take(pageSize);
    const scope = OrganisationsPolicy.memberFirmScope(user);
    if (scope !== null) qb.andWhere('f.id = :scope', { scope });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toMemberFirmResponse), total, page, pageSize };
  }

  async getMemberFirm(user: AuthUser, id: string): Promise<MemberFirmResponseDto> {
    OrganisationsPolicy.assertCanReadMemberFirm(user, id);
    const firm = await this.db.getRepository(MemberFirm).findOne({ where: { id } });
    if (!firm) throw new NotFoundException(coded('member_firm.not_found', 'id', 'no such member firm'));
    return toMemberFirmResponse(firm);
  }

  async createMemberFirm(actor: AuthUser, body: MemberFirmCreateDto): Promise<MemberFirmResponseDto> {
    return this.db.transaction(async (manager) => {
      await this.assertCountry(manager, body.countryCode);
      await this.assertFirmNameFree(manager, body.name);
      const firm = await manager
        .getRepository(MemberFirm)
        .save(manager.getRepository(MemberFirm).create({ ...body, website: body.website ?? null }));
      await this.audit.record(manager, actor, {
        action: 'member_firm.create',
        entityType: 'member_firm',
        entityId: firm.id,
        details: { ...body },
      });
      return toMemberFirmResponse(firm);
    });
  }

  async updateMemberFirm(actor: AuthUser, id: string, body: MemberFirmUpdateDto): Promise<MemberFirmResponseDto> {
    return this.db.transaction(async (manager) => {
      const firm = await manager
        .getRepository(MemberFirm)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!firm) throw new NotFoundException(coded('member_firm.not_found', 'id', 'no such member firm'));
      if (body.name !== undefined && body.name !== firm.name) await this.assertFirmNameFree(manager, body.name);
      Object.assign(firm, body);
      await manager.getRepository(MemberFirm).save(firm);
      await this.audit.record(manager, actor, {
        action: 'member_firm.update',
        entityType: 'member_firm',
        entityId: id,
        details: { ...body },
      });
      return toMemberFirmResponse(firm);
    });
  }

  private async assertCountry(manager: EntityManager, code: string) {
    if (!(await manager.getRepository(Country).exists({ where: { code } })))
      throw new BadRequestException(coded('country.not_found', 'countryCode', 'no such country'));
  }

  private async assertRegion(manager: EntityManager, code: string) {
    if (!(await manager.getRepository(Region).exists({ where: { code } })))
      throw new BadRequestException(coded('region.not_found', 'regionCode', 'no such region'));
  }

  private async assertFirmNameFree(manager: EntityManager, name: string) {
    if (await manager.getRepository(MemberFirm).exists({ where: { name } }))
      throw new ConflictException(coded('member_firm.name_taken', 'name', 'a member firm with this name exists'));
  }
}

function toPoliceUnitResponse(u: PoliceUnit): PoliceUnitResponseDto {
  return { id: u.id, name: u.name, agency: u.agency, city: u.city, countryCode: u.countryCode };
}

function toMemberFirmResponse(f: MemberFirm): MemberFirmResponseDto {
  return { id: f.id, name: f.name, countryCode: f.countryCode, website: f.website };
}
