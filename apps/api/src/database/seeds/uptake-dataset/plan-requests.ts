import type { AssignmentStatus, TrainingRequestStatus } from '@icspa/domain';
import { Bookings } from './bookings';
import { PlanContext } from './context';
import { allocate } from './helpers';
import {
  AssignmentPlan,
  CohortPlan,
  Country,
  Course,
  DAY,
  DECLINE_REASONS,
  HOUR,
  IN_PERSON,
  ONLINE,
  RequestPlan,
} from './model';
import { languageFor } from './plan-courses';
import { TrainersPlan } from './plan-trainers';
import { Weighted } from './random';
import { UnitRow } from './read-existing';

export interface RequestsInput {
  units: UnitRow[];
  countryByCode: Map<string, Country>;
  officersByUnit: number[][];
  coordinatorOf: Map<number, string>;
  courses: Course[];
  trainers: TrainersPlan;
  bookings: Bookings;
}

export interface RequestsPlan {
  requests: RequestPlan[];
  assignments: AssignmentPlan[];
  /** The cohorts that filled requests schedule, reserved for the requesting units. */
  cohorts: CohortPlan[];
}

/**
 * `o.requests` training requests over the months (more in later months and in hotspots), each with the
 * matcher's story (declined or expired proposals, then the outcome) and, once a trainer accepted, its cohort.
 */
export function planRequests(
  { o, rng, ids, cal }: PlanContext,
  { units, countryByCode, officersByUnit, coordinatorOf, courses, trainers, bookings }: RequestsInput,
): RequestsPlan {
  const { now, monthStart, monthWeights } = cal;
  const { trainersByCourse, allTrainers } = trainers;
  const coursePicker = new Weighted(courses.map((c) => c.weight));
  const cohorts: CohortPlan[] = [];
  const requestUnitPicker = new Weighted(
    units.map(
      (u, i) =>
        (officersByUnit[i].length ? Math.sqrt(officersByUnit[i].length) : 0.05) *
        (countryByCode.get(u.country_code)?.hotspot ? 3 : 1),
    ),
  );
  const requests: RequestPlan[] = [];
  const assignments: AssignmentPlan[] = [];
  const requestsPerMonth = allocate(o.requests, monthWeights);
  for (let m = 0; m < o.months; m++) {
    const from = monthStart(m);
    const to = Math.min(monthStart(m + 1), now);
    for (let k = 0; k < requestsPerMonth[m]; k++) {
      const created = from + Math.floor(rng.next() * ((to - from) / 60_000)) * 60_000;
      const unit = requestUnitPicker.pick(rng);
      const course = coursePicker.pick(rng);
      const mode = rng.chance(0.5) ? IN_PERSON : rng.chance(0.4) ? 2 : ONLINE;
      const start = Math.floor((created + rng.int(21, 120) * DAY) / DAY) * DAY + rng.int(7, 10) * HOUR;
      const end =
        start + (mode === IN_PERSON ? rng.int(2, 5) : mode === ONLINE ? rng.int(14, 42) : rng.int(5, 15)) * DAY;
      const r = rng.next();
      let status: TrainingRequestStatus;
      if (o.future === false && end > now) continue;
      if (start <= now) status = r < 0.68 ? 'assigned' : r < 0.88 ? 'unfilled' : 'cancelled';
      else if (now - created < 2 * DAY) status = r < 0.6 ? 'pending' : 'matching';
      else
        status = r < 0.5 ? 'assigned' : r < 0.7 ? 'proposed' : r < 0.8 ? 'unfilled' : r < 0.9 ? 'cancelled' : 'pending';
      const request: RequestPlan = {
        id: ids.uuid(),
        unit,
        course,
        language: languageFor(rng, courses, course, units[unit].country_code),
        start,
        end,
        mode,
        seats: mode === ONLINE ? rng.int(8, 60) : rng.int(6, 30),
        status,
        round: 1,
        requestedBy: coordinatorOf.get(unit) ?? null,
        cohort: -1,
        assignedAt: null,
        created,
        updated: created,
      };
      requests.push(request);
      planAssignments(request, requests.length - 1);
    }
  }

  /** The matcher's story for one request: declined or expired proposals, then the outcome. */
  function planAssignments(req: RequestPlan, index: number) {
    const candidates = trainersByCourse[req.course].length ? trainersByCourse[req.course] : allTrainers;
    if (candidates.length === 0 && (req.status === 'assigned' || req.status === 'proposed')) req.status = 'unfilled';
    if (candidates.length === 0 || req.status === 'pending' || req.status === 'matching') return;
    const r = rng.next();
    let declines =
      req.status === 'unfilled'
        ? rng.int(1, 4)
        : req.status === 'cancelled'
          ? 0
          : r < 0.5
            ? 0
            : r < 0.8
              ? 1
              : r < 0.95
                ? 2
                : 3;
    const finalLive = req.status === 'assigned' || req.status === 'proposed';
    const order = rng.sample(candidates, Math.min(candidates.length, declines + (finalLive ? 12 : 0) + 1));
    declines = Math.min(declines, order.length - (finalLive ? 1 : 0));
    // Offsets from `created`, in ms; scaled down when the story would end after its deadline.
    const steps: {
      trainer: number;
      proposed: number;
      answered: number | null;
      expires: number;
      status: AssignmentStatus;
    }[] = [];
    let t = rng.between(0.05, 2) * HOUR;
    for (let k = 0; k < declines; k++) {
      const declined = rng.chance(0.7);
      const answered = declined ? t + rng.between(1, 40) * HOUR : null;
      steps.push({
        trainer: order[k],
        proposed: t,
        answered,
        expires: t + 48 * HOUR,
        status: declined ? 'declined' : 'expired',
      });
      t = (answered ?? t + 48 * HOUR) + rng.between(0.02, 0.5) * HOUR;
    }
    if (req.status === 'assigned') {
      const answered = t + rng.between(0.5, 40) * HOUR;
      const deadline = Math.min(now, req.start - DAY) - req.created;
      const scale = answered > deadline ? Math.max(0.01, deadline / answered) : 1;
      for (const s of steps) {
        s.proposed *= scale;
        s.expires = s.proposed + 48 * HOUR;
        if (s.answered !== null) s.answered *= scale;
      }
      const liveUntilEnd = req.end > now;
      const trainer = order.slice(declines).find((c) => !liveUntilEnd || bookings.isFree(c, req.start, req.end));
      if (trainer === undefined) {
        req.status = 'unfilled';
      } else {
        if (liveUntilEnd) bookings.book(trainer, req.start, req.end);
        steps.push({
          trainer,
          proposed: t * scale,
          answered: answered * scale,
          expires: t * scale + 48 * HOUR,
          status: liveUntilEnd ? 'accepted' : 'completed',
        });
        req.assignedAt = req.created + answered * scale;
        req.cohort = planRequestCohort(req, trainer);
      }
    } else if (req.status === 'proposed') {
      if (req.created + t > now) steps.length = 0;
      const proposedAt = Math.min(now, Math.max(req.created + (steps.length ? t : 0), now - rng.between(1, 40) * HOUR));
      const trainer = order.slice(steps.length).find((c) => bookings.isFree(c, req.start, req.end));
      if (trainer === undefined) req.status = 'pending';
      else {
        bookings.book(trainer, req.start, req.end);
        steps.push({
          trainer,
          proposed: proposedAt - req.created,
          answered: null,
          expires: proposedAt - req.created + 48 * HOUR,
          status: 'proposed',
        });
      }
    } else if (req.status === 'cancelled' && rng.chance(0.5)) {
      steps.push({ trainer: order[0], proposed: t, answered: null, expires: t + 48 * HOUR, status: 'cancelled' });
    }
    // Nothing may happen after the data set's "now".
    const limit = now - req.created;
    const kept = steps.filter((s) => s.proposed <= limit);
    for (const s of kept) if (s.answered !== null && s.answered > limit) s.answered = limit;
    kept.forEach((s, k) =>
      assignments.push({
        id: ids.uuid(),
        request: index,
        trainer: s.trainer,
        start: req.start,
        end: req.end,
        status: s.status,
        rank: k + 1,
        round: k + 1,
        proposedAt: req.created + s.proposed,
        expiresAt: req.created + s.expires,
        answeredAt: s.answered === null ? null : req.created + s.answered,
        reason: s.status === 'declined' ? rng.pick(DECLINE_REASONS) : null,
      }),
    );
    req.round = Math.max(1, kept.length);
    const last = kept[kept.length - 1];
    req.updated = Math.min(
      now,
      req.assignedAt ?? (last ? req.created + (last.answered ?? last.proposed) : req.created),
    );
  }

  /** The cohort an accepted assignment schedules: reserved for the requesting unit. */
  function planRequestCohort(req: RequestPlan, trainer: number): number {
    const unit = units[req.unit];
    const status = cal.statusAt(req.start, req.end);
    const seatTarget = Math.min(req.seats, Math.round(req.seats * rng.between(0.7, 1)));
    cohorts.push({
      id: ids.uuid(),
      course: req.course,
      start: req.start,
      end: req.end,
      mode: req.mode,
      language: req.language,
      country: unit.country_code,
      city: req.mode === ONLINE ? null : unit.city,
      capacity: req.seats,
      trainer,
      unit: req.unit,
      status,
      created: req.assignedAt!,
      seatTarget,
      extraTarget: status === 'open' ? rng.int(0, 2) : Math.round(seatTarget * rng.between(0, 0.1)),
      seats: 0,
    });
    return cohorts.length - 1;
  }

  return { requests, assignments, cohorts };
}
