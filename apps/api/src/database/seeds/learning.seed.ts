import { appNow } from '../../core/clock/clock';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { DeliveryMode } from '@icspa/domain';
import { COURSES } from './data/catalogue';

/** A stable UUID for a seeded row, so re-running the seed finds it instead of adding another. */
export function seedId(key: string): string {
  const h = createHash('md5').update(`icspa-seed:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The catalogue: each course with its modules, lessons, assessment and question bank, once. */
export async function seedCatalogue(manager: EntityManager): Promise<Map<string, string>> {
  for (const course of COURSES) {
    const courseId = seedId(`course:${course.code}`);
    const inserted = await manager.query(
      `INSERT INTO course (id, code, title, summary, level, topics, languages, hours, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        courseId,
        course.code,
        course.title,
        course.summary,
        course.level,
        course.topics,
        course.languages,
        course.hours,
        course.status,
      ],
    );
    if (inserted.length === 0) continue; // already there: leave admins' edits alone
    for (const [m, module] of course.modules.entries()) {
      const moduleId = seedId(`module:${course.code}:${m}`);
      await manager.query(`INSERT INTO course_module (id, course_id, position, title) VALUES ($1, $2, $3, $4)`, [
        moduleId,
        courseId,
        m + 1,
        module.title,
      ]);
      for (const [l, lesson] of module.lessons.entries()) {
        await manager.query(
          `INSERT INTO lesson (id, module_id, position, title, body, minutes) VALUES ($1, $2, $3, $4, $5, $6)`,
          [seedId(`lesson:${course.code}:${m}:${l}`), moduleId, l + 1, lesson.title, lesson.body, lesson.minutes],
        );
      }
    }
    const a = course.assessment;
    const assessmentId = seedId(`assessment:${course.code}`);
    await manager.query(
      `INSERT INTO assessment (id, course_id, pass_mark, attempt_limit, questions_per_attempt, time_limit_minutes) VALUES ($1, $2, $3, $4, $5, $6)`,
      [assessmentId, courseId, a.passMark, a.attemptLimit, a.questionsPerAttempt, a.timeLimitMinutes],
    );
    for (const [q, question] of a.questions.entries()) {
      const options = question.options.map((text) => ({ id: randomUUID(), text }));
      await manager.query(
        `INSERT INTO question (id, assessment_id, kind, prompt, options, correct) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          seedId(`question:${course.code}:${q}`),
          assessmentId,
          question.kind,
          question.prompt,
          JSON.stringify(options),
          JSON.stringify(question.correct.map((i) => options[i].id)),
        ],
      );
    }
  }
  const rows: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM course`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

interface CohortPlan {
  key: string;
  course: string;
  /** Days from the seed's first run; negative = in the past. */
  startDay: number;
  days: number;
  mode: DeliveryMode;
  language: string;
  country?: string;
  city?: string;
  capacity: number;
  trainer: string;
  status: 'planned' | 'open' | 'running' | 'completed';
}

/**
 * Past, running and future cohorts across hotspot countries. A trainer teaches one thing at a time (the
 * trainer booking table refuses overlaps), so the demo trainer's live cohorts never overlap.
 */
/** The venue's time zone of each seeded city (online cohorts meet in UTC). */
const CITY_TIME_ZONES: Record<string, string> = {
  Kyiv: 'Europe/Kyiv',
  'São Paulo': 'America/Sao_Paulo',
  Bucharest: 'Europe/Bucharest',
  Lagos: 'Africa/Lagos',
  Manila: 'Asia/Manila',
};

const COHORTS: CohortPlan[] = [
  {
    key: 'fr-101-kyiv-past',
    course: 'FR-101',
    startDay: -120,
    days: 5,
    mode: 'in_person',
    language: 'uk',
    country: 'UA',
    city: 'Kyiv',
    capacity: 20,
    trainer: 'trainer@icspa.test',
    status: 'completed',
  },
  {
    key: 'df-101-online-past',
    course: 'DF-101',
    startDay: -90,
    days: 30,
    mode: 'online',
    language: 'en',
    capacity: 40,
    trainer: 'trainer@icspa.test',
    status: 'completed',
  },
  {
    key: 'fr-101-online-now',
    course: 'FR-101',
    startDay: -7,
    days: 42,
    mode: 'online',
    language: 'uk',
    capacity: 30,
    trainer: 'olena.marchenko@eset.test',
    status: 'open',
  },
  {
    key: 'os-201-online-next',
    course: 'OS-201',
    startDay: 14,
    days: 28,
    mode: 'online',
    language: 'en',
    capacity: 25,
    trainer: 'james.whitaker@mcafee.test',
    status: 'open',
  },
  {
    key: 'rr-201-kyiv-next',
    course: 'RR-201',
    startDay: 21,
    days: 4,
    mode: 'in_person',
    language: 'uk',
    country: 'UA',
    city: 'Kyiv',
    capacity: 6,
    trainer: 'trainer@icspa.test',
    status: 'open',
  },
  {
    key: 'ct-201-saopaulo-next',
    course: 'CT-201',
    startDay: 30,
    days: 5,
    mode: 'blended',
    language: 'es',
    country: 'BR',
    city: 'São Paulo',
    capacity: 18,
    trainer: 'trainer@icspa.test',
    status: 'open',
  },
  {
    key: 'ee-201-bucharest-running',
    course: 'EE-201',
    startDay: -2,
    days: 5,
    mode: 'in_person',
    language: 'en',
    country: 'RO',
    city: 'Bucharest',
    capacity: 16,
    trainer: 'trainer@icspa.test',
    status: 'running',
  },
  {
    key: 'mt-201-online-next',
    course: 'MT-201',
    startDay: 45,
    days: 21,
    mode: 'online',
    language: 'ru',
    capacity: 30,
    trainer: 'trainer@icspa.test',
    status: 'open',
  },
  {
    key: 'cs-101-lagos-planned',
    course: 'CS-101',
    startDay: 60,
    days: 3,
    mode: 'in_person',
    language: 'en',
    country: 'NG',
    city: 'Lagos',
    capacity: 20,
    trainer: 'daniel.okonkwo@mcafee.test',
    status: 'planned',
  },
  {
    key: 'mf-201-manila-next',
    course: 'MF-201',
    startDay: 35,
    days: 5,
    mode: 'in_person',
    language: 'en',
    country: 'PH',
    city: 'Manila',
    capacity: 12,
    trainer: 'trainer@icspa.test',
    status: 'open',
  },
];

interface EnrolmentPlan {
  cohort: string;
  officer: string;
  status: 'enrolled' | 'waitlisted' | 'completed';
  lessonsDone?: number;
}

export async function seedCohorts(
  manager: EntityManager,
  courses: Map<string, string>,
  officerEmails: string[],
): Promise<number> {
  const anchor = await seedAnchor(manager);
  const users: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM app_user WHERE email = ANY($1)`,
    [[...new Set(COHORTS.map((c) => c.trainer)), 'officer@icspa.test', 'coordinator@icspa.test', ...officerEmails]],
  );
  const userId = (email: string) => users.find((u) => u.email === email)?.id;
  for (const c of COHORTS) {
    const starts = new Date(anchor.getTime() + c.startDay * 86400_000);
    await manager.query(
      `INSERT INTO cohort (id, course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, trainer_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
      [
        seedId(`cohort:${c.key}`),
        courses.get(c.course),
        starts,
        new Date(starts.getTime() + c.days * 86400_000),
        c.mode,
        c.language,
        c.country ?? null,
        c.city ?? null,
        c.capacity,
        userId(c.trainer),
        c.status,
      ],
    );
    // One training session over the cohort's dates, at its venue (as the training-sessions migration does).
    await manager.query(
      `INSERT INTO training_session (id, cohort_id, starts_at, ends_at, time_zone, venue_name, position, status)
       SELECT $1, co.id, co.starts_at, co.ends_at, $3, co.city, 1,
              CASE WHEN co.status = 'cancelled' THEN 'cancelled' ELSE 'scheduled' END::training_session_status
         FROM cohort co WHERE co.id = $2 ON CONFLICT (id) DO NOTHING`,
      [seedId(`training-session:${c.key}`), seedId(`cohort:${c.key}`), (c.city && CITY_TIME_ZONES[c.city]) || 'UTC'],
    );
  }
  const plans: EnrolmentPlan[] = [
    { cohort: 'os-201-online-next', officer: 'officer@icspa.test', status: 'enrolled', lessonsDone: 3 },
    { cohort: 'df-101-online-past', officer: 'officer@icspa.test', status: 'completed', lessonsDone: 99 },
    { cohort: 'fr-101-kyiv-past', officer: 'officer@icspa.test', status: 'completed', lessonsDone: 99 },
    { cohort: 'fr-101-kyiv-past', officer: 'coordinator@icspa.test', status: 'completed', lessonsDone: 99 },
    { cohort: 'os-201-online-next', officer: 'coordinator@icspa.test', status: 'enrolled' },
    // Seeded officers fill rosters; the small Kyiv ransomware cohort is full with a waitlist.
    ...officerEmails.slice(0, 8).map((officer, i) => ({
      cohort: 'rr-201-kyiv-next',
      officer,
      status: (i < 6 ? 'enrolled' : 'waitlisted') as EnrolmentPlan['status'],
    })),
    ...officerEmails.slice(8, 20).map((officer, i) => ({
      cohort: 'ee-201-bucharest-running',
      officer,
      status: 'enrolled' as const,
      lessonsDone: i % 4,
    })),
    ...officerEmails
      .slice(20, 30)
      .map((officer, i) => ({ cohort: 'fr-101-online-now', officer, status: 'enrolled' as const, lessonsDone: i })),
  ];
  let count = 0;
  for (const plan of plans) {
    const cohortId = seedId(`cohort:${plan.cohort}`);
    const officerId = userId(plan.officer);
    if (!officerId) continue;
    const enrolmentId = seedId(`enrolment:${plan.cohort}:${plan.officer}`);
    const done = plan.status === 'completed';
    const inserted = await manager.query(
      `INSERT INTO enrolment (id, cohort_id, course_id, officer_id, status, completed_at)
       SELECT $1, co.id, co.course_id, $3, $4, CASE WHEN $5 THEN co.ends_at END FROM cohort co
        WHERE co.id = $2 AND NOT EXISTS (SELECT 1 FROM enrolment WHERE id = $1)
       ON CONFLICT DO NOTHING RETURNING id`,
      [enrolmentId, cohortId, officerId, plan.status, done],
    );
    if (inserted.length === 0) continue;
    // A completed in-person run was attended: present at its sessions.
    if (done)
      await manager.query(
        `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_by_id, marked_at)
         SELECT $1, ts.id, 'present', co.trainer_id, ts.ends_at FROM training_session ts JOIN cohort co ON co.id = ts.cohort_id
          WHERE ts.cohort_id = $2 AND co.delivery_mode <> 'online' AND ts.status = 'scheduled'
         ON CONFLICT DO NOTHING`,
        [enrolmentId, cohortId],
      );
    count++;
    if (plan.lessonsDone) {
      await manager.query(
        `INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at)
         SELECT $1, l.id, co.starts_at + (row_number() OVER (ORDER BY m.position, l.position)) * interval '1 day'
           FROM cohort co JOIN course_module m ON m.course_id = co.course_id JOIN lesson l ON l.module_id = m.id
          WHERE co.id = $2 ORDER BY m.position, l.position LIMIT $3`,
        [enrolmentId, cohortId, plan.lessonsDone],
      );
      await manager.query(
        `UPDATE enrolment e SET progress_percent = LEAST(100, (SELECT count(*) FROM lesson_completion lc WHERE lc.enrolment_id = e.id) * 100 /
           GREATEST(1, (SELECT count(*) FROM course_module m JOIN lesson l ON l.module_id = m.id WHERE m.course_id = e.course_id))) WHERE e.id = $1`,
        [enrolmentId],
      );
    }
  }
  // Seats follow the enrolments (only for the seeded cohorts, whose seats the seed itself filled).
  await manager.query(
    `UPDATE cohort co SET seats_taken = s.n FROM (
       SELECT c.id, count(e.id) FILTER (WHERE e.status IN ('enrolled', 'completed', 'failed'))::int AS n
         FROM cohort c LEFT JOIN enrolment e ON e.cohort_id = c.id WHERE c.id = ANY($1) GROUP BY c.id) s
     WHERE co.id = s.id AND co.seats_taken <> s.n`,
    [COHORTS.map((c) => seedId(`cohort:${c.key}`))],
  );
  return count;
}

/** The first seed's date (midnight UTC), kept in the oldest seeded cohort so later runs agree. */
export async function seedAnchor(manager: EntityManager): Promise<Date> {
  const first = COHORTS[0];
  const [row] = await manager.query(`SELECT starts_at FROM cohort WHERE id = $1`, [seedId(`cohort:${first.key}`)]);
  if (row) return new Date(row.starts_at.getTime() - first.startDay * 86400_000);
  const today = appNow();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9));
}

interface ProfileSeed {
  email: string;
  languages: string[];
  skills: string[];
  countries: string[];
  loadLimitPerQuarter: number;
}

/**
 * Trainer profiles: qualified for every course whose topics they cover. Inserted once per trainer;
 * later edits by trainers and member admins are kept.
 */
export async function seedTrainerProfiles(manager: EntityManager, trainers: ProfileSeed[]): Promise<void> {
  const demo: ProfileSeed = {
    email: 'trainer@icspa.test',
    languages: ['en', 'uk', 'ru', 'es'],
    skills: [
      'digital-forensics',
      'first-response',
      'ransomware-response',
      'malware-triage',
      'e-evidence',
      'osint',
      'cryptocurrency-tracing',
      'mobile-forensics',
      'csam-awareness',
    ],
    countries: ['UA', 'RO', 'MD', 'BR', 'NG', 'PH', 'IN'],
    loadLimitPerQuarter: 6,
  };
  for (const t of [demo, ...trainers]) {
    await manager.query(
      `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, load_limit_per_quarter)
       SELECT u.id, $2, $3, coalesce((SELECT array_agg(c.id ORDER BY c.code) FROM course c WHERE c.topics && $3::varchar[]), '{}'), $4, $5
         FROM app_user u WHERE u.email = $1
       ON CONFLICT (user_id) DO NOTHING`,
      [t.email, t.languages, t.skills, t.countries, t.loadLimitPerQuarter],
    );
  }
}

/**
 * A few training requests from the demo unit, waiting for the matcher: the worker proposes trainers
 * as soon as it runs (the outbox rows are its work list).
 */
export async function seedTrainingRequests(manager: EntityManager, courses: Map<string, string>): Promise<void> {
  const anchor = await seedAnchor(manager);
  const plans = [
    { key: 'kyiv-ransomware', course: 'RR-201', startDay: 75, days: 4, mode: 'in_person', language: 'uk', seats: 14 },
    { key: 'kyiv-crypto', course: 'CT-201', startDay: 100, days: 5, mode: 'blended', language: 'uk', seats: 10 },
    { key: 'kyiv-mobile', course: 'MF-201', startDay: 130, days: 5, mode: 'online', language: 'en', seats: 20 },
  ];
  const [coordinator] = await manager.query(
    `SELECT id, police_unit_id FROM app_user WHERE email = 'coordinator@icspa.test'`,
  );
  if (!coordinator) return;
  for (const p of plans) {
    const id = seedId(`training-request:${p.key}`);
    const starts = new Date(anchor.getTime() + p.startDay * 86400_000);
    const inserted = await manager.query(
      `INSERT INTO training_request (id, police_unit_id, course_id, language, period, delivery_mode, seats, requested_by_id)
       VALUES ($1, $2, $3, $4, tstzrange($5, $6, '[)'), $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        coordinator.police_unit_id,
        courses.get(p.course),
        p.language,
        starts,
        new Date(starts.getTime() + p.days * 86400_000),
        p.mode,
        p.seats,
        coordinator.id,
      ],
    );
    if (inserted.length) {
      await manager.query(
        `INSERT INTO outbox_message (job_name, payload, job_id) VALUES ('match-training-request', $1, $2)`,
        [JSON.stringify({ requestId: id, round: 1 }), `match-${id}-r1`],
      );
    }
  }
}

/** Certification programmes; holders who already qualify are issued by the worker (outbox). */
export async function seedProgrammes(manager: EntityManager, courses: Map<string, string>): Promise<void> {
  const programmes = [
    {
      name: 'Certified Digital Evidence First Responder',
      description:
        'Secures a cybercrime scene, seizes and preserves digital evidence, and keeps a chain of custody a court accepts.',
      courses: ['FR-101', 'DF-101'],
      required: 2,
      months: 24,
      window: 90,
      skills: ['first-response', 'digital-forensics', 'e-evidence'],
    },
    {
      name: 'Alliance Cybercrime Investigator',
      description:
        'Runs an investigation across open sources, cryptocurrency flows, malware and cross-border evidence requests.',
      courses: ['OS-201', 'CT-201', 'MT-201', 'EE-201', 'RR-201'],
      required: 3,
      months: 36,
      window: 120,
      skills: ['osint', 'cryptocurrency-tracing', 'malware-triage', 'mutual-legal-assistance'],
    },
  ];
  for (const p of programmes) {
    const inserted = await manager.query(
      `INSERT INTO certification_programme (id, name, description, course_ids, required_count, validity_months, recertification_window_days, skills)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (name) DO NOTHING RETURNING id`,
      [
        seedId(`programme:${p.name}`),
        p.name,
        p.description,
        p.courses.map((c) => courses.get(c)),
        p.required,
        p.months,
        p.window,
        p.skills,
      ],
    );
    if (inserted.length === 0) continue;
  }
  await queueCertificationChecks(manager);
}

/** Whoever completed courses in the seed gets a chance to be certified when the worker starts (once per holder). */
export async function queueCertificationChecks(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO outbox_message (job_name, payload, job_id)
     SELECT 'issue-certifications', jsonb_build_object('holderId', e.officer_id), 'certify-seed-' || e.officer_id
       FROM (SELECT DISTINCT officer_id FROM enrolment WHERE status = 'completed') e
      WHERE NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.job_id = 'certify-seed-' || e.officer_id)`,
  );
}
