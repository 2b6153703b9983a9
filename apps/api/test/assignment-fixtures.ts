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
 * proposals (and a co-delivery pair's accepted half while the other has not answered), and cohorts taught
 * or co-taught while planned, open or running (an accepted assignment's time is its cohort's). The README's
 * overlap report runs the same query.
 */
const COMMITMENTS = `
  SELECT a.trainer_id, 'assignment:' || a.id AS what, a.period FROM assignment a WHERE a.status = 'proposed'
  UNION ALL
  SELECT a.trainer_id, 'assignment:' || a.id, a.period FROM assignment a
   WHERE a.status = 'accepted' AND a.co_delivery_partner_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM training_request r WHERE r.id = a.training_request_id AND r.cohort_id IS NOT NULL)
  UNION ALL
  SELECT co.trainer_id, 'cohort:' || co.id, tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
   WHERE co.trainer_id IS NOT NULL AND co.status IN ('planned', 'open', 'running')
  UNION ALL
  SELECT co.co_trainer_id, 'co_delivery:' || co.id, tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
   WHERE co.co_trainer_id IS NOT NULL AND co.status IN ('planned', 'open', 'running')`;

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
 * than the trainer of the cohort it scheduled (the co-trainer, for a co-delivery pair's local trainer).
 */
export async function bookingsOutOfStep(t: TestApp): Promise<unknown[]> {
  return t.db.query(
    `WITH c AS (${COMMITMENTS}),
          b AS (SELECT trainer_id, coalesce('assignment:' || assignment_id, CASE kind WHEN 'co_delivery' THEN 'co_delivery:' ELSE 'cohort:' END || cohort_id) AS what, period FROM trainer_booking)
     (SELECT 'unbooked' AS problem, c.what FROM c LEFT JOIN b ON b.what = c.what AND b.trainer_id = c.trainer_id AND b.period = c.period WHERE b.what IS NULL)
     UNION ALL
     (SELECT 'stray booking', b.what FROM b LEFT JOIN c ON c.what = b.what AND c.trainer_id = b.trainer_id AND c.period = b.period WHERE c.what IS NULL)
     UNION ALL
     (SELECT 'assignment names another trainer', 'assignment:' || a.id FROM assignment a JOIN training_request r ON r.id = a.training_request_id
        JOIN cohort co ON co.id = r.cohort_id
       WHERE a.status = 'accepted' AND co.status IN ('planned', 'open', 'running')
         AND (CASE a.seat WHEN 2 THEN co.co_trainer_id ELSE co.trainer_id END) IS DISTINCT FROM a.trainer_id)`,
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

/**
 * Local trainers straight in the database, as a confirmed application leaves them: officers of `policeUnitId`
 * holding an active certification of a train-the-trainer programme for `courseId`, the `local_trainer` grant for
 * it and a trainer profile in the unit's country (`local_since` set). Their certification expires in two years.
 */
export async function createLocalTrainers(
  t: TestApp,
  count: number,
  options: { courseId: string; policeUnitId: string; languages?: string[]; loadLimit?: number },
): Promise<{ id: string; certificationId: string }[]> {
  const tag = randomBytes(3).toString('hex');
  const [{ id: programmeId }] = await t.db.query(
    `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days, skills, trainer_course_ids)
     VALUES ($1, 'Trainer of trainers', ARRAY[$2::uuid], 1, 24, 60, '{}', ARRAY[$2::uuid]) RETURNING id`,
    [`Trainer of trainers ${tag}`, options.courseId],
  );
  const users: { id: string }[] = await t.db.query(
    `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
     SELECT 'local-' || $1 || '-' || i || '@example.test', 'Local trainer ' || i, 'officer', 'unused', $2
       FROM generate_series(1, $3) i RETURNING id`,
    [tag, options.policeUnitId, count],
  );
  const out: { id: string; certificationId: string }[] = [];
  for (const u of users) {
    const [{ id: certificationId }] = await t.db.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential)
       VALUES ($1, $2, now() - interval '1 day', now() - interval '1 day', now() + interval '20 years', 'active', $3, '') RETURNING id`,
      [programmeId, u.id, randomBytes(8).toString('hex')],
    );
    await t.db.query(`INSERT INTO capability_grant (user_id, capability, scope) VALUES ($1, 'local_trainer', $2)`, [
      u.id,
      options.courseId,
    ]);
    await t.db.query(
      `INSERT INTO trainer_profile (user_id, languages, course_ids, country_codes, load_limit_per_quarter, local_since)
       SELECT $1, $2, ARRAY[$3]::uuid[], ARRAY[u.country_code]::char(2)[], $5, now() FROM police_unit u WHERE u.id = $4`,
      [u.id, options.languages ?? ['en', 'uk'], options.courseId, options.policeUnitId, options.loadLimit ?? 50],
    );
    out.push({ id: u.id, certificationId });
  }
  return out;
}
