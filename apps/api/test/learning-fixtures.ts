import { randomBytes } from 'node:crypto';
import type { DeliveryMode } from '@icspa/domain';
import { SessionService } from '../src/modules/identity/session.service';
import { SESSION_COOKIE } from '../src/core/auth/session-cookie';
import { TestApp, TestUser } from './test-app';

/** Builds a published course through the admin API: modules, lessons, an assessment and its bank. */
export async function createPublishedCourse(
  t: TestApp,
  admin: TestUser,
  options: {
    lessons?: number;
    questions?: number;
    questionsPerAttempt?: number;
    timeLimitMinutes?: number | null;
    attemptLimit?: number;
    passMark?: number;
  } = {},
): Promise<{ courseId: string; lessonIds: string[] }> {
  const call = async (method: string, url: string, payload?: object) => {
    const response = await t.inject({ method, url, cookie: admin.cookie, payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? undefined : response.json();
  };
  const code = `TS-${Math.floor(100 + Math.random() * 900)}`.replace(
    /^TS/,
    `T${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`,
  );
  const course = await call('POST', '/api/courses', {
    code,
    title: `Digital evidence handling ${randomBytes(2).toString('hex')}`,
    summary: 'Seizing, imaging and preserving digital evidence for court.',
    level: 'foundation',
    topics: ['digital-forensics', 'first-response'],
    languages: ['en', 'uk'],
    hours: 6,
  });
  const module = await call('POST', `/api/courses/${course.id}/modules`, { title: 'At the scene' });
  const lessonIds: string[] = [];
  for (let i = 1; i <= (options.lessons ?? 3); i++) {
    lessonIds.push(
      (
        await call('POST', `/api/modules/${module.id}/lessons`, {
          title: `Lesson ${i}`,
          body: `# Lesson ${i}\n\nDocument **everything**.`,
          minutes: 10,
        })
      ).id,
    );
  }
  await call('PUT', `/api/courses/${course.id}/assessment`, {
    passMark: options.passMark ?? 70,
    attemptLimit: options.attemptLimit ?? 3,
    questionsPerAttempt: options.questionsPerAttempt ?? 4,
    timeLimitMinutes: options.timeLimitMinutes ?? null,
  });
  for (let i = 0; i < (options.questions ?? 6); i++) {
    await call('POST', `/api/courses/${course.id}/assessment/questions`, {
      kind: 'single_choice',
      prompt: `Question number ${i}?`,
      options: ['Right', 'Wrong', 'Also wrong'],
      correct: [0],
    });
  }
  await call('PATCH', `/api/courses/${course.id}`, { status: 'published' });
  return { courseId: course.id, lessonIds };
}

export async function createOpenCohort(
  t: TestApp,
  admin: TestUser,
  courseId: string,
  options: {
    capacity?: number;
    trainerId?: string;
    deliveryMode?: DeliveryMode;
    requiresApproval?: boolean;
    startsInDays?: number;
    /** An exact start (tests that pin the application's clock), instead of `startsInDays` from now. */
    startsAt?: Date;
    lengthDays?: number;
  } = {},
): Promise<string> {
  let starts = options.startsAt ?? new Date(Date.now() + (options.startsInDays ?? 14) * 86400_000);
  if (options.trainerId && options.startsInDays === undefined && options.startsAt === undefined) {
    // A trainer teaches one cohort at a time (the booking table refuses overlaps): after their last one.
    const [{ free }] = await t.db.query(
      `SELECT max(upper(period)) AS free FROM trainer_booking WHERE trainer_id = $1`,
      [options.trainerId],
    );
    if (free && free > starts) starts = free;
  }
  const mode = options.deliveryMode ?? 'online';
  const created = await t.inject({
    method: 'POST',
    url: '/api/cohorts',
    cookie: admin.cookie,
    payload: {
      courseId,
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + (options.lengthDays ?? 5) * 86400_000).toISOString(),
      deliveryMode: mode,
      language: 'uk',
      ...(mode === 'online' ? {} : { countryCode: 'UA', city: 'Kyiv' }),
      capacity: options.capacity ?? 25,
      ...(options.trainerId ? { trainerId: options.trainerId } : {}),
      ...(options.requiresApproval ? { requiresApproval: true } : {}),
    },
  });
  if (created.statusCode !== 201) throw new Error(`cohort: ${created.statusCode} ${created.body}`);
  const opened = await t.inject({
    method: 'POST',
    url: `/api/cohorts/${created.json().id}/status`,
    cookie: admin.cookie,
    payload: { status: 'open' },
  });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.statusCode} ${opened.body}`);
  return created.json().id;
}

/** Many officers of one unit, signed in without paying argon2 for each (sessions opened directly). */
export async function createOfficers(t: TestApp, count: number, policeUnitId: string): Promise<TestUser[]> {
  const tag = randomBytes(3).toString('hex');
  const rows: { id: string; email: string }[] = await t.db.query(
    `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
     SELECT 'officer-' || $1 || '-' || i || '@example.test', 'Officer ' || i, 'officer', 'unused', $2 FROM generate_series(1, $3) i
     RETURNING id, email`,
    [tag, policeUnitId, count],
  );
  const sessions = t.app.get(SessionService);
  const users: TestUser[] = [];
  for (const row of rows) {
    const { token } = (await sessions.open(row.id, {}))!;
    users.push({
      id: row.id,
      email: row.email,
      role: 'officer',
      policeUnitId,
      memberFirmId: null,
      cookie: `${SESSION_COOKIE}=${token}`,
    });
  }
  return users;
}
