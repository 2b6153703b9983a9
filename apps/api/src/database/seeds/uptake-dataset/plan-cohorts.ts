import { Bookings } from './bookings';
import { PlanContext } from './context';
import { CohortPlan, Course, Country, DAY, HOUR, IN_PERSON, ONLINE } from './model';
import { languageFor } from './plan-courses';
import { TrainersPlan, pickTrainer } from './plan-trainers';
import { Weighted } from './random';
import { UnitRow } from './read-existing';

export interface OpenCohortsInput {
  units: UnitRow[];
  countryByCode: Map<string, Country>;
  officersByCountry: Map<string, number[]>;
  courses: Course[];
  trainers: TrainersPlan;
  bookings: Bookings;
}

/**
 * The planner of open cohorts (not reserved for a unit): a course by popularity, a mode, a start in the
 * month, a country where officers are (in person always, online sometimes), a trainer and a status at "now".
 * A cohort that is planned, open or running books its trainer (as the API does); one whose trainer is
 * already booked over its dates is planned without a trainer (an admin picks one), with the same draws.
 */
export function openCohortPlanner(
  { o, rng, ids, cal }: PlanContext,
  { units, countryByCode, officersByCountry, courses, trainers, bookings }: OpenCohortsInput,
): (month: number) => CohortPlan {
  const { now, monthStart } = cal;
  const coursePicker = new Weighted(courses.map((c) => c.weight));
  const cohortCountries = [...officersByCountry.keys()].sort();
  const countryPicker = new Weighted(
    cohortCountries.map(
      (cc) => Math.pow(officersByCountry.get(cc)!.length, 0.7) * (countryByCode.get(cc)?.hotspot ? 2.5 : 1),
    ),
  );
  const unitsByCountry = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (!unitsByCountry.has(u.country_code)) unitsByCountry.set(u.country_code, []);
    unitsByCountry.get(u.country_code)!.push(i);
  });

  function planOpenCohort(m: number): CohortPlan {
    const course = coursePicker.pick(rng);
    const r = rng.next();
    const mode = r < 0.45 ? IN_PERSON : r < 0.65 ? 2 : ONLINE;
    const from = monthStart(m);
    const days = Math.round((monthStart(m + 1) - from) / DAY);
    let start = from + rng.int(0, days - 1) * DAY + rng.int(6, 10) * HOUR;
    // History only: a cohort drawn after "now" in the last month starts that many days earlier (same draws,
    // so the rest of the data set is unchanged), leaving nothing open for enrolment.
    if (o.future === false && start > now) start -= Math.ceil((start - now) / DAY) * DAY;
    const end = start + (mode === IN_PERSON ? rng.int(2, 5) : mode === ONLINE ? rng.int(14, 42) : rng.int(7, 21)) * DAY;
    let country: string | null = null;
    let city: string | null = null;
    if (cohortCountries.length && (mode !== ONLINE || rng.chance(0.3))) {
      country = cohortCountries[countryPicker.pick(rng)];
      if (mode !== ONLINE) city = units[rng.pick(unitsByCountry.get(country)!)].city;
    }
    const capacity = mode === IN_PERSON ? rng.int(12, 30) : mode === ONLINE ? rng.int(20, 60) : rng.int(15, 30);
    let status = cal.statusAt(start, end);
    if (status === 'completed' && rng.chance(0.07)) status = 'cancelled';
    if (status === 'open' && start - now > 45 * DAY && rng.chance(0.5)) status = 'planned';
    const seatTarget =
      status === 'completed'
        ? Math.round(capacity * rng.between(0.55, 1))
        : status === 'running'
          ? Math.round(capacity * rng.between(0.6, 1))
          : status === 'open'
            ? Math.round(capacity * rng.between(0.2, 1))
            : 0;
    const extraTarget =
      status === 'cancelled'
        ? Math.round(capacity * rng.between(0.2, 0.7))
        : status === 'open'
          ? seatTarget === capacity
            ? rng.int(0, 6)
            : rng.int(0, 2)
          : status === 'planned'
            ? 0
            : Math.round(seatTarget * rng.between(0, 0.15));
    const language = languageFor(rng, courses, course, country);
    let trainer = status === 'cancelled' && rng.chance(0.5) ? -1 : pickTrainer(rng, trainers, course, language);
    if (trainer >= 0 && (status === 'planned' || status === 'open' || status === 'running')) {
      if (bookings.isFree(trainer, start, end)) bookings.book(trainer, start, end);
      else trainer = -1;
    }
    return {
      id: ids.uuid(),
      course,
      start,
      end,
      mode,
      language,
      country,
      city,
      capacity,
      trainer,
      unit: -1,
      status,
      created: Math.min(now - HOUR, start - rng.int(20, 90) * DAY),
      seatTarget,
      extraTarget,
      seats: 0,
    };
  }
  return planOpenCohort;
}
