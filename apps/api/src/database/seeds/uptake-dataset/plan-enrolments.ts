import { Bookings } from './bookings';
import { PlanContext } from './context';
import { allocate } from './helpers';
import {
  CohortPlan,
  E_COMPLETED,
  E_ENROLLED,
  E_FAILED,
  E_WAITLISTED,
  E_WITHDRAWN,
  FUTURE_MONTHS,
  FUTURE_SHARE,
} from './model';

export interface EnrolmentsInput {
  /** The request cohorts; the open cohorts planned here are added after them. */
  cohorts: CohortPlan[];
  planOpenCohort: (month: number) => CohortPlan;
  officersByUnit: number[][];
  officersByCountry: Map<string, number[]>;
  allOfficers: number[];
  bookings: Bookings;
}

/** The enrolments, column by column: cohort and officer (indexes) and status (E_*), `count` of them. */
export interface EnrolmentsPlan {
  cohorts: CohortPlan[];
  enrCohort: Int32Array;
  enrOfficer: Int32Array;
  enrStatus: Uint8Array;
  enrCount: number;
}

/**
 * `o.enrolments` enrolments, month by month after a quota per month (a few future months get some too):
 * first the cohorts reserved by requests, then as many open cohorts as the quota needs.
 */
export function planEnrolments(
  { o, rng, cal }: PlanContext,
  {
    cohorts: requestCohorts,
    planOpenCohort,
    officersByUnit,
    officersByCountry,
    allOfficers,
    bookings,
  }: EnrolmentsInput,
): EnrolmentsPlan {
  const { monthWeights, monthOf } = cal;
  const { liveEnrolments, taken, courseCount } = bookings;
  const cohorts = [...requestCohorts];
  const enrCohort = new Int32Array(o.enrolments);
  const enrOfficer = new Int32Array(o.enrolments);
  const enrStatus = new Uint8Array(o.enrolments);
  let enrCount = 0;

  /** Enrols up to `wanted` distinct officers of the cohort's reach; returns how many. */
  function fillCohort(ci: number, wanted: number): number {
    const c = cohorts[ci];
    const pool =
      c.unit >= 0 ? officersByUnit[c.unit] : c.country ? (officersByCountry.get(c.country) ?? []) : allOfficers;
    if (pool.length === 0 || wanted <= 0) return 0;
    const live = c.status !== 'completed' && c.status !== 'cancelled';
    const chosen = new Set<number>();
    const maxAttempts = wanted * 12 + 20;
    for (let attempt = 0; chosen.size < wanted && attempt < maxAttempts; attempt++) {
      const off = pool[Math.floor(rng.next() * pool.length)];
      if (chosen.has(off)) continue;
      const key = off * courseCount + c.course;
      if (live && liveEnrolments.has(key)) continue;
      if (taken && taken[key] && attempt < maxAttempts / 2) continue;
      chosen.add(off);
    }
    let seatHolders = 0;
    for (const off of chosen) {
      const key = off * courseCount + c.course;
      let status: number;
      if (seatHolders < c.seatTarget && seatHolders < c.capacity) {
        seatHolders++;
        status = c.status === 'completed' ? (rng.chance(0.86) ? E_COMPLETED : E_FAILED) : E_ENROLLED;
      } else {
        status = c.status === 'open' && seatHolders === c.capacity ? E_WAITLISTED : E_WITHDRAWN;
      }
      if (status === E_ENROLLED || status === E_WAITLISTED) liveEnrolments.add(key);
      if (taken && status !== E_WITHDRAWN) taken[key] = 1;
      enrCohort[enrCount] = ci;
      enrOfficer[enrCount] = off;
      enrStatus[enrCount] = status;
      enrCount++;
    }
    c.seats = seatHolders;
    return chosen.size;
  }

  const historyQuota =
    o.enrolments - (o.months > 0 && o.future !== false ? Math.round(o.enrolments * FUTURE_SHARE) : 0);
  const quotas = [
    ...allocate(historyQuota, monthWeights),
    ...allocate(o.enrolments - historyQuota, [3, 2, 1].slice(0, FUTURE_MONTHS)),
  ];
  const requestCohortsByMonth = new Map<number, number[]>();
  cohorts.forEach((c, i) => {
    const m = Math.min(monthOf(c.start), quotas.length - 1);
    if (!requestCohortsByMonth.has(m)) requestCohortsByMonth.set(m, []);
    requestCohortsByMonth.get(m)!.push(i);
  });
  let leftover = 0;
  for (let m = 0; m < quotas.length; m++) {
    let quota = quotas[m];
    const reserved = requestCohortsByMonth.get(m) ?? [];
    const demand = reserved.reduce((sum, ci) => sum + cohorts[ci].seatTarget + cohorts[ci].extraTarget, 0);
    const scale = demand > quota ? quota / demand : 1;
    for (const ci of reserved) {
      const c = cohorts[ci];
      c.seatTarget = Math.floor(c.seatTarget * scale);
      c.extraTarget = Math.floor(c.extraTarget * scale);
      quota -= fillCohort(ci, Math.min(quota, c.seatTarget + c.extraTarget));
    }
    quota = fillMonth(m, quota);
    leftover += quota;
  }
  // Future cohorts can run out of officers free to enrol (one live enrolment per course): the rest of
  // the enrolments go to the first month of history, which is all in the past.
  if (leftover > 0) leftover = fillMonth(0, leftover);
  if (leftover > 0)
    throw new Error(
      `uptake dataset: could not place ${leftover} enrolments; ask for more officers or courses, or more months`,
    );

  function fillMonth(m: number, quota: number): number {
    let idle = 0;
    while (quota > 0 && idle < 2000) {
      cohorts.push(planOpenCohort(m));
      const ci = cohorts.length - 1;
      const c = cohorts[ci];
      const got = fillCohort(ci, Math.min(quota, c.seatTarget + c.extraTarget));
      quota -= got;
      idle = got > 0 ? 0 : idle + 1;
    }
    return quota;
  }
  return { cohorts, enrCohort, enrOfficer, enrStatus, enrCount };
}
