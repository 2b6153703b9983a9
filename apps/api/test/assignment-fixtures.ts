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

export async function overlappingBookings(t: TestApp): Promise<unknown[]> {
  return t.db.query(
    `SELECT a.trainer_id, a.id, b.id FROM assignment a JOIN assignment b ON a.trainer_id = b.trainer_id AND a.id < b.id
      WHERE a.status IN ('proposed', 'accepted') AND b.status IN ('proposed', 'accepted') AND a.period && b.period`,
  );
}
