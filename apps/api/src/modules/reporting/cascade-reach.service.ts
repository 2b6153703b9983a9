import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ReadDatabase } from '../../core/database/read-database';
import type { Count } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { coded } from '../../core/errors/coded';
import { countryDeliverySeries, countryExists, countryReach, expertReach, firmReach } from './cascade-reach.queries';
import type {
  CascadeCountriesDto,
  CascadeCountrySeriesDto,
  CascadeExpertsDto,
  CascadeFirmsDto,
  CascadeSeriesQueryDto,
} from './dtos/cascade-reach.dto';
import { selectCountryUnits } from './reporting.queries';
import { ReportingPolicy, suppress } from './reporting.policy';

/** The longest period one view covers: ten years of months (as the uptake views). */
const MAX_MONTHS = 120;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Reach of the train-the-trainer cascade (see cascade-reach.queries.ts for the definitions): per expert
 * (admins), per member firm (admins; a member admin their own firm, aggregated) and per country, with a
 * country's delivery month by month (admins and member admins), under the uptake dashboard's rules outside an
 * admin's view: counts suppressed, and the countries the dashboard withholds (too few police units, or the
 * remainder of such areas: `ReportingPolicy.withheldAreas`) withheld here too. Their officers and local
 * trainers are also left out of every other figure a non-admin sees (a firm's reach), so that no figure,
 * and no difference of figures, rests on their rows.
 */
@Injectable()
export class CascadeReachService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly clock: Clock,
  ) {}

  async experts(user: AuthUser, memberFirmId: string | undefined): Promise<CascadeExpertsDto> {
    ReportingPolicy.assertCanSeeUnits(user, 'level');
    const rows = await expertReach(this.reads.manager, memberFirmId ?? null);
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
    const rows = await firmReach(this.reads.manager, own ?? memberFirmId ?? null, await this.withheld(user));
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
    const withheld = await this.withheld(user);
    const rows = await countryReach(this.reads.manager, region ?? null, withheld);
    const hidden = new Set(withheld);
    return {
      suppressed: on,
      items: rows.map((r) => {
        const countryCode = r.country_code.trim();
        const place = { countryCode, name: r.name, regionCode: r.region_code };
        if (hidden.has(countryCode))
          return {
            ...place,
            withheld: true,
            localTrainers: null,
            byExperts: null,
            byLocalTrainers: null,
            generations: null,
          };
        return {
          ...place,
          withheld: false,
          localTrainers: suppress(r.local_trainers, on),
          byExperts: suppress(r.by_experts, on),
          byLocalTrainers: suppress(r.by_local_trainers, on),
          generations: r.generations,
        };
      }),
    };
  }

  async countrySeries(
    user: AuthUser,
    countryCode: string,
    query: CascadeSeriesQueryDto,
  ): Promise<CascadeCountrySeriesDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    if (!/^[A-Z]{2}$/.test(countryCode))
      throw new BadRequestException(coded('validation.invalid', 'countryCode', 'must be an ISO alpha-2 code'));
    const now = this.clock.now();
    const to = query.to ?? monthOf(now.getUTCFullYear() * 12 + now.getUTCMonth());
    const from = query.from ?? monthOf(monthIndex(to) - 11);
    if (monthIndex(from) > monthIndex(to))
      throw new BadRequestException(coded('uptake.period_reversed', 'from', 'must not be after to'));
    if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
      throw new BadRequestException(
        coded('uptake.period_too_long', 'from', `a period covers at most ${MAX_MONTHS} months`, { max: MAX_MONTHS }),
      );
    if (!(await countryExists(this.reads.manager, countryCode)))
      throw new NotFoundException(coded('country.not_found', 'countryCode', 'no such country'));
    const on = ReportingPolicy.suppresses(user);
    const withheld = (await this.withheld(user)).includes(countryCode);
    // A withheld country's rows are not even read: its answer is the same whatever they hold.
    const rows = withheld ? [] : await countryDeliverySeries(this.reads.manager, countryCode, `${from}-01`, `${to}-01`);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const s = (value: number | undefined): Count | null => (withheld ? null : suppress(value ?? 0, on));
    const months = [];
    for (let i = monthIndex(from); i <= monthIndex(to); i++) {
      const month = monthOf(i);
      const r = byMonth.get(month);
      months.push({ month, local: s(r?.local), expert: s(r?.expert), coDelivered: s(r?.co_delivered) });
    }
    return { countryCode, from, to, suppressed: on, withheld, months };
  }

  /** The countries withheld from the caller (none for admins), as the uptake dashboard withholds them. */
  private async withheld(user: AuthUser): Promise<string[]> {
    if (!ReportingPolicy.suppresses(user)) return [];
    return [...ReportingPolicy.withheldAreas(user, await selectCountryUnits(this.reads.manager)).countries];
  }
}
