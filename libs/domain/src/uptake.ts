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

/** A country with fewer units has no mean unit to show: it would be the other units' own figures. */
export const MIN_UNITS_TO_COMPARE = 3;

/** A member firm's contribution, in the order of the firms table and its CSV columns. */
export const UPTAKE_FIRM_FIGURES = [
  'trainers',
  'trainersDelivered',
  'cohortsDelivered',
  'assignmentsProposed',
  'assignmentsAccepted',
  'assignmentsDeclined',
] as const;
