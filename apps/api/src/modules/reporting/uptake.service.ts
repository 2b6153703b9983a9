import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ReadDatabase } from '../../core/database/read-database';
import {
  COMPARISON_FIGURES,
  MIN_UNITS_PER_AREA,
  UPTAKE_AREA_FIGURES,
  UPTAKE_FIRM_FIGURES,
  type ComparisonFigure,
  type Count,
  type WithheldAreas,
} from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { QueueService } from '../../core/queue/queue.service';
import { JOB_QUEUE, JobName } from '../../core/queue/queue-registry';
import { CsvColumn, csvLines } from './csv';
import { exportStampText } from './export-stamp';
import type {
  UptakeExportQueryDto,
  UptakeFirmDto,
  UptakeFirmsDto,
  UptakeMonthDto,
  UptakeMyUnitDto,
  UptakePeriodQueryDto,
  UptakeReportDto,
  UptakeReportQueryDto,
  UptakeRowDto,
  UptakeScopeQueryDto,
  UptakeSeriesDto,
  UptakeStatusDto,
  PlanDeliveryDto,
  PlanDeliveryFiguresDto,
  PlanDeliveryQueryDto,
} from './dtos/uptake.dto';
import { ReportingPolicy, SMALL_COUNT, suppress } from './reporting.policy';
import {
  AreaRow,
  selectAreaFigures,
  selectAreas,
  selectCountryUnits,
  selectFilteredCourseIds,
  selectFirmFigures,
  selectMonthlySeries,
  selectPlanDelivery,
  selectScopeFound,
  selectUnitCountry,
  selectUptakeRefresh,
  snapshotKey,
} from './reporting.queries';
import { UptakeCache, type UptakeSnapshot } from './uptake-cache';
import { AreaFigures, UptakeScope, ZERO_FIGURES, toAreaFigures } from './uptake-figures';
import { coded } from '../../core/errors/coded';

/** The longest period one view covers: ten years of months. */
const MAX_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
const iso = (value: Date | null | undefined) => (value ? new Date(value).toISOString() : null);

@Injectable()
export class UptakeService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly clock: Clock,
    private readonly queues: QueueService,
    private readonly cache: UptakeCache,
  ) {}

  /** Figures per region, country or unit, and for the whole scope. */
  async report(user: AuthUser, query: UptakeReportQueryDto): Promise<UptakeReportDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    if (query.level === 'unit') ReportingPolicy.assertCanSeeUnits(user, 'level');
    if (query.unitId) ReportingPolicy.assertCanSeeUnits(user, 'unitId');
    // The live rows (area names, units per country) are read beside the filters' check, which comes first
    // for its answer; the figures, usually kept (UptakeCache), after it.
    const live = settled(
      Promise.all([
        selectAreas(this.reads.manager, query.level, {
          region: query.region,
          country: query.country,
          unitId: query.unitId,
        }),
        this.withheld(user),
      ]),
    );
    const { scope, from, to, snapshot, defaultPeriod } = await this.scope(query);
    const hide = ReportingPolicy.suppresses(user);
    const [rows, [names, withheld]] = await Promise.all([
      selectAreaFigures(this.reads.manager, query.level, scope, this.cache, snapshot, defaultPeriod),
      live(),
    ]);
    const byKey = new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as string, toAreaFigures(r)]));
    // A row covers its own area within the scope: withheld when either is (units are never listed here
    // outside an admin's view).
    const scopeWithheld = ReportingPolicy.scopeWithheld(withheld, scope);
    const rowWithheld = (key: string) =>
      scopeWithheld ||
      (query.level === 'country' && withheld.countries.has(key)) ||
      (query.level === 'region' && withheld.regions.has(key));
    return {
      asOf: iso(rows[0]?.as_of),
      from,
      to,
      level: query.level,
      suppressed: hide,
      rows: names.map((a) => this.row(a, byKey.get(a.key) ?? ZERO_FIGURES, hide, rowWithheld(a.key))),
      total: this.row(
        {
          key: 'total',
          name: 'Total',
          region_code: query.region ?? null,
          country_code: query.country ?? null,
          hotspot: false,
        },
        byKey.get('total') ?? ZERO_FIGURES,
        hide,
        scopeWithheld,
      ),
    };
  }

  /** The monthly trend of a scope. */
  async series(user: AuthUser, query: UptakeScopeQueryDto): Promise<UptakeSeriesDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    if (query.unitId) ReportingPolicy.assertCanSeeUnits(user, 'unitId');
    const live = settled(this.withheld(user));
    const { scope, from, to, snapshot, defaultPeriod } = await this.scope(query);
    const hide = ReportingPolicy.suppresses(user);
    const [rows, withheld] = await Promise.all([
      selectMonthlySeries(this.reads.manager, scope, this.cache, snapshot, defaultPeriod),
      live(),
    ]);
    const scopeWithheld = ReportingPolicy.scopeWithheld(withheld, scope);
    const s = (value: number) => (scopeWithheld ? null : suppress(value, hide));
    return {
      asOf: iso(rows[0]?.as_of),
      from,
      to,
      suppressed: hide,
      withheld: scopeWithheld,
      months: rows.map((r) => ({
        month: r.month,
        enrolments: s(r.enrolments),
        completions: s(r.completions),
        cohortsDelivered: s(r.cohorts_delivered),
        requestsRaised: s(r.requests_raised),
        requestsFilled: s(r.requests_filled),
      })),
    };
  }

  /**
   * Plan delivery: approved workplans' officers planned against those trained and certified, per country (the
   * map) and per quarter (a country page's plan against actual over time), from the plan delivery rollup, read
   * in one statement with its "as of" (the same instant as every other uptake figure). The same rules as the rest
   * of uptake outside an admin's view: withheld areas show nothing, counts are rounded, and delivery comes from
   * the counts as shown (none when either is "<5"). Delivery is a whole percent rounded down, so that 100 means
   * the plan was met and every class of the map holds exactly the values its legend says.
   */
  async planDelivery(user: AuthUser, query: PlanDeliveryQueryDto): Promise<PlanDeliveryDto> {
    ReportingPolicy.assertCanSeeAreas(user);
    const hide = ReportingPolicy.suppresses(user);
    const [{ asOf, rows }, withheld] = await Promise.all([
      selectPlanDelivery(this.reads.manager, query.country ?? null),
      this.withheld(user),
    ]);
    const figures = (
      sums: { planned: number; trained: number; certified: number },
      out: boolean,
    ): PlanDeliveryFiguresDto => {
      if (out) return { planned: null, trained: null, certified: null, delivery: null, withheld: true };
      const planned = suppress(sums.planned, hide);
      const trained = suppress(sums.trained, hide);
      return {
        planned,
        trained,
        certified: suppress(sums.certified, hide),
        delivery:
          typeof planned === 'number' && planned > 0 && typeof trained === 'number'
            ? Math.floor((100 * trained) / planned)
            : null,
        withheld: false,
      };
    };
    const add = (
      map: Map<string, { planned: number; trained: number; certified: number }>,
      key: string,
      r: { planned: number; trained: number; certified: number },
    ) => {
      const sum = map.get(key) ?? { planned: 0, trained: 0, certified: 0 };
      map.set(key, {
        planned: sum.planned + r.planned,
        trained: sum.trained + r.trained,
        certified: sum.certified + r.certified,
      });
    };
    const byCountry = new Map<string, { planned: number; trained: number; certified: number }>();
    const byQuarter = new Map<string, { planned: number; trained: number; certified: number }>();
    for (const r of rows) {
      add(byCountry, r.countryCode, r);
      add(byQuarter, r.quarter, r);
    }
    const quartersWithheld = query.country ? withheld.countries.has(query.country) : withheld.total;
    return {
      asOf: iso(asOf),
      suppressed: hide,
      countries: [...byCountry.entries()].map(([countryCode, sums]) => ({
        countryCode,
        ...figures(sums, withheld.countries.has(countryCode)),
      })),
      quarters: [...byQuarter.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([quarter, sums]) => ({ quarter, ...figures(sums, quartersWithheld) })),
    };
  }

  /** What member firms contributed; a member admin gets their own firm only. */
  async firms(user: AuthUser, query: UptakePeriodQueryDto): Promise<UptakeFirmsDto> {
    const firmId = ReportingPolicy.firmScope(user);
    const { scope, from, to, asOf, snapshot, defaultPeriod } = await this.scope(query);
    const hide = ReportingPolicy.suppresses(user);
    const rows = await selectFirmFigures(this.reads.manager, scope, firmId, this.cache, snapshot, defaultPeriod);
    return {
      asOf: rows.length ? iso(rows[0].as_of) : asOf,
      from,
      to,
      suppressed: hide,
      rows: rows.map((r) => ({
        firmId: r.firm_id,
        name: r.name,
        countryCode: r.country_code,
        trainers: suppress(r.trainers, hide),
        trainersDelivered: suppress(r.trainers_delivered, hide),
        cohortsDelivered: suppress(r.cohorts_delivered, hide),
        assignmentsProposed: suppress(r.assignments_proposed, hide),
        assignmentsAccepted: suppress(r.assignments_accepted, hide),
        assignmentsDeclined: suppress(r.assignments_declined, hide),
      })),
    };
  }

  /** A coordinator's unit beside the mean unit of its country. */
  async myUnit(user: AuthUser, query: UptakePeriodQueryDto): Promise<UptakeMyUnitDto> {
    const unitId = ReportingPolicy.ownUnit(user);
    const country = await selectUnitCountry(this.reads.manager, unitId);
    // Only the period and the course filters come from the caller; the place is the coordinator's own.
    const { scope, from, to, snapshot, defaultPeriod } = await this.scope({
      from: query.from,
      to: query.to,
      topic: query.topic,
      courseId: query.courseId,
      country,
    });
    // One statement: every unit of the country (the coordinator's among them) and the country as the total.
    const [rows, [area]] = await Promise.all([
      selectAreaFigures(this.reads.manager, 'unit', scope, this.cache, snapshot, defaultPeriod),
      selectAreas(this.reads.manager, 'unit', { ...scope, unitId }),
    ]);
    const byKey = new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as string, toAreaFigures(r)]));
    const unit = byKey.get(unitId) ?? ZERO_FIGURES;
    const c = byKey.get('total') ?? ZERO_FIGURES;
    // A unit's cohorts are the ones reserved for it, so the country's mean counts only those.
    const reservedCohorts = [...byKey.entries()]
      .filter(([key]) => key !== 'total')
      .reduce((sum, [, f]) => sum + f.cohortsDelivered, 0);
    // Every mean comes from the country's total as a member admin sees it (suppressed: "<5" or rounded to
    // 5), never from the exact total: mean × units then gives back only that rounded total, and two periods,
    // topics or courses differ by rounded totals, which cannot pin a hidden count (README "Regional uptake").
    // The mean times the number of units, less the coordinator's own, gives the other units' total: each
    // mean is withheld (null) when that total is from 1 to 4 or the country's total is hidden, and all of
    // them when the country has fewer than MIN_UNITS_PER_AREA units (the "average" would be one other unit's
    // figures).
    const comparable = c.unitsKnown >= MIN_UNITS_PER_AREA;
    const shownTotal = (countryTotal: number, own: number): number | null => {
      const rest = countryTotal - own;
      const shown = suppress(countryTotal, true);
      return !comparable || (rest > 0 && rest < SMALL_COUNT) || typeof shown !== 'number' ? null : shown;
    };
    const mean = (countryTotal: number, own: number) => {
      const shown = shownTotal(countryTotal, own);
      return shown === null ? null : Math.round((shown / c.unitsKnown) * 10) / 10;
    };
    const enrolmentsShown = shownTotal(c.enrolments, unit.enrolments);
    const completionsShown = shownTotal(c.completions, unit.completions);
    const medianShown = comparable && c.requestsFilled >= SMALL_COUNT;
    return {
      asOf: iso(rows[0]?.as_of),
      from,
      to,
      suppressed: true,
      unit: this.row(area, unit, true),
      countryAverage: {
        officersEnrolled: mean(c.officersEnrolled, unit.officersEnrolled),
        enrolments: mean(c.enrolments, unit.enrolments),
        completions: mean(c.completions, unit.completions),
        // From the rounded counts, as for any area: the exact ratio would give both exact counts back.
        completionRate:
          enrolmentsShown && completionsShown !== null
            ? Math.round((completionsShown / enrolmentsShown) * 1000) / 1000
            : null,
        activeCertifications: mean(c.activeCertifications, unit.activeCertifications),
        expiringCertifications: mean(c.expiringCertifications, unit.expiringCertifications),
        cohortsDelivered: mean(reservedCohorts, unit.cohortsDelivered),
        requestsRaised: mean(c.requestsRaised, unit.requestsRaised),
        requestsFilled: mean(c.requestsFilled, unit.requestsFilled),
        seatsRequested: mean(c.seatsRequested, unit.seatsRequested),
        seatsFilled: mean(c.seatsFilled, unit.seatsFilled),
        medianHoursToTrainer: medianShown ? c.medianHoursToTrainer : null,
      },
      countryUnits: c.unitsKnown,
    };
  }

  /** One table of the dashboard as CSV lines, under the same rules as its JSON. */
  async export(user: AuthUser, query: UptakeExportQueryDto): Promise<{ filename: string; lines: Iterable<string> }> {
    const { table } = query;
    const stamp = await exportStampText(this.reads.manager, user, this.clock.now());
    const base = `uptake-${table}`;
    if (table === 'areas') {
      if (!query.level)
        throw new BadRequestException(
          coded('uptake.level_required', 'level', 'the areas table needs a level (region, country or unit)'),
        );
      const report = await this.report(user, { ...query, level: query.level });
      return {
        filename: `${base}-${report.level}-${report.from}-${report.to}.csv`,
        lines: csvLines(AREA_COLUMNS, [...report.rows, report.total], stamp),
      };
    }
    if (table === 'series') {
      const series = await this.series(user, query);
      return {
        filename: `${base}-${series.from}-${series.to}.csv`,
        lines: csvLines(MONTH_COLUMNS, series.months, stamp),
      };
    }
    if (table === 'firms') {
      const firms = await this.firms(user, query);
      return { filename: `${base}-${firms.from}-${firms.to}.csv`, lines: csvLines(FIRM_COLUMNS, firms.rows, stamp) };
    }
    const mine = await this.myUnit(user, {
      from: query.from,
      to: query.to,
      topic: query.topic,
      courseId: query.courseId,
    });
    // As the portal shows it: one row per figure, the unit beside the country's mean unit.
    const columns: CsvColumn<ComparisonFigure>[] = [
      { header: 'figure', value: (f) => f },
      { header: 'unit', value: (f) => mine.unit[f] },
      { header: 'countryAverage', value: (f) => mine.countryAverage[f] },
    ];
    return { filename: `${base}-${mine.from}-${mine.to}.csv`, lines: csvLines(columns, COMPARISON_FIGURES, stamp) };
  }

  /** Queues a refresh unless one is already waiting or running; returns its job id. */
  async requestRefresh(): Promise<{ jobId: string }> {
    const queue = this.queues.queue(JOB_QUEUE[JobName.RefreshUptake]);
    const pending = (await queue.getJobs(['active', 'waiting', 'prioritized'])).find(
      (j) => j?.name === JobName.RefreshUptake,
    );
    if (pending?.id) return { jobId: pending.id };
    const job = await this.queues.add(
      JobName.RefreshUptake,
      {},
      { jobId: `refresh-uptake-${this.clock.now().getTime()}`, attempts: 1 },
    );
    return { jobId: job.id as string };
  }

  async status(): Promise<UptakeStatusDto> {
    const queue = this.queues.queue(JOB_QUEUE[JobName.RefreshUptake]);
    const [jobs, failed, refresh] = await Promise.all([
      queue.getJobs(['active', 'waiting', 'prioritized']),
      queue.getJobs(['failed'], 0, 20),
      selectUptakeRefresh(this.reads.manager),
    ]);
    const mine = jobs.filter((j) => j?.name === JobName.RefreshUptake);
    const running = mine.map((j) => (typeof j.progress === 'number' ? j.progress : 0));
    // A refresh that failed after the figures were taken: the figures are older than someone asked for.
    const lastFailure = Math.max(
      0,
      ...failed.filter((j) => j?.name === JobName.RefreshUptake).map((j) => j.finishedOn ?? 0),
    );
    const failedAt =
      lastFailure > (refresh ? new Date(refresh.as_of).getTime() : 0) ? new Date(lastFailure).toISOString() : null;
    return {
      asOf: iso(refresh?.as_of),
      durationMs: refresh?.duration_ms ?? null,
      refreshing: mine.length > 0,
      progress: running.length ? Math.max(...running) : 0,
      failedAt,
    };
  }

  /** The areas withheld from the caller (none for admins), from the live count of units per country. */
  private async withheld(user: AuthUser): Promise<WithheldAreas> {
    if (!ReportingPolicy.suppresses(user)) return ReportingPolicy.withheldAreas(user, []);
    return ReportingPolicy.withheldAreas(user, await selectCountryUnits(this.reads.manager));
  }

  /**
   * Checks the filters against the data and turns them into a scope of first-of-month dates; with the
   * rollup's snapshot time, read in the same statement (the key of the figures kept for it), and whether the
   * period is the one whose figures that refresh kept (`defaultPeriod`).
   */
  private async scope(query: UptakeScopeQueryDto): Promise<{
    scope: UptakeScope;
    from: string;
    to: string;
    asOf: string | null;
    snapshot: UptakeSnapshot;
    defaultPeriod: boolean;
  }> {
    const now = this.clock.now();
    const to = query.to ?? monthOf(now.getUTCFullYear() * 12 + now.getUTCMonth());
    const from = query.from ?? monthOf(monthIndex(to) - 11);
    if (monthIndex(from) > monthIndex(to))
      throw new BadRequestException(coded('uptake.period_reversed', 'from', 'must not be after to'));
    if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
      throw new BadRequestException(
        coded('uptake.period_too_long', 'from', `a period covers at most ${MAX_MONTHS} months`, { max: MAX_MONTHS }),
      );
    const found = await selectScopeFound(this.reads.manager, {
      region: query.region ?? null,
      country: query.country ?? null,
      unitId: query.unitId ?? null,
      courseId: query.courseId ?? null,
    });
    for (const [field, ok] of [
      ['region', found.region],
      ['country', found.country],
      ['unitId', found.unit],
      ['courseId', found.course],
    ] as const) {
      if (!ok)
        throw new NotFoundException(
          field === 'unitId'
            ? coded('police_unit.not_found', field, 'no such police unit')
            : field === 'courseId'
              ? coded('course.not_found', field, 'no such course')
              : coded(field === 'region' ? 'region.not_found' : 'country.not_found', field, `no such ${field}`),
        );
    }
    const courseIds =
      query.topic || query.courseId
        ? await selectFilteredCourseIds(this.reads.manager, {
            courseId: query.courseId ?? null,
            topic: query.topic ?? null,
          })
        : null;
    return {
      scope: {
        from: `${from}-01`,
        to: `${to}-01`,
        courseIds,
        region: query.region,
        country: query.country,
        unitId: query.unitId,
      },
      from,
      to,
      asOf: snapshotKey(found.as_of),
      snapshot: { asOf: snapshotKey(found.as_of), areas: found.areas },
      defaultPeriod:
        found.default_from === `${from}-01` && found.default_to === `${to}-01` && found.kept_areas === found.areas,
    };
  }

  private row(area: AreaRow, f: AreaFigures, hide: boolean, withheld = false): UptakeRowDto {
    if (withheld) return withheldFigures(area, f);
    const s = (value: number) => suppress(value, hide);
    const enrolments = s(f.enrolments);
    const completions = s(f.completions);
    const requestsFilled = s(f.requestsFilled);
    const seatsRequested = s(f.seatsRequested);
    const seatsFilled = s(f.seatsFilled);
    const shown = (...counts: Count[]) => counts.every((c) => typeof c === 'number');
    return {
      key: area.key,
      name: area.name,
      regionCode: area.region_code,
      countryCode: area.country_code,
      hotspot: area.hotspot,
      withheld: false,
      unitsKnown: f.unitsKnown,
      // Police units are public bodies, not people, so units reached is shown, except beside a hidden
      // officer count it would pin down (4 units reached means at least 4 officers).
      unitsReached: typeof s(f.officersEnrolled) === 'number' ? f.unitsReached : s(f.unitsReached),
      officersEnrolled: s(f.officersEnrolled),
      enrolments,
      completions,
      // From the counts as shown: an exact rate beside rounded counts would give the exact counts back.
      completionRate:
        f.enrolments && shown(enrolments, completions)
          ? Math.round(((completions as number) / (enrolments as number)) * 1000) / 1000
          : null,
      activeCertifications: s(f.activeCertifications),
      expiringCertifications: s(f.expiringCertifications),
      cohortsDelivered: s(f.cohortsDelivered),
      cohortsOnline: s(f.cohortsOnline),
      cohortsInPerson: s(f.cohortsInPerson),
      cohortsBlended: s(f.cohortsBlended),
      trainersDelivered: s(f.trainersDelivered),
      requestsRaised: s(f.requestsRaised),
      requestsFilled,
      requestsUnfilled: s(f.requestsUnfilled),
      seatsRequested,
      seatsFilled,
      seatsGap: shown(seatsRequested, seatsFilled) ? s(f.seatsRequested - f.seatsFilled) : null,
      medianHoursToTrainer: shown(requestsFilled) ? f.medianHoursToTrainer : null,
    };
  }
}

/**
 * A read started before another whose error is answered first: its rejection is held (never unhandled) and
 * given back when it is awaited.
 */
function settled<T>(promise: Promise<T>): () => Promise<T> {
  const outcome = promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const o = await outcome;
    if (!o.ok) throw o.error;
    return o.value;
  };
}

/**
 * An area too small to show (fewer than MIN_UNITS_PER_AREA units, or withheld beside one): its place and
 * how many units it holds (public, and the reason), no figure.
 */
function withheldFigures(area: AreaRow, f: AreaFigures): UptakeRowDto {
  const none = Object.fromEntries(UPTAKE_AREA_FIGURES.map((figure) => [figure, null])) as Record<
    (typeof UPTAKE_AREA_FIGURES)[number],
    null
  >;
  return {
    ...none,
    key: area.key,
    name: area.name,
    regionCode: area.region_code,
    countryCode: area.country_code,
    hotspot: area.hotspot,
    withheld: true,
    unitsKnown: f.unitsKnown,
  };
}

const AREA_COLUMNS: CsvColumn<UptakeRowDto>[] = [
  { header: 'key', value: (r) => r.key },
  { header: 'name', value: (r) => r.name },
  { header: 'region', value: (r) => r.regionCode },
  { header: 'country', value: (r) => r.countryCode },
  { header: 'hotspot', value: (r) => r.hotspot },
  ...UPTAKE_AREA_FIGURES.map((field) => ({ header: field, value: (r: UptakeRowDto) => r[field] })),
];

const MONTH_COLUMNS: CsvColumn<UptakeMonthDto>[] = (
  ['month', 'enrolments', 'completions', 'cohortsDelivered', 'requestsRaised', 'requestsFilled'] as const
).map((field) => ({
  header: field,
  value: (r: UptakeMonthDto) => r[field],
}));

const FIRM_COLUMNS: CsvColumn<UptakeFirmDto>[] = (
  ['firmId', 'name', 'countryCode', ...UPTAKE_FIRM_FIGURES] as const
).map((field) => ({ header: field, value: (r: UptakeFirmDto) => r[field] }));
