import { compactVerify, createLocalJWKSet } from 'jose';
import { DataSource } from 'typeorm';
import { sessionCookieFrom, TestApp } from '../../../test/test-app';
import { bookingsOutOfStep, overlappingBookings } from '../../../test/assignment-fixtures';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo-data.seed';
import { LOCAL_TRAINER_ACCOUNT } from './local-trainers.seed';
import { IssueCertificationsUseCase } from '../../modules/certifications/usecases/issue-certifications/issue-certifications.usecase';

/** A fingerprint of every table's content, to prove a second seed changes nothing. */
async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await db.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`,
    );
    result[table_name] = `${row.n}:${row.h}`;
  }
  return result;
}

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('is idempotent: running it twice changes nothing', async () => {
    const first = await seedDemoData(t.db);
    expect(first.usersInserted).toBeGreaterThan(50);
    const before = await fingerprint(t.db);
    const second = await seedDemoData(t.db);
    expect(second.usersInserted).toBe(0);
    // The rollup is taken again (its time moves on); its figures do not change. The catalogue's version moves on
    // with every transaction that writes a catalogue table, even one that changes no row (the seed's upserts).
    const { uptake_refresh: _before, catalogue_version: _v, ...unchanged } = before;
    const { uptake_refresh: _after, catalogue_version: _w, ...after } = await fingerprint(t.db);
    expect(after).toEqual(unchanged);
    // No trainer teaches two things at once, and the booking table says so (issue 12).
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
    const [{ demo }] = await t.db.query(
      `SELECT count(*)::int AS demo FROM trainer_booking b JOIN app_user u ON u.id = b.trainer_id WHERE u.email = 'trainer@icspa.test'`,
    );
    expect(demo).toBeGreaterThanOrEqual(5);
  });

  it('publishes the seeded translations: OS-201 whole in Ukrainian and Chinese, RR-201 by title only, topics in every locale', async () => {
    const available = async (code: string, locale: string) => {
      const [{ id }] = await t.db.query(`SELECT id FROM course WHERE code = $1`, [code]);
      const admin = await t.signIn('admin');
      const page = (
        await t.inject({ method: 'GET', url: `/api/courses?pageSize=100&availableIn=${locale}`, cookie: admin.cookie })
      ).json();
      return page.items.some((c: { id: string }) => c.id === id);
    };
    for (const locale of ['es', 'pt-BR', 'ru', 'uk', 'zh-CN']) {
      for (const code of ['FR-101', 'DF-101', 'OS-201', 'CT-201'])
        expect([code, locale, await available(code, locale)]).toEqual([code, locale, true]);
      expect(await available('RR-201', locale)).toBe(false);
    }
    const [counts] = await t.db.query(
      `SELECT count(*) FILTER (WHERE entity_type = 'course')::int AS courses, count(*) FILTER (WHERE entity_type = 'topic')::int AS topics,
              count(*) FILTER (WHERE entity_type = 'certification_programme')::int AS programmes,
              count(*) FILTER (WHERE status <> 'published')::int AS unpublished
         FROM translation`,
    );
    expect(counts).toMatchObject({ courses: 50, programmes: 10, unpublished: 0 });
    expect(counts.topics).toBeGreaterThanOrEqual(5 * 10);
  });

  it('makes the seeded courses searchable in every published language', async () => {
    const officer = await t.signIn('officer');
    const [{ id }] = await t.db.query(`SELECT id FROM course WHERE code = 'CT-201'`);
    for (const [q, locale] of [
      ['криптовалюти', 'uk'],
      ['加密货币', 'zh-CN'],
      ['rastreamentos', 'pt-BR'],
      ['blockchain heuristics', 'en'],
    ]) {
      await t.db.query(`UPDATE app_user SET locale = $2 WHERE id = $1`, [officer.id, locale]);
      const page = (
        await t.inject({ method: 'GET', url: `/api/courses?q=${encodeURIComponent(q)}`, cookie: officer.cookie })
      ).json();
      expect([q, page.items.find((c: { id: string }) => c.id === id)?.matchedLocale]).toEqual([q, locale]);
    }
  });

  it('gives the regional dashboard two years of history, leaving the demo accounts out of it', async () => {
    const [history] = await t.db.query(
      `SELECT count(DISTINCT pu.country_code)::int AS countries, count(*)::int AS enrolments,
         min(co.starts_at) < now() - interval '600 days' AS two_years
       FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id JOIN police_unit pu ON pu.id = u.police_unit_id`,
    );
    expect(history.enrolments).toBeGreaterThan(10_000);
    expect(history.countries).toBeGreaterThanOrEqual(20);
    expect(history.two_years).toBe(true);
    const [rollup] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM uptake_refresh) AS refreshed, (SELECT sum(enrolments)::int FROM uptake_unit_month) AS enrolments`,
    );
    expect(rollup.refreshed).toBe(1);
    expect(rollup.enrolments).toBeGreaterThan(10_000);
    const touched = await t.db.query(
      `SELECT u.email FROM app_user u WHERE u.email = ANY($1) AND (
         EXISTS (SELECT 1 FROM enrolment e JOIN cohort co ON co.id = e.cohort_id WHERE e.officer_id = u.id AND co.starts_at < now() - interval '150 days')
         OR EXISTS (SELECT 1 FROM assignment a WHERE a.trainer_id = u.id))`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    expect(touched).toEqual([]);
    const waiting = await t.db.query(
      `SELECT id FROM training_request WHERE status IN ('pending', 'matching', 'proposed') AND requested_by_id IS NULL`,
    );
    expect(waiting).toEqual([]);
  });

  it('seeds realistic data: every country, hotspots with several units, firms with trainers', async () => {
    const [{ countries }] = await t.db.query(`SELECT count(*)::int AS countries FROM country`);
    expect(countries).toBe(249);
    const hotspots: { code: string; units: number }[] = await t.db.query(
      `SELECT c.code, count(u.id)::int AS units FROM country c LEFT JOIN police_unit u ON u.country_code = c.code WHERE c.hotspot GROUP BY c.code`,
    );
    for (const code of ['BR', 'RU', 'UA', 'CN', 'NG', 'IN', 'RO', 'VN', 'ID', 'PH'])
      expect(hotspots.find((h) => h.code === code)).toBeDefined();
    expect(hotspots.filter((h) => h.units >= 3).length).toBeGreaterThanOrEqual(10);
    const firms: { name: string; trainers: number }[] = await t.db.query(
      `SELECT f.name, count(u.id)::int AS trainers FROM member_firm f LEFT JOIN app_user u ON u.member_firm_id = f.id AND u.role = 'trainer' GROUP BY f.name`,
    );
    expect(firms.map((f) => f.name)).toEqual(expect.arrayContaining(['McAfee', 'Trend Micro']));
    expect(firms.every((f) => f.trainers >= 2)).toBe(true);
    const [catalogue] = await t.db.query(
      `SELECT count(*) FILTER (WHERE status = 'published')::int AS published, (SELECT count(*)::int FROM lesson) AS lessons, (SELECT count(*)::int FROM question) AS questions FROM course`,
    );
    expect(catalogue.published).toBeGreaterThanOrEqual(9);
    expect(catalogue.lessons).toBeGreaterThanOrEqual(40);
    const cohorts: { status: string }[] = await t.db.query(`SELECT status FROM cohort`);
    expect([...new Set(cohorts.map((c) => c.status))]).toEqual(
      expect.arrayContaining(['completed', 'running', 'open', 'planned']),
    );
    // Seats agree with the enrolments that hold them.
    const mismatched = await t.db.query(
      `SELECT co.id FROM cohort co WHERE co.seats_taken <> (SELECT count(*) FROM enrolment e WHERE e.cohort_id = co.id AND e.status IN ('enrolled', 'completed', 'failed'))`,
    );
    expect(mismatched).toEqual([]);
  });

  it('seeds the demo local trainer: an officer of the demo unit, certified, confirmed, with a proposal waiting', async () => {
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: LOCAL_TRAINER_ACCOUNT.email, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().role).toBe('officer');
    const cookie = sessionCookieFrom(login.headers['set-cookie']);
    const proposals = await t.inject({ method: 'GET', url: '/api/assignments?status=proposed', cookie });
    expect(proposals.json().items).toEqual([
      expect.objectContaining({ trainerPool: 'local', countryCode: 'UA', status: 'proposed' }),
    ]);
    const [state] = await t.db.query(
      `SELECT u.police_unit_id = d.police_unit_id AS same_unit,
              (SELECT count(*)::int FROM capability_grant g WHERE g.user_id = u.id AND g.capability = 'local_trainer' AND g.revoked_at IS NULL) AS grants,
              (SELECT count(*)::int FROM certification c JOIN certification_programme p ON p.id = c.programme_id
                WHERE c.holder_id = u.id AND c.status = 'active' AND cardinality(p.trainer_course_ids) > 0) AS certifications,
              (SELECT co.trainer_id = e.id FROM trainer_profile p JOIN cohort co ON co.id = p.trained_in_cohort_id WHERE p.user_id = u.id) AS trained_by_demo_trainer
         FROM app_user u, app_user d, app_user e
        WHERE u.email = $1 AND d.email = 'officer@icspa.test' AND e.email = 'trainer@icspa.test'`,
      [LOCAL_TRAINER_ACCOUNT.email],
    );
    expect(state).toEqual({ same_unit: true, grants: 2, certifications: 1, trained_by_demo_trainer: true });

    // Its train-the-trainer certification gets a signed credential through the certificate issuer: the seed
    // queues the issue-certifications job for the holder, and the worker's run of it (here, the use case) signs
    // it; an independent JOSE library verifies it against the published keys.
    const [{ id: holderId }] = await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [
      LOCAL_TRAINER_ACCOUNT.email,
    ]);
    expect(
      await t.db.query(
        `SELECT 1 FROM outbox_message WHERE job_name = 'issue-certifications' AND payload->>'holderId' = $1`,
        [holderId],
      ),
    ).toHaveLength(1);
    await t.app.get(IssueCertificationsUseCase).execute({ holderId });
    const [cert] = await t.db.query(
      `SELECT c.id, c.credential, c.expires_at FROM certification c JOIN certification_programme p ON p.id = c.programme_id
        WHERE c.holder_id = $1 AND cardinality(p.trainer_course_ids) > 0`,
      [holderId],
    );
    expect(cert.credential).not.toBe('');
    const { jwt } = (
      await t.inject({ method: 'GET', url: `/api/certifications/${cert.id}/credential`, cookie })
    ).json();
    const keys = createLocalJWKSet((await t.inject({ method: 'GET', url: '/api/credentials/jwks.json' })).json());
    const vc = JSON.parse(new TextDecoder().decode((await compactVerify(jwt, keys)).payload));
    expect(vc.credentialSubject.achievement.name).toBe('First Responder Trainer (train-the-trainer)');
    expect(vc.validUntil).toBe(new Date(cert.expires_at).toISOString());
  });

  it('lets all five demo accounts sign in, with their roles, the officer in a Ukrainian unit', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const login = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: account.email, password: DEMO_PASSWORD },
      });
      expect({ email: account.email, status: login.statusCode }).toEqual({ email: account.email, status: 200 });
      expect(login.json().role).toBe(account.role);
    }
    const [officer] = await t.db.query(
      `SELECT u.country_code FROM app_user a JOIN police_unit u ON u.id = a.police_unit_id WHERE a.email = 'officer@icspa.test'`,
    );
    expect(officer.country_code).toBe('UA');
    const [trainer] = await t.db.query(
      `SELECT f.name FROM app_user a JOIN member_firm f ON f.id = a.member_firm_id WHERE a.email = 'trainer@icspa.test'`,
    );
    expect(trainer.name).toBe('Trend Micro');
    const [member] = await t.db.query(
      `SELECT f.name FROM app_user a JOIN member_firm f ON f.id = a.member_firm_id WHERE a.email = 'member@icspa.test'`,
    );
    expect(member.name).toBe('McAfee');
    const officerLogin = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'officer@icspa.test', password: DEMO_PASSWORD },
    });
    const cookie = String(officerLogin.headers['set-cookie']).split(';')[0];
    const mine = (await t.inject({ method: 'GET', url: '/api/enrolments', cookie })).json();
    expect(mine.items.map((e: { status: string }) => e.status).sort()).toEqual(['completed', 'completed', 'enrolled']);
    expect(mine.items.find((e: { status: string }) => e.status === 'enrolled').nextLessonId).not.toBeNull();
  });
});
