import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { countryDeliverySeries, countryReach, expertReach, firmReach } from './cascade-reach.queries';
import type {
  CascadeCountriesDto,
  CascadeCountrySeriesDto,
  CascadeExpertsDto,
  CascadeFirmsDto,
} from './dtos/cascade-reach.dto';
import { ReportingPolicy, suppress } from './reporting.policy';

/**
 * Reach of the train-the-trainer cascade (see cascade-reach.queries.ts for the definitions): per expert
 * (admins), per member firm (admins; a member admin their own firm, aggregated) and per country (admins and
 * member admins), with the uptake dashboard's suppression outside an admin's view.
 */
@Injectable()
export class CascadeReachService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async experts(user: AuthUser, memberFirmId: string | undefined): Promise<CascadeExpertsDto> {
    ReportingPolicy.assertCanSeeUnits(user, 'level');
    const rows = await expertReach(this.db.manager, memberFirmId ?? null);
    return {
      items: rows.map((r) => ({
        trainerId: r.trainer_id,
        trainerName: r.display_name,
        memberFirmId: r.member_firm_id,
        direct: r.direct,
        cascade: r.cascade,
        localTrainers: r.local_trainers,
        generations: r.generations,
      })),
    };
  }

  async firms(user: AuthUser, memberFirmId: string | undefined): Promise<CascadeFirmsDto> {
    const own = ReportingPolicy.firmScope(user);
    const on = ReportingPolicy.suppresses(user);
    const rows = await firmReach(this.db.manager, own ?? memberFirmId ?? null);
    return {
      items: rows.map((r) => ({
        memberFirmId: r.member_firm_id,
        name: r.name,
        experts: r.experts,
        direct: suppress(r.direct, on),
        cascade: suppress(r.cascade, on),
        localTrainers: suppress(r.local_trainers, on),
        generations: r.generations,
      })),
    };
  }

  async countries(user: AuthUser, region: string | undefined): Promise<CascadeCountriesDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    const on = ReportingPolicy.suppresses(user);
    const rows = await countryReach(this.db.manager, region ?? null);
    return {
      items: rows.map((r) => ({
        countryCode: r.country_code.trim(),
        name: r.name,
        localTrainers: suppress(r.local_trainers, on),
        byExperts: suppress(r.by_experts, on),
        byLocalTrainers: suppress(r.by_local_trainers, on),
        generations: r.generations,
      })),
    };
  }

  async countrySeries(user: AuthUser, countryCode: string): Promise<CascadeCountrySeriesDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    if (!/^[A-Z]{2}$/.test(countryCode))
      throw new BadRequestException(coded('validation.invalid', 'countryCode', 'must be an ISO alpha-2 code'));
    const on = ReportingPolicy.suppresses(user);
    const rows = await countryDeliverySeries(this.db.manager, countryCode);
    return {
      countryCode,
      months: rows.map((r) => ({
        month: r.month,
        local: suppress(r.local, on),
        expert: suppress(r.expert, on),
        coDelivered: suppress(r.co_delivered, on),
      })),
    };
  }
}
