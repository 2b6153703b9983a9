import { EntityManager } from 'typeorm';
import type { AreaUnits } from '@icspa/domain';
import { selectOne, selectRows } from '../../core/database/sql';
import {
  AreaFiguresRow,
  FirmFiguresRow,
  MonthFiguresRow,
  UptakeLevel,
  UptakeScope,
  AREAS_FINGERPRINT_SQL,
  areaFiguresSql,
  areasSql,
  firmFiguresSql,
  keptAnswers,
  keptAreaFiguresSql,
  keptSeriesAnswers,
  keptSeriesSql,
  monthlySeriesSql,
} from './uptake-figures';
import type { UptakeCache, UptakeSnapshot } from './uptake-cache';

/**
 * The reporting module's statements, each with the type of its rows. The figures' SQL is built in
 * uptake-figures.ts (where the figures are defined); this file runs it.
 */

/** A region, country or unit a level lists, by name and place. */
export interface AreaRow {
  key: string;
  name: string;
  region_code: string | null;
  country_code: string | null;
  hotspot: boolean;
}

export interface UptakeRefreshRow {
  as_of: Date;
  duration_ms: number;
}

/**
 * Whether each filter of a query names a row that exists (true for a filter not given), and the rollup's
 * snapshot time (null before the first refresh): the key of the figures kept for it (UptakeCache).
 */
export interface ScopeFoundRow {
  region: boolean;
  country: boolean;
  unit: boolean;
  course: boolean;
  as_of: Date | null;
  /** The period whose figures the refresh kept (first days of its months, YYYY-MM-DD); null before. */
  default_from: string | null;
  default_to: string | null;
  /** Which region each country is in, now (`AREAS_FINGERPRINT_SQL`) and as the refresh saw it (null before). */
  areas: string;
  kept_areas: string | null;
}

/** The figures' snapshot as the cache keys it. */
export const snapshotKey = (asOf: Date | null) => (asOf ? new Date(asOf).toISOString() : null);

/**
 * The rows of the statement the refresh kept for the default period (`kept`, when the request may read it), else
 * of `computed`; both kept by `cache` for the snapshot. Kept rows that are not there (a refresh for another
 * period committed since the filters' check) fall back to the computed statement.
 */
async function keptOrComputed<T extends { as_of: Date | null }>(
  manager: EntityManager,
  cache: UptakeCache,
  snapshot: UptakeSnapshot,
  kept: { sql: string; params: unknown[] } | null,
  computed: { sql: string; params: unknown[] },
): Promise<T[]> {
  const read = (statement: { sql: string; params: unknown[] }) =>
    cache.rows(snapshot.asOf, statement, () => selectRows<T>(manager, statement.sql, statement.params), snapshot.areas);
  if (kept) {
    const rows = await read(kept);
    if (rows.length) return rows;
  }
  return read(computed);
}

/**
 * Every figure of every area at one level, and of the whole scope (key 'total'): one statement over the
 * rollups, kept by `cache` for the `snapshot` (as the figures statements below). For the default period
 * (`defaultPeriod`: the scope's period is the one the refresh kept, as the filters' check read it), the rows
 * the refresh kept for it, where they answer the scope (`keptAnswers`); computed when they do not, or when a
 * refresh for another period has committed since the check.
 */
export async function selectAreaFigures(
  manager: EntityManager,
  level: UptakeLevel,
  scope: UptakeScope,
  cache: UptakeCache,
  snapshot: UptakeSnapshot,
  defaultPeriod = false,
): Promise<AreaFiguresRow[]> {
  const kept = defaultPeriod && keptAnswers(level, scope) ? keptAreaFiguresSql(level, scope) : null;
  return keptOrComputed<AreaFiguresRow>(manager, cache, snapshot, kept, areaFiguresSql(level, scope));
}

/** The areas a level lists (all of them, with or without figures), in the order shown. */
export function selectAreas(
  manager: EntityManager,
  level: UptakeLevel,
  scope: Pick<UptakeScope, 'region' | 'country' | 'unitId'>,
): Promise<AreaRow[]> {
  const { sql, params } = areasSql(level, scope);
  return selectRows<AreaRow>(manager, sql, params);
}

/** Every month of the period, oldest first (for the default period, as `selectAreaFigures`, the kept trend). */
export async function selectMonthlySeries(
  manager: EntityManager,
  scope: UptakeScope,
  cache: UptakeCache,
  snapshot: UptakeSnapshot,
  defaultPeriod = false,
): Promise<MonthFiguresRow[]> {
  const kept = defaultPeriod && keptSeriesAnswers(scope) ? keptSeriesSql(scope) : null;
  return keptOrComputed<MonthFiguresRow>(manager, cache, snapshot, kept, monthlySeriesSql(scope));
}

/**
 * Each member firm's contribution (one firm's, given its id), by name (for the default period without a course
 * filter, from what the refresh kept).
 */
export async function selectFirmFigures(
  manager: EntityManager,
  scope: UptakeScope,
  firmId: string | null,
  cache: UptakeCache,
  snapshot: UptakeSnapshot,
  defaultPeriod = false,
): Promise<FirmFiguresRow[]> {
  const kept = defaultPeriod && scope.courseIds === null ? firmFiguresSql(scope, firmId, true) : null;
  return keptOrComputed<FirmFiguresRow>(manager, cache, snapshot, kept, firmFiguresSql(scope, firmId));
}

/** The country of a police unit (the unit exists: a coordinator's own). */
export async function selectUnitCountry(manager: EntityManager, unitId: string): Promise<string> {
  const row = await selectOne<{ country_code: string }>(manager, `SELECT country_code FROM police_unit WHERE id = $1`, [
    unitId,
  ]);
  return row!.country_code;
}

/** Every country with its region and how many police units it holds (live, like the list of units). */
export function selectCountryUnits(manager: EntityManager): Promise<AreaUnits[]> {
  return selectRows<AreaUnits>(
    manager,
    `SELECT c.code::text AS code, c.region_code::text AS region, count(pu.id)::int AS units
     FROM country c LEFT JOIN police_unit pu ON pu.country_code = c.code GROUP BY c.code, c.region_code`,
  );
}

/** The time of the figures and how long the refresh that took them ran; null before the first refresh. */
export function selectUptakeRefresh(manager: EntityManager): Promise<UptakeRefreshRow | null> {
  return selectOne<UptakeRefreshRow>(manager, `SELECT as_of, duration_ms FROM uptake_refresh`);
}

export async function selectScopeFound(
  manager: EntityManager,
  filters: { region: string | null; country: string | null; unitId: string | null; courseId: string | null },
): Promise<ScopeFoundRow> {
  const row = await selectOne<ScopeFoundRow>(
    manager,
    `SELECT
       ($1::text IS NULL OR EXISTS (SELECT 1 FROM region WHERE code = $1)) AS region,
       ($2::text IS NULL OR EXISTS (SELECT 1 FROM country WHERE code = $2)) AS country,
       ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM police_unit WHERE id = $3)) AS unit,
       ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM course WHERE id = $4)) AS course,
       r.as_of, to_char(r.default_from, 'YYYY-MM-DD') AS default_from, to_char(r.default_to, 'YYYY-MM-DD') AS default_to,
       ${AREAS_FINGERPRINT_SQL} AS areas, r.areas_fingerprint AS kept_areas
     FROM (SELECT 1) one LEFT JOIN uptake_refresh r ON true`,
    [filters.region, filters.country, filters.unitId, filters.courseId],
  );
  return row!;
}

/** The ids of the courses a course or topic filter keeps, in id order. */
export async function selectFilteredCourseIds(
  manager: EntityManager,
  filters: { courseId: string | null; topic: string | null },
): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM course WHERE ($1::uuid IS NULL OR id = $1) AND ($2::text IS NULL OR topics @> ARRAY[$2]::varchar[]) ORDER BY id`,
    [filters.courseId, filters.topic],
  );
  return rows.map((c) => c.id);
}

export interface PlanDeliveryRow {
  countryCode: string;
  quarter: string;
  planned: number;
  trained: number;
  certified: number;
}

/**
 * Approved workplans against delivery by country and quarter, from the rollup (`uptake_plan_delivery`, rebuilt
 * with the other uptake rollups), with the rollup's "as of" in the same statement: a refresh committing between
 * two statements cannot pair one snapshot's rows with another's instant. `country` null: every country.
 */
export async function selectPlanDelivery(
  manager: EntityManager,
  country: string | null,
): Promise<{ asOf: Date | null; rows: PlanDeliveryRow[] }> {
  const rows = await selectRows<{ as_of: Date | null } & { [K in keyof PlanDeliveryRow]: PlanDeliveryRow[K] | null }>(
    manager,
    `SELECT r.as_of, d.country_code::text AS "countryCode", d.quarter, d.planned, d.trained, d.certified
     FROM (SELECT 1) one
     LEFT JOIN uptake_refresh r ON true
     LEFT JOIN uptake_plan_delivery d ON $1::char(2) IS NULL OR d.country_code = $1
     ORDER BY d.country_code, d.quarter`,
    [country],
  );
  return {
    asOf: rows[0]?.as_of ?? null,
    rows: rows.filter((r): r is { as_of: Date | null } & PlanDeliveryRow => r.countryCode !== null),
  };
}
