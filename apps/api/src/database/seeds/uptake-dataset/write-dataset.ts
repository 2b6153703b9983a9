import { BatchInsert, writeRows } from './batch-insert';
import { PlanContext } from './context';
import { addMonths, iso, isoOrNull, pgArray, slug } from './helpers';
import { DAY, E_COMPLETED, E_ENROLLED, E_FAILED, E_STATUS, E_WITHDRAWN, HOUR, MODES, REVOKE_REASONS } from './model';
import { DatasetDb, DatasetProgress } from './options';
import { CertificationsPlan } from './plan-certifications';
import { CoursesPlan } from './plan-courses';
import { EnrolmentsPlan } from './plan-enrolments';
import { FirmsPlan } from './plan-firms';
import { OfficersPlan } from './plan-officers';
import { ProgrammesPlan } from './plan-programmes';
import { RequestsPlan } from './plan-requests';
import { TrainersPlan } from './plan-trainers';
import { UnitsPlan } from './plan-units';
import { Rng } from './random';
import { writeCourses } from './write-courses';

/** Everything the planners made, to be written. */
export interface DatasetPlan {
  firms: FirmsPlan;
  units: UnitsPlan;
  courses: CoursesPlan;
  officers: OfficersPlan;
  trainers: TrainersPlan;
  programmes: ProgrammesPlan;
  requests: RequestsPlan;
  enrolments: EnrolmentsPlan;
  certifications: CertificationsPlan;
}

/**
 * Writes the plan with multi-row `INSERT … SELECT FROM unnest(…)` statements, table by table in the order
 * of the foreign keys. The enrolments' and certifications' own details (times, progress, codes) are drawn
 * here, from a third stream (`row`) and from `ids`, in the order the rows are written.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export async function writeDataset(
  db: DatasetDb,
  { o, ids, cal }: PlanContext,
  plan: DatasetPlan,
  onProgress?: DatasetProgress,
): Promise<void> {
  const { now, firstMonth } = cal;
  const { newFirms } = plan.firms;
  const { units, newUnits } = plan.units;
  const { courses, newCourses } = plan.courses;
  const { officers, newOfficers } = plan.officers;
  const { trainers, newTrainers } = plan.trainers;
  const { newProgrammes, programmes } = plan.programmes;
  const { requests, assignments } = plan.requests;
  const { cohorts, enrCohort, enrOfficer, enrStatus, enrCount } = plan.enrolments;
  const { certEnrolment, certProgramme } = plan.certifications;
  const row = new Rng(o.seed, 3);
  /** Participant numbers given so far per cohort (the dataset's cohorts are all new). */
  const participantsNumbered = new Int32Array(cohorts.length);
  /** Pseudonym codes ("KZ-3F9") from a stream of their own, so the data set stays a function of its seed. */
  const codes = new Rng(o.seed, 4);
  const pseudonymCode = () => {
    const c = Array.from({ length: 5 }, () => CROCKFORD[codes.int(0, 31)]).join('');
    return `${c.slice(0, 2)}-${c.slice(2)}`;
  };
  const batch = (sql: string, width: number, label: string, total: number, constants: unknown[] = []) =>
    new BatchInsert(db, sql, width, label, total, onProgress, constants);

  await writeRows(
    batch(
      `INSERT INTO member_firm (id, name, country_code, website, created_at, updated_at)
       SELECT id, n, c, w, t, t FROM unnest($1::uuid[], $2::varchar[], $3::char(2)[], $4::varchar[], $5::timestamptz[]) AS x(id, n, c, w, t)`,
      5,
      'member firms',
      newFirms.length,
    ),
    newFirms.length,
    (i) => {
      const f = newFirms[i];
      return [f.id, f.name, f.country, `https://${slug(f.name)}.example`, iso(f.created)];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO police_unit (id, name, agency, city, country_code, created_at, updated_at)
       SELECT id, n, a, c, cc, t, t FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::char(2)[], $6::timestamptz[]) AS x(id, n, a, c, cc, t)`,
      6,
      'police units',
      newUnits.length,
    ),
    newUnits.length,
    (i) => {
      const u = newUnits[i];
      return [u.id, u.name, u.agency, u.city, u.country, iso(u.created)];
    },
  );

  await writeCourses(db, ids, newCourses, onProgress);

  const users = (label: string, total: number) =>
    batch(
      `INSERT INTO app_user (id, email, display_name, role, password_hash, police_unit_id, member_firm_id, created_at, updated_at)
       SELECT id, e, d, r::user_role, $8::varchar, u, f, t, t FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::uuid[], $6::uuid[], $7::timestamptz[]) AS x(id, e, d, r, u, f, t)`,
      7,
      label,
      total,
      [o.passwordHash],
    );
  await writeRows(users('officers', newOfficers.length), newOfficers.length, (i) => {
    const x = newOfficers[i];
    return [x.id, x.email, x.display, x.role, x.unit, null, iso(x.created)];
  });
  await writeRows(users('trainers', newTrainers.length), newTrainers.length, (i) => {
    const x = newTrainers[i];
    return [x.id, x.email, x.display, 'trainer', null, x.firm, iso(x.created)];
  });
  await writeRows(
    batch(
      `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, online_only, load_limit_per_quarter, updated_at)
       SELECT id, l::varchar(10)[], s::varchar(40)[], c::uuid[], k::char(2)[], o, n, t
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::smallint[], $8::timestamptz[]) AS x(id, l, s, c, k, o, n, t)`,
      8,
      'trainer profiles',
      newTrainers.length,
    ),
    newTrainers.length,
    (i) => {
      const x = newTrainers[i];
      return [
        x.id,
        pgArray(x.languages),
        pgArray(x.skills),
        pgArray(x.courseIds),
        pgArray(x.countries),
        x.onlineOnly,
        x.load,
        iso(x.created),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO certification_programme (id, name, description, course_ids, required_count, validity_months, recertification_window_days, skills, created_at, updated_at)
       SELECT id, n, d, ARRAY[c], 1, m, 90, s::varchar(40)[], $7::timestamptz, $7::timestamptz
         FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::uuid[], $5::smallint[], $6::text[]) AS x(id, n, d, c, m, s)`,
      6,
      'certification programmes',
      newProgrammes.length,
      [iso(firstMonth - 400 * DAY)],
    ),
    newProgrammes.length,
    (i) => {
      const p = newProgrammes[i];
      return [p.id, p.name, p.description, p.courseId, p.months, pgArray(p.skills)];
    },
  );

  await writeRows(
    batch(
      // Each cohort meets once over its dates (as the training-sessions migration gives every older cohort).
      `WITH x AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::text[], $6::varchar[], $7::char(2)[], $8::varchar[], $9::int[], $10::int[], $11::uuid[], $12::uuid[], $13::text[], $14::timestamptz[], $15::timestamptz[])
           AS x(id, co, s, e, m, l, cc, ci, cap, st, tr, u, status, cr, up)),
       c AS (INSERT INTO cohort (id, course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, seats_taken, trainer_id, police_unit_id, status, created_at, updated_at)
       SELECT id, co, s, e, m::delivery_mode, l, cc, ci, cap, st, tr, u, status::cohort_status, cr, up FROM x RETURNING id)
       INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, venue_name, position, status, created_at, updated_at)
       SELECT id, s, e, 'UTC', ci, 1, CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE 'scheduled' END::training_session_status, cr, up FROM x`,
      15,
      'cohorts',
      cohorts.length,
    ),
    cohorts.length,
    (i) => {
      const c = cohorts[i];
      const updated = c.status === 'completed' || c.status === 'cancelled' ? Math.min(now, c.end) : c.created;
      return [
        c.id,
        courses[c.course].id,
        iso(c.start),
        iso(c.end),
        MODES[c.mode],
        c.language,
        c.country,
        c.city,
        c.capacity,
        c.seats,
        c.trainer >= 0 ? trainers[c.trainer].id : null,
        c.unit >= 0 ? units[c.unit].id : null,
        c.status,
        iso(c.created),
        iso(updated),
      ];
    },
  );

  await writeRows(
    batch(
      // The trainer's mark (a) is attendance of the cohort's one session.
      // The participant number is counted here, per cohort, so the enrolment trigger does not update the cohort's
      // counter once per row (the counters are set after the last batch).
      `WITH x AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::smallint[], $7::boolean[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::varchar[])
           AS x(id, co, cu, o, s, p, a, ca, cr, up, n, pc)),
       e AS (INSERT INTO enrolment (id, cohort_id, course_id, officer_id, status, progress_percent, completed_at, created_at, updated_at, participant_number, pseudonym_code)
       SELECT id, co, cu, o, s::enrolment_status, p, ca, cr, up, n, pc FROM x RETURNING id)
       INSERT INTO attendance (enrolment_id, training_session_id, status, marked_at)
       SELECT x.id, ts.id, CASE WHEN x.a THEN 'present' ELSE 'absent' END::attendance_status, x.up
         FROM x JOIN training_session ts ON ts.cohort_id = x.co WHERE x.a IS NOT NULL`,
      12,
      'enrolments',
      enrCount,
    ),
    enrCount,
    (i) => {
      const c = cohorts[enrCohort[i]];
      const status = enrStatus[i];
      const created = c.created + Math.floor(row.next() * Math.max(0, Math.min(c.start, now) - c.created));
      const completedAt = status === E_COMPLETED ? c.end - row.int(0, 8) * HOUR : null;
      const progress =
        status === E_COMPLETED
          ? 100
          : status === E_FAILED
            ? row.int(60, 100)
            : status === E_WITHDRAWN
              ? row.int(0, 40)
              : status === E_ENROLLED
                ? c.status === 'running'
                  ? row.int(0, 90)
                  : row.int(0, 10)
                : 0;
      const attended = status === E_COMPLETED ? true : status === E_FAILED ? row.chance(0.8) : null;
      const updated = completedAt ?? (status === E_FAILED ? c.end : created);
      return [
        ids.uuid(),
        c.id,
        courses[c.course].id,
        officers[enrOfficer[i]].id,
        E_STATUS[status],
        progress,
        attended,
        isoOrNull(completedAt),
        iso(created),
        iso(updated),
        ++participantsNumbered[enrCohort[i]],
        pseudonymCode(),
      ];
    },
  );
  await db.query(
    `UPDATE cohort co SET participants_numbered = greatest(co.participants_numbered, m.n)
       FROM (SELECT cohort_id, max(participant_number) AS n FROM enrolment GROUP BY cohort_id) m
      WHERE m.cohort_id = co.id`,
  );

  await writeRows(
    batch(
      `INSERT INTO training_request (id, police_unit_id, course_id, language, period, delivery_mode, seats, status, round, requested_by_id, cohort_id, assigned_at, created_at, updated_at)
       SELECT id, u, co, l, tstzrange(s, e, '[)'), m::delivery_mode, seats, st::training_request_status, r, rb, ch, aa, cr, up
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::smallint[], $9::text[], $10::int[], $11::uuid[], $12::uuid[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[])
           AS x(id, u, co, l, s, e, m, seats, st, r, rb, ch, aa, cr, up)`,
      15,
      'training requests',
      requests.length,
    ),
    requests.length,
    (i) => {
      const r = requests[i];
      return [
        r.id,
        units[r.unit].id,
        courses[r.course].id,
        r.language,
        iso(r.start),
        iso(r.end),
        MODES[r.mode],
        r.seats,
        r.status,
        r.round,
        r.requestedBy,
        r.cohort >= 0 ? cohorts[r.cohort].id : null,
        isoOrNull(r.assignedAt),
        iso(r.created),
        iso(r.updated),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO assignment (id, training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at, answered_at, decline_reason)
       SELECT id, r, t, tstzrange(s, e, '[)'), st::assignment_status, rk, rd, pa, ea, aa, dr
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::smallint[], $8::int[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::varchar[])
           AS x(id, r, t, s, e, st, rk, rd, pa, ea, aa, dr)`,
      12,
      'assignments',
      assignments.length,
    ),
    assignments.length,
    (i) => {
      const a = assignments[i];
      return [
        a.id,
        requests[a.request].id,
        trainers[a.trainer].id,
        iso(a.start),
        iso(a.end),
        a.status,
        a.rank,
        a.round,
        iso(a.proposedAt),
        iso(a.expiresAt),
        isoOrNull(a.answeredAt),
        a.reason,
      ];
    },
  );

  // Every live commitment written takes its booking, as the API makes it: a proposal over its period, a
  // planned, open or running cohort over its dates (an accepted assignment's booking is its cohort's). The
  // planners booked them without overlaps; an overlap here is refused by the exclusion constraint.
  const liveBookings: [
    trainer: number,
    assignment: string | null,
    cohort: string | null,
    start: number,
    end: number,
  ][] = [];
  for (const a of assignments) if (a.status === 'proposed') liveBookings.push([a.trainer, a.id, null, a.start, a.end]);
  for (const c of cohorts)
    if (c.trainer >= 0 && (c.status === 'planned' || c.status === 'open' || c.status === 'running'))
      liveBookings.push([c.trainer, null, c.id, c.start, c.end]);
  await writeRows(
    batch(
      `INSERT INTO trainer_booking (trainer_id, kind, assignment_id, cohort_id, period, created_at)
       SELECT t, CASE WHEN a IS NULL THEN 'cohort' ELSE 'assignment' END, a, c, tstzrange(s, e, '[)'), $6::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS x(t, a, c, s, e)`,
      5,
      'trainer bookings',
      liveBookings.length,
      [iso(now)],
    ),
    liveBookings.length,
    (i) => {
      const [trainer, assignment, cohort, start, end] = liveBookings[i];
      return [trainers[trainer].id, assignment, cohort, iso(start), iso(end)];
    },
  );

  await writeRows(
    batch(
      // The credential is a placeholder: generated certifications feed reports; they do not verify.
      `INSERT INTO certification (id, programme_id, holder_id, issued_at, valid_from, expires_at, status, revoked_at, revoked_reason, public_code, credential, created_at)
       SELECT id, p, h, i, i, e, s::certification_status, ra, rr, pc, 'generated-dataset', i
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::timestamptz[], $8::varchar[], $9::varchar[])
           AS x(id, p, h, i, e, s, ra, rr, pc)`,
      9,
      'certifications',
      certEnrolment.length,
    ),
    certEnrolment.length,
    (i) => {
      const e = certEnrolment[i];
      const c = cohorts[enrCohort[e]];
      const p = programmes[certProgramme[i]];
      const issued = Math.min(now, c.end + Math.floor(row.between(1, 72) * HOUR));
      const expires = addMonths(issued, p.validity_months);
      const status = expires <= now ? 'expired' : row.chance(0.03) ? 'revoked' : 'active';
      const revokedAt = status === 'revoked' ? issued + Math.floor(row.next() * (now - issued)) : null;
      return [
        ids.uuid(),
        p.id,
        officers[enrOfficer[e]].id,
        iso(issued),
        iso(expires),
        status,
        isoOrNull(revokedAt),
        revokedAt === null ? null : row.pick(REVOKE_REASONS),
        ids.code(),
      ];
    },
  );

  // Fresh statistics: the reports and the rollup read these tables next.
  await db.query(
    `ANALYZE member_firm, police_unit, app_user, trainer_profile, course, certification_programme, cohort, enrolment, training_request, assignment, trainer_booking, certification`,
  );
}
