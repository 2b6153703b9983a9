/** Words of the regional-uptake figures, shared by the API and the portal. */

/** What a count shows outside an admin's view when it is from 1 to 4, so that no officer can be singled out. */
export const SUPPRESSED_COUNT = '<5';
/** A count of the uptake figures: a number, or "<5" where it is hidden (0 stays 0). */
export type Count = number | typeof SUPPRESSED_COUNT;

/** The tables of the dashboard that export as CSV. */
export const UPTAKE_TABLES = ['areas', 'series', 'firms', 'my-unit'] as const;
export type UptakeTable = (typeof UPTAKE_TABLES)[number];

/** The figures of an area (region, country or unit), in the order of its CSV columns. */
export const UPTAKE_AREA_FIGURES = [
  'unitsKnown',
  'unitsReached',
  'officersEnrolled',
  'enrolments',
  'completions',
  'completionRate',
  'activeCertifications',
  'expiringCertifications',
  'cohortsDelivered',
  'cohortsOnline',
  'cohortsInPerson',
  'cohortsBlended',
  'trainersDelivered',
  'requestsRaised',
  'requestsFilled',
  'requestsUnfilled',
  'seatsRequested',
  'seatsFilled',
  'seatsGap',
  'medianHoursToTrainer',
] as const;
export type UptakeAreaFigure = (typeof UPTAKE_AREA_FIGURES)[number];

/** The figures a coordinator's unit is compared on with the mean unit of its country, in this order. */
export const COMPARISON_FIGURES = [
  'officersEnrolled',
  'enrolments',
  'completions',
  'completionRate',
  'activeCertifications',
  'expiringCertifications',
  'cohortsDelivered',
  'requestsRaised',
  'requestsFilled',
  'seatsRequested',
  'seatsFilled',
  'medianHoursToTrainer',
] as const satisfies readonly UptakeAreaFigure[];
export type ComparisonFigure = (typeof COMPARISON_FIGURES)[number];

/**
 * The fewest police units an area shown outside an admin's view may hold. A country or region with 1 or 2
 * units would show one or two units' own figures (and a coordinator's "mean unit" would be the other
 * unit's), so its figures are withheld, as a unit's are; areas without units hold no officers and are shown.
 */
export const MIN_UNITS_PER_AREA = 3;

/** A country as the area rule weighs it: its region and how many police units it holds. */
export interface AreaUnits {
  code: string;
  region: string;
  units: number;
}

/** The areas whose figures are withheld outside an admin's view, and whether the grand total is. */
export interface WithheldAreas {
  countries: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  total: boolean;
}

const tooSmall = (units: number, min: number) => units > 0 && units < min;

/**
 * Which countries and regions are withheld outside an admin's view. It depends only on how many units each
 * area holds (public), never on the figures, so withholding itself says nothing about them.
 *
 * - A country or region with 1 to `min - 1` units is withheld.
 * - Complementary withholding: a region's figures less its shown countries' give its withheld countries'
 *   together, and the grand total less the shown countries (or shown regions) gives every withheld one
 *   together; whenever such a remainder would hold 1 to `min - 1` units, the smallest shown country of that
 *   region (or anywhere, or the smallest region with all its countries) is withheld too, until it holds
 *   none or at least `min`.
 */
export function withheldAreas(countries: readonly AreaUnits[], min = MIN_UNITS_PER_AREA): WithheldAreas {
  // Smallest first (then by code), so complementary withholding takes the least informative area.
  const ordered = [...countries].sort((a, b) => a.units - b.units || (a.code < b.code ? -1 : 1));
  const hidden = new Set(ordered.filter((c) => tooSmall(c.units, min)).map((c) => c.code));
  const unitsOf = (list: readonly { units: number }[]) => list.reduce((sum, c) => sum + c.units, 0);
  /** Withholds the smallest shown countries of `list` (with units) until its withheld remainder is safe. */
  const complete = (list: readonly AreaUnits[]) => {
    for (const next of list) {
      if (!tooSmall(unitsOf(list.filter((c) => hidden.has(c.code))), min)) return;
      if (!hidden.has(next.code) && next.units > 0) hidden.add(next.code);
    }
  };
  const regionCodes = [...new Set(ordered.map((c) => c.region))].sort();
  const inRegion = (region: string) => ordered.filter((c) => c.region === region);
  for (const region of regionCodes) complete(inRegion(region));
  complete(ordered);
  // Regions: the small ones, then complementary ones (a region withheld for its neighbours' sake takes its
  // countries with it, else its countries' sum would stand in for it).
  const regionUnits = regionCodes
    .map((code) => ({ code, units: unitsOf(inRegion(code)) }))
    .sort((a, b) => a.units - b.units || (a.code < b.code ? -1 : 1));
  const hiddenRegions = new Set(regionUnits.filter((r) => tooSmall(r.units, min)).map((r) => r.code));
  for (const next of regionUnits) {
    if (!tooSmall(unitsOf(regionUnits.filter((r) => hiddenRegions.has(r.code))), min)) break;
    if (!hiddenRegions.has(next.code) && next.units > 0) {
      hiddenRegions.add(next.code);
      for (const c of inRegion(next.code)) if (c.units > 0) hidden.add(c.code);
    }
  }
  // Withholding a region's countries can leave another remainder small: settle the countries once more.
  complete(ordered);
  return { countries: hidden, regions: hiddenRegions, total: tooSmall(unitsOf(ordered), min) };
}

/** A member firm's contribution, in the order of the firms table and its CSV columns. */
export const UPTAKE_FIRM_FIGURES = [
  'trainers',
  'trainersDelivered',
  'cohortsDelivered',
  'assignmentsProposed',
  'assignmentsAccepted',
  'assignmentsDeclined',
] as const;
