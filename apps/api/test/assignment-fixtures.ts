import { randomBytes } from 'node:crypto';
import { TestApp } from './test-app';

/** Trainers with profiles, signed in directly (see createOfficers), all qualified for `courseId`. */
export async function createTrainers(
  t: TestApp,
  count: number,
  options: { courseId: string; firms?: string[]; languages?: string[]; countries?: string[]; loadLimit?: number },
): Promise<{ id: string; memberFirmId: string }[]> {
  const firms = options.firms ?? [await t.createFirm()];
  const tag = randomBytes(3).toString('hex');
  const rows: { id: string; member_firm_id: string }[] = await t.db.query(
    `INSERT INTO app_user (email, display_name, role, password_hash, member_firm_id)
     SELECT 'trainer-' || $1 || '-' || i || '@example.test', 'Trainer ' || i, 'trainer', 'unused', ($2::uuid[])[1 + (i % array_length($2::uuid[], 1))]
       FROM generate_series(1, $3) i RETURNING id, member_firm_id`,
    [tag, firms, count],
  );
  await t.db.query(
    `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, load_limit_per_quarter)
     SELECT unnest($1::uuid[]), $2, '{digital-forensics}', ARRAY[$3]::uuid[], $4, $5`,
    [
      rows.map((r) => r.id),
      options.languages ?? ['en', 'uk'],
      options.courseId,
      options.countries ?? ['UA'],
      options.loadLimit ?? 50,
    ],
  );
  return rows.map((r) => ({ id: r.id, memberFirmId: r.member_firm_id }));
}

/** Polls until `check` returns true, or fails after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Every live commitment of a trainer's time, read from the source tables (not the booking table):
 * proposals, and cohorts taught while planned, open or running (an accepted assignment's time is its
 * cohort's). The README's overlap report runs the same query.
 */
const COMMITMENTS = `
  SELECT a.trainer_id, 'assignment:' || a.id AS what, a.period FROM assignment a WHERE a.status = 'proposed'
  UNION ALL
  SELECT co.trainer_id, 'cohort:' || co.id, tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
   WHERE co.trainer_id IS NOT NULL AND co.status IN ('planned', 'open', 'running')`;

/** Pairs of one trainer's live commitments that overlap, across assignments and cohorts (none, ever). */
export async function overlappingBookings(t: TestApp): Promise<unknown[]> {
  return t.db.query(
    `WITH c AS (${COMMITMENTS})
     SELECT x.trainer_id, x.what, y.what AS other FROM c x JOIN c y ON x.trainer_id = y.trainer_id AND x.what < y.what AND x.period && y.period`,
  );
}

/**
 * Where the booking table and the source tables disagree: a live commitment without its booking (same
 * trainer, same period), a booking of nothing live, or an accepted assignment naming someone other
 * than the trainer of the cohort it scheduled.
 */
export async function bookingsOutOfStep(t: TestApp): Promise<unknown[]> {
  return t.db.query(
    `WITH c AS (${COMMITMENTS}),
          b AS (SELECT trainer_id, coalesce('assignment:' || assignment_id, 'cohort:' || cohort_id) AS what, period FROM trainer_booking)
     (SELECT 'unbooked' AS problem, c.what FROM c LEFT JOIN b ON b.what = c.what AND b.trainer_id = c.trainer_id AND b.period = c.period WHERE b.what IS NULL)
     UNION ALL
     (SELECT 'stray booking', b.what FROM b LEFT JOIN c ON c.what = b.what AND c.trainer_id = b.trainer_id AND c.period = b.period WHERE c.what IS NULL)
     UNION ALL
     (SELECT 'assignment names another trainer', 'assignment:' || a.id FROM assignment a JOIN training_request r ON r.id = a.training_request_id
        JOIN cohort co ON co.id = r.cohort_id
       WHERE a.status = 'accepted' AND co.status IN ('planned', 'open', 'running') AND co.trainer_id IS DISTINCT FROM a.trainer_id)`,
  );
}

/**
 * A proposal straight in the database (with its booking, as the API would make it), for tests that drive
 * the flows; it lapses in an hour, or at `expiresAt` (for a test whose application clock is pinned).
 */
export async function insertProposal(
  t: TestApp,
  requestId: string,
  trainerId: string,
  expiresAt?: Date,
): Promise<string> {
  await t.db.query(`UPDATE training_request SET status = 'proposed' WHERE id = $1`, [requestId]);
  const [{ id }] = await t.db.query(
    `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
     SELECT id, $2, period, 'proposed', 1, 1, now(), coalesce($3, now() + interval '1 hour') FROM training_request WHERE id = $1 RETURNING id`,
    [requestId, trainerId, expiresAt ?? null],
  );
  await t.db.query(
    `INSERT INTO trainer_booking (trainer_id, kind, assignment_id, period) SELECT trainer_id, 'assignment', id, period FROM assignment WHERE id = $1`,
    [id],
  );
  return id as string;
}
