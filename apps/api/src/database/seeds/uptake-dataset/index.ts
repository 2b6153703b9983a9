/**
 * A deterministic, realistic-looking history for the regional-uptake reports, at any scale: member firms,
 * police units, officers, trainers and courses (as many NEW ones as asked), then months of cohorts,
 * enrolments, training requests with their assignments, and certifications drawn from ALL the units,
 * officers, trainers and published courses in the database (so it runs on the bare reference data of the
 * integration tests as well as on top of the demo seed).
 *
 * - Deterministic: every choice and every id comes from a seeded PRNG, and the rows it draws from are
 *   read in a stable order (natural keys), so the same options on the same starting database give the
 *   same rows. Timestamps are relative to the middle of `endMonth`, never to the clock.
 * - Fast: the whole history is planned in memory (typed arrays), then written with multi-row
 *   `INSERT … SELECT FROM unnest(…)` statements of 10,000 rows.
 * - Valid: it keeps every constraint of the migrations (seats within capacity and equal to the
 *   seat-holding enrolments, one live enrolment per officer and course, no trainer booked twice for
 *   overlapping periods, one first certification per holder and programme, in-person cohorts placed).
 *
 * The history is for reports, not for the learning flows: no lesson completions or assessment attempts
 * are written, and certifications carry a placeholder credential (they do not verify offline).
 */
import { Bookings } from './bookings';
import { PlanContext, datasetCalendar } from './context';
import { EmailBook } from './helpers';
import { DatasetDb, DatasetProgress, UptakeDatasetOptions, validate } from './options';
import { planCertifications } from './plan-certifications';
import { openCohortPlanner } from './plan-cohorts';
import { planCourses } from './plan-courses';
import { planEnrolments } from './plan-enrolments';
import { planFirms } from './plan-firms';
import { planOfficers } from './plan-officers';
import { planProgrammes } from './plan-programmes';
import { planRequests } from './plan-requests';
import { planTrainers } from './plan-trainers';
import { planUnits } from './plan-units';
import { Rng } from './random';
import { readExisting } from './read-existing';
import { writeDataset } from './write-dataset';
import { writePlans } from './write-plans';

export type { DatasetDb, DatasetProgress, UptakeDatasetOptions } from './options';
export { Rng } from './random';

/**
 * Reads what is there, plans the whole history in memory, then writes it. The planners run in this order
 * and no other: they share the `rng` and `ids` streams, so the same seed gives the same rows only as long
 * as every draw happens in the same order.
 */
export async function generateUptakeDataset(
  db: DatasetDb,
  o: UptakeDatasetOptions,
  onProgress?: DatasetProgress,
): Promise<void> {
  validate(o);
  const ctx: PlanContext = { o, rng: new Rng(o.seed, 1), ids: new Rng(o.seed, 2), cal: datasetCalendar(o) };
  const existing = await readExisting(db, o);
  const { countries } = existing;
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const emails = new EmailBook(existing.userCount, existing.emails);

  const firms = planFirms(ctx, existing.firms, countries, countryByCode);
  const units = planUnits(ctx, existing.units, countries, countryByCode);
  const courses = planCourses(ctx, existing.publishedCourses, existing.courseCodes);
  const officers = planOfficers(ctx, existing.officers, units.units, units.unitSize, countryByCode, emails);
  const trainers = planTrainers(
    ctx,
    existing.trainers,
    firms.firms,
    courses.courses,
    courses.courseIndex,
    units.unitCountries,
    emails,
  );
  const programmes = planProgrammes(ctx, existing.programmes, courses.courses, courses.newCourses);

  const courseCount = courses.courses.length;
  const officerCount = officers.officers.length;
  const officerIndex = new Map(officers.officers.map((x, i) => [x.id, i]));
  const bookings = new Bookings(
    existing,
    officerIndex,
    courses.courseIndex,
    trainers.trainerIndex,
    officerCount,
    courseCount,
  );
  if ((o.enrolments > 0 || o.requests > 0) && courseCount === 0)
    throw new Error('uptake dataset: no published course to build a history on; ask for courses >= 1');
  if (o.enrolments > 0 && officerCount === 0)
    throw new Error('uptake dataset: no officers to enrol; ask for officers >= 1');
  if (o.requests > 0 && units.units.length === 0)
    throw new Error('uptake dataset: no police unit to raise requests; ask for units >= 1');

  const requests = planRequests(ctx, {
    units: units.units,
    countryByCode,
    officersByUnit: officers.officersByUnit,
    coordinatorOf: officers.coordinatorOf,
    courses: courses.courses,
    trainers,
    bookings,
  });
  const enrolments = planEnrolments(ctx, {
    cohorts: requests.cohorts,
    planOpenCohort: openCohortPlanner(ctx, {
      units: units.units,
      countryByCode,
      officersByCountry: officers.officersByCountry,
      courses: courses.courses,
      trainers,
      bookings,
    }),
    officersByUnit: officers.officersByUnit,
    officersByCountry: officers.officersByCountry,
    allOfficers: officers.allOfficers,
    bookings,
  });
  const certifications = planCertifications(ctx, {
    programmes: programmes.programmes,
    courseIndex: courses.courseIndex,
    courseCount,
    officerIndex,
    enrolments,
    firstCertifications: existing.firstCertifications,
  });

  await writeDataset(
    db,
    ctx,
    { firms, units, courses, officers, trainers, programmes, requests, enrolments, certifications },
    onProgress,
  );
  await writePlans(db, ctx.cal.now);
}
