import { ROLES, type Role } from '@icspa/domain';
import { buildOpenApiDocument } from '../src/app.factory';
import { createOpenCohort, createPublishedCourse } from './learning-fixtures';
import { pdfText } from './pdf-text';
import { listRoutes, RouteInfo } from './routes';
import { TestApp, TestUser } from './test-app';

/**
 * Officer privacy (issue 20), proven over the whole route table: seeded officers with distinctive names and
 * e-mail addresses sit in cohorts a member-firm trainer teaches (enrolments, attempts, attendance, a training
 * session, notifications); then every GET route a reader may call is walked, its path ids filled from the seeded
 * objects, and every body is scanned — JSON, PDF (text extracted), CSV, `.ics` — as are the notifications and
 * e-mails the reader received. Routes come from the application's route table and the OpenAPI document (required
 * query parameters), not from a hand list: a route added later is walked too.
 *
 * - Member-firm staff (trainer, member admin): no officer's name or e-mail anywhere, except the names of the unit
 *   that opted the named cohort into named rosters (never their e-mail).
 * - Everyone outside the protected officer's unit (trainer, member admin, an officer, a coordinator and a local
 *   trainer of another unit): the protected officer's name and e-mail nowhere.
 */

interface Officer {
  id: string;
  name: string;
  email: string;
}

interface Operation {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: { enum?: string[]; $ref?: string } }>;
}

const DAY = 86_400_000;

/** The needles of an officer: full name, surname, e-mail and its local part (case-insensitive). */
const needles = (o: Officer) => [o.name, o.name.split(' ')[1], o.email, o.email.split('@')[0]];

describe('officer privacy: the response scan', () => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  let memberAdmin: TestUser;
  let otherOfficer: TestUser;
  let otherCoordinator: TestUser;
  let localTrainer: TestUser;
  let routes: RouteInfo[];
  let operations: Record<string, Operation>;
  const ids = {} as {
    unitA: string;
    unitB: string;
    unitC: string;
    courseId: string;
    courseIds: string[];
    cohort1: string;
    cohort2: string;
    cohort3: string;
    enrolments: string[];
    attempts: string[];
    sessions: string[];
  };
  /** Unit A: one ordinary officer and one protected officer. Unit B: opted cohort 2 into named rosters. */
  let plain: Officer;
  let guarded: Officer;
  let namedB: Officer;
  let otherB: Officer;

  const officer = async (name: string, unit: string): Promise<Officer> => {
    const email = `${name.toLowerCase().replace(' ', '.')}@police.example.test`;
    const [row] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
       VALUES ($1, $2, 'officer', 'unused', $3) RETURNING id`,
      [email, name, unit],
    );
    return { id: row.id, name, email };
  };
  const call = async (user: TestUser, method: string, url: string, payload?: object) => {
    const response = await t.inject({ method, url, cookie: user.cookie, payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? undefined : response.json();
  };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    const firm = await t.createFirm();
    trainer = await t.signIn('trainer', { memberFirmId: firm });
    memberAdmin = await t.signIn('member_admin', { memberFirmId: firm });
    ids.unitA = await t.createUnit('UA', 'Cyber Unit Alpha');
    ids.unitB = await t.createUnit('UA', 'Cyber Unit Bravo');
    ids.unitC = await t.createUnit('UA', 'Cyber Unit Charlie');
    otherOfficer = await t.signIn('officer', { policeUnitId: ids.unitC });
    otherCoordinator = await t.signIn('coordinator', { policeUnitId: ids.unitC });
    localTrainer = await t.signIn('officer', { policeUnitId: ids.unitC });
    const coordinatorA = await t.signIn('coordinator', { policeUnitId: ids.unitA });
    const coordinatorB = await t.signIn('coordinator', { policeUnitId: ids.unitB });

    plain = await officer('Zebulon Quartermaine', ids.unitA);
    guarded = await officer('Philippa Xanthopoulos', ids.unitA);
    namedB = await officer('Octavian Brightwater', ids.unitB);
    otherB = await officer('Rosalind Featherstonehaugh', ids.unitB);
    await t.db.query(`UPDATE app_user SET protected_at = now(), protected_by_id = $2 WHERE id = $1`, [
      guarded.id,
      coordinatorA.id,
    ]);

    const { courseId } = await createPublishedCourse(t, admin, { questions: 4, questionsPerAttempt: 2 });
    ids.courseId = courseId;
    ids.cohort1 = await createOpenCohort(t, admin, courseId, {
      trainerId: trainer.id,
      deliveryMode: 'in_person',
      startsInDays: 20,
    });
    // Cohort 2 is of another course (an officer holds one run of a course at a time).
    const second = await createPublishedCourse(t, admin, { questions: 4, questionsPerAttempt: 2 });
    ids.courseIds = [courseId, second.courseId];
    ids.cohort2 = await createOpenCohort(t, admin, second.courseId, {
      trainerId: trainer.id,
      deliveryMode: 'in_person',
      startsInDays: 40,
    });
    // A local trainer of unit C co-delivers cohort 1 (a colleague of the same police service).
    await t.db.query(`UPDATE cohort SET co_trainer_id = $2 WHERE id = $1`, [ids.cohort1, localTrainer.id]);
    // Nominations through the API (their notifications and e-mails), both cohorts.
    await call(coordinatorA, 'POST', `/api/cohorts/${ids.cohort1}/nominations`, {
      officerIds: [plain.id, guarded.id],
    });
    await call(coordinatorA, 'POST', `/api/cohorts/${ids.cohort2}/nominations`, { officerIds: [guarded.id] });
    await call(coordinatorB, 'POST', `/api/cohorts/${ids.cohort1}/nominations`, {
      officerIds: [namedB.id, otherB.id],
    });
    await call(coordinatorB, 'POST', `/api/cohorts/${ids.cohort2}/nominations`, { officerIds: [namedB.id] });
    // Unit B opts cohort 2 into named rosters (the protected officer of unit A stays a pseudonym anyway).
    await t.db.query(
      `INSERT INTO cohort_named_roster (cohort_id, police_unit_id, reason, opted_by_id) VALUES ($1, $2, 'Joint operation', $3)`,
      [ids.cohort2, ids.unitB, coordinatorB.id],
    );
    // A training session each (through the API: its invitations), marked attendance and submitted attempts.
    ids.sessions = [];
    for (const [cohortId, day] of [
      [ids.cohort1, 20],
      [ids.cohort2, 40],
    ] as const) {
      const at = new Date(Date.now() + day * DAY);
      at.setUTCHours(7, 0, 0, 0);
      const session = await call(trainer, 'POST', `/api/cohorts/${cohortId}/sessions`, {
        startsAt: at.toISOString(),
        endsAt: new Date(at.getTime() + 8 * 3600_000).toISOString(),
        timeZone: 'Europe/Kyiv',
        venueName: 'Academy hall',
        venueAddress: 'Khreshchatyk 1, Kyiv',
      });
      ids.sessions.push(session.id);
    }
    // A third cohort, cancelled: its trainer is told in the bell and by e-mail (the messages scanned below).
    const third = await createPublishedCourse(t, admin, { questions: 2, questionsPerAttempt: 1 });
    ids.courseIds.push(third.courseId);
    ids.cohort3 = await createOpenCohort(t, admin, third.courseId, { trainerId: trainer.id, startsInDays: 60 });
    await call(coordinatorA, 'POST', `/api/cohorts/${ids.cohort3}/nominations`, { officerIds: [plain.id, guarded.id] });
    await call(admin, 'POST', `/api/cohorts/${ids.cohort3}/status`, { status: 'cancelled' });
    const enrolments: Array<{ id: string; cohort_id: string }> = await t.db.query(
      `SELECT id, cohort_id FROM enrolment WHERE cohort_id = ANY($1) ORDER BY id`,
      [[ids.cohort1, ids.cohort2]],
    );
    ids.enrolments = enrolments.map((e) => e.id);
    await t.db.query(
      `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_by_id, marked_at)
       SELECT e.id, ts.id, 'present', $2, now() FROM enrolment e JOIN training_session ts ON ts.cohort_id = e.cohort_id
        WHERE e.id = ANY($1)`,
      [ids.enrolments, trainer.id],
    );
    const attempts: Array<{ id: string }> = await t.db.query(
      `INSERT INTO assessment_attempt (enrolment_id, question_ids, started_at, submitted_at, answers, score, passed)
       SELECT e.id, ARRAY(SELECT q.id FROM question q JOIN assessment a ON a.id = q.assessment_id WHERE a.course_id = e.course_id LIMIT 2),
              now() - interval '1 hour', now() - interval '50 minutes', '[]', 80, true
         FROM enrolment e WHERE e.id = ANY($1) RETURNING id`,
      [ids.enrolments],
    );
    ids.attempts = attempts.map((a) => a.id);

    routes = listRoutes(t.app).filter((r) => r.method === 'GET');
    operations = {};
    const document = buildOpenApiDocument(t.app) as unknown as { paths: Record<string, { get?: Operation }> };
    for (const [path, item] of Object.entries(document.paths))
      if (item.get) operations[path.replace(/\{(\w+)\}/g, ':$1')] = item.get;
  }, 180_000);
  afterAll(() => t?.close());

  /** Concrete URLs for a route: each seeded object its path id may name (one absent id when none is seeded). */
  const urlsFor = (route: RouteInfo, reader: TestUser, feedFile: string | null): string[] => {
    const byPrefix: Array<[RegExp, string[]]> = [
      [/^\/api\/cohorts\/:id/, [ids.cohort1, ids.cohort2, ids.cohort3]],
      [/^\/api\/enrolments\/:id/, ids.enrolments],
      [/^\/api\/attempts\/:id/, ids.attempts],
      [/^\/api\/training-sessions\/:id/, ids.sessions],
      [/^\/api\/training-records\/:officerId/, [plain.id, guarded.id, namedB.id]],
      [/^\/api\/users\/:id/, [plain.id, guarded.id, namedB.id, trainer.id]],
      [/^\/api\/police-units\/:id/, [ids.unitA, ids.unitB, ids.unitC]],
      [/^\/api\/courses\/:id/, ids.courseIds],
      [/^\/api\/member-firms\/:id/, [trainer.memberFirmId ?? memberAdmin.memberFirmId!]],
      [/^\/api\/trainers\/:id/, [trainer.id]],
      [/^\/api\/calendar\/feed\/:file/, feedFile ? [feedFile] : []],
    ];
    const match = byPrefix.find(([re]) => re.test(route.path));
    const values = match ? match[1] : ['00000000-0000-4000-8000-000000000000'];
    const query = requiredQuery(route, reader);
    return values.map((v) => route.path.replace(/:(\w+)/, v).replace(/:(\w+)/g, 'UA') + query);
  };

  /** The route's required query parameters, filled with values that find the seeded objects. */
  const requiredQuery = (route: RouteInfo, reader: TestUser): string => {
    const op = operations[route.path];
    const from = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 80 * DAY).toISOString().slice(0, 10);
    const known: Record<string, string> = {
      from,
      to,
      policeUnitId: reader.policeUnitId ?? ids.unitA,
      courseId: ids.courseId,
      locale: 'uk',
      language: 'uk',
      startsAt: new Date(Date.now() + 60 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 62 * DAY).toISOString(),
    };
    const params = (op?.parameters ?? []).filter((p) => p.in === 'query' && p.required);
    const pairs = params.map((p): [string, string] => [p.name, known[p.name] ?? p.schema?.enum?.[0] ?? 'x']);
    return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
  };

  const mayCall = (route: RouteInfo, role: Role) =>
    route.access?.kind === 'public' || (route.access?.kind === 'roles' && route.access.roles.includes(role));

  interface Scan {
    visited: number;
    ok: number;
    /** Notifications and e-mails the reader received. */
    messages: number;
    /** Every body's text (for the pseudonym checks). */
    texts: Map<string, string>;
  }

  /** Walks every GET route the reader may call; returns the text of each answered body. */
  const walk = async (reader: TestUser): Promise<Scan> => {
    const feed = await t.inject({ method: 'POST', url: '/api/calendar/feed', cookie: reader.cookie, payload: {} });
    const feedUrl: string | undefined = feed.statusCode === 200 ? feed.json().url : undefined;
    const feedFile = feedUrl ? feedUrl.slice(feedUrl.lastIndexOf('/') + 1) : null;
    const scan: Scan = { visited: 0, ok: 0, messages: 0, texts: new Map() };
    for (const route of routes) {
      if (!mayCall(route, reader.role) || route.path.startsWith('/api/admin/queues')) continue;
      for (const url of urlsFor(route, reader, feedFile)) {
        scan.visited++;
        const response = await t.inject({ method: 'GET', url, cookie: reader.cookie });
        expect({ url, status: response.statusCode < 500 ? 'not 5xx' : response.body }).toEqual({
          url,
          status: 'not 5xx',
        });
        if (response.statusCode >= 300) continue;
        scan.ok++;
        const type = String(response.headers['content-type'] ?? '');
        if (type.includes('application/pdf')) {
          const text = await pdfText(response.rawPayload);
          scan.texts.set(url, [...text.lines, ...text.actual].join('\n'));
        } else scan.texts.set(url, response.body);
      }
    }
    // What the platform sent the reader: in-app notifications and e-mails (subject, bodies, attachments).
    const sent: Array<{ text: string }> = await t.db.query(
      `SELECT params::text AS text FROM notification WHERE user_id = $1
       UNION ALL
       SELECT concat_ws(E'\\n', subject, text_body, html_body, attachments::text) FROM email_message WHERE user_id = $1`,
      [reader.id],
    );
    sent.forEach((s, i) => scan.texts.set(`message ${i}`, s.text));
    scan.messages = sent.length;
    return scan;
  };

  const leaks = (scan: Scan, officers: Officer[], allowedNames: Officer[] = []): string[] => {
    const found: string[] = [];
    for (const [where, text] of scan.texts) {
      const lower = text.toLowerCase();
      for (const o of officers) {
        const allowed = allowedNames.includes(o) ? [o.name, o.name.split(' ')[1]] : [];
        for (const needle of needles(o))
          if (!allowed.includes(needle) && lower.includes(needle.toLowerCase())) found.push(`${where}: ${needle}`);
      }
    }
    return found;
  };

  /** The seats' pseudonyms; `printed`: only those a printout outside the unit holds (protected officers left out). */
  const pseudonymsOf = async (cohortId: string, printed = false): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT e.participant_number AS n, e.pseudonym_code AS code FROM enrolment e JOIN app_user u ON u.id = e.officer_id
          WHERE e.cohort_id = $1 AND (NOT $2 OR u.protected_at IS NULL) ORDER BY 1`,
        [cohortId, printed],
      )
    ).map((r: { n: number; code: string }) => `Participant ${r.n} · ${r.code}`);

  it.each(['trainer', 'member_admin'] as const)(
    'shows a %s no officer name or e-mail, except the named roster’s unit by name',
    async (role) => {
      const reader = role === 'trainer' ? trainer : memberAdmin;
      const scan = await walk(reader);
      expect(leaks(scan, [plain, guarded, namedB, otherB], [namedB])).toEqual([]);
      expect(scan.visited).toBeGreaterThan(40);
      expect(scan.ok).toBeGreaterThan(15);
      if (role === 'trainer') {
        // The cancelled cohort's notice, in the bell and by e-mail, was scanned too.
        expect(scan.messages).toBeGreaterThanOrEqual(2);
        // The roster, the sheet and its PDF say the pseudonyms; the named unit's officer is named in cohort 2 only.
        const roster1 = scan.texts.get(`/api/cohorts/${ids.cohort1}/roster`)!;
        for (const p of await pseudonymsOf(ids.cohort1)) expect(roster1).toContain(JSON.stringify(p).slice(1, -1));
        expect(roster1).not.toContain(namedB.name);
        const roster2 = JSON.parse(scan.texts.get(`/api/cohorts/${ids.cohort2}/roster`)!);
        expect(
          roster2.entries.map((e: { officerName: string; officerPseudonym: unknown; officerEmail: unknown }) => [
            e.officerName,
            e.officerPseudonym === null,
            e.officerEmail,
          ]),
        ).toEqual(
          expect.arrayContaining([
            [namedB.name, true, null],
            [expect.stringMatching(/^Participant \d+ · [0-9A-Z]{2}-[0-9A-Z]{3}$/), false, null],
          ]),
        );
        const pdf = scan.texts.get(`/api/training-sessions/${ids.sessions[0]}/attendance.pdf`)!;
        const printed = await pseudonymsOf(ids.cohort1, true);
        expect(printed.length).toBeLessThan((await pseudonymsOf(ids.cohort1)).length);
        for (const p of printed) expect(pdf).toContain(p.split(' · ')[1]);
        expect(scan.texts.get(`/api/enrolments/${ids.enrolments[0]}`)).toContain('officerPseudonym');
      }
    },
    300_000,
  );

  it('shows the protected officer to nobody outside their unit by name or e-mail', async () => {
    const readers = { trainer, memberAdmin, otherOfficer, otherCoordinator, localTrainer };
    const found: string[] = [];
    for (const [who, reader] of Object.entries(readers)) {
      const scan = await walk(reader);
      expect({ who, visited: scan.visited > 20 }).toEqual({ who, visited: true });
      found.push(...leaks(scan, [guarded]).map((l) => `${who}: ${l}`));
    }
    expect(found).toEqual([]);
  }, 600_000);

  it('names the officers to a local trainer of another unit (colleagues), the protected one by pseudonym', async () => {
    const roster = await call(localTrainer, 'GET', `/api/cohorts/${ids.cohort1}/roster`);
    const entry = (id: string) =>
      roster.entries.find((e: { officerName: string }) =>
        [plain, guarded, namedB, otherB].find((o) => o.id === id && e.officerName === o.name),
      );
    expect(entry(plain.id)).toMatchObject({ officerEmail: plain.email, officerPseudonym: null });
    expect(entry(guarded.id)).toBeUndefined();
    expect(roster.entries).toHaveLength(4);
  });

  it('keeps names and e-mails for admins and the officer’s own unit', async () => {
    const asAdmin = await call(admin, 'GET', `/api/cohorts/${ids.cohort1}/roster`);
    expect(asAdmin.entries.map((e: { officerName: string }) => e.officerName).sort()).toEqual(
      [plain, guarded, namedB, otherB].map((o) => o.name).sort(),
    );
    expect(asAdmin.entries.every((e: { officerEmail: string | null }) => e.officerEmail !== null)).toBe(true);
    const colleague = await t.signIn('coordinator', { policeUnitId: ids.unitA });
    const listed = await call(colleague, 'GET', `/api/enrolments`);
    expect(listed.items.map((e: { officerName: string }) => e.officerName)).toContain(guarded.name);
  });

  it('lists the roles it walks', () => {
    // Every role but the admin (who sees names) and the officer's own unit is a reader in the scans above.
    expect(ROLES.filter((r) => !['admin', 'officer', 'coordinator', 'trainer', 'member_admin'].includes(r))).toEqual(
      [],
    );
    expect(routes.length).toBeGreaterThan(60);
  });
});
