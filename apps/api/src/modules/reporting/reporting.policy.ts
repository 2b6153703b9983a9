import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { SUPPRESSED_COUNT, withheldAreas, type AreaUnits, type Count, type WithheldAreas } from '@icspa/domain';
import { coded } from '../../core/errors/coded';

/**
 * Who sees which uptake figures. Admins: everything. Member admins: regions and countries (never a unit)
 * and their own firm's contribution. Coordinators: their own unit beside their country's average.
 * Outside an admin's view, counts from 1 to 4 are shown as "<5", the rest rounded to 5, and an area holding
 * fewer than MIN_UNITS_PER_AREA police units (or left as the only remainder of such areas) shows no figures.
 */
export const ReportingPolicy = {
  /** Regions and countries: admins and member admins (a coordinator sees only their unit). */
  assertCanSeeAreas(user: AuthUser): void {
    if (user.role !== 'admin' && user.role !== 'member_admin')
      throw new ForbiddenException(
        coded('uptake.regional_forbidden', null, 'Regional figures are for admins and member admins'),
      );
  },

  assertCanSeeUnits(user: AuthUser, field: 'level' | 'unitId'): void {
    if (user.role !== 'admin')
      throw new ForbiddenException(coded('uptake.unit_detail_admin_only', field, 'police-unit detail is for admins'));
  },

  /** The firm whose contribution the caller may see; null for every firm. */
  firmScope(user: AuthUser): string | null {
    if (user.role === 'admin') return null;
    if (user.role === 'member_admin' && user.memberFirmId) return user.memberFirmId;
    throw new ForbiddenException(
      coded('uptake.firm_forbidden', null, 'Member-firm figures are for admins and member admins'),
    );
  },

  ownUnit(user: AuthUser): string {
    if (user.role !== 'coordinator' || !user.policeUnitId)
      throw new ForbiddenException(coded('uptake.unit_forbidden', null, 'Unit figures are for the unit’s coordinator'));
    return user.policeUnitId;
  },

  suppresses(user: AuthUser): boolean {
    return user.role !== 'admin';
  },

  /**
   * The areas whose figures the caller may not see (none for admins): the same minimum units per shown area
   * as a coordinator's country comparison, with complementary withholding (`withheldAreas`).
   */
  withheldAreas(user: AuthUser, countries: readonly AreaUnits[]): WithheldAreas {
    if (!ReportingPolicy.suppresses(user)) return { countries: new Set(), regions: new Set(), total: false };
    return withheldAreas(countries);
  },

  /**
   * Whether a view's scope (its filter: a country, a region, or everything) is withheld. A row of a view
   * covers its own area within that scope, so a withheld scope withholds every row.
   */
  scopeWithheld(withheld: WithheldAreas, scope: { country?: string; region?: string }): boolean {
    if (scope.country) return withheld.countries.has(scope.country);
    if (scope.region) return withheld.regions.has(scope.region);
    return withheld.total;
  },
};

export const SMALL_COUNT = 5;

/**
 * A count as a non-admin sees it: 1 to 4 become "<5", and the rest are rounded to the nearest 5, so that
 * subtracting one figure from another (a total less its rows, a year less its months) cannot recover a
 * hidden count either. Admins see exact counts.
 */
export function suppress(value: number, on: boolean): Count {
  if (!on || value === 0) return value;
  return value < SMALL_COUNT ? SUPPRESSED_COUNT : Math.round(value / ROUNDING_BASE) * ROUNDING_BASE;
}

const ROUNDING_BASE = 5;
