import { TestApp, type TestUser } from '../../../test/test-app';
import { createTrainers } from '../../../test/assignment-fixtures';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { personSearchSql } from './person-search';

/**
 * People search at scale: 100,000 users with names in Latin, Cyrillic and CJK script, generated in SQL,
 * among which a few known people are found by name with one typo, without accents, or by e-mail prefix,
 * in every list that searches people, and never outside the list's scope.
 */
describe('people search (name with typos, any script; e-mail prefix)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitA: string;
  let unitB: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitA = await t.createUnit('UA');
    unitB = await t.createUnit('KE');
    const started = Date.now();
    // Pseudo-random names from md5: a third Latin, a third Cyrillic, a third three CJK ideographs.
    await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
       SELECT 'gen-' || i || '@example.test',
              CASE i % 3
                WHEN 0 THEN initcap(translate(substr(h, 1, 6), '0123456789abcdef', 'aeioubdfgklmnprs')) || ' ' ||
                            initcap(translate(substr(h, 7, 9), '0123456789abcdef', 'aeioubdfgklmnprs'))
                WHEN 1 THEN initcap(translate(substr(h, 1, 6), '0123456789abcdef', 'аеиоубвгдклмнрст')) || ' ' ||
                            initcap(translate(substr(h, 7, 9), '0123456789abcdef', 'аеиоубвгдклмнрст'))
                ELSE chr(19968 + ('x' || substr(h, 1, 4))::bit(16)::int % 20000) ||
                     chr(19968 + ('x' || substr(h, 5, 4))::bit(16)::int % 20000) ||
                     chr(19968 + ('x' || substr(h, 9, 4))::bit(16)::int % 20000)
              END,
              'officer', 'unused', CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END
         FROM generate_series(1, 100000) i, md5(i::text) h`,
      [unitA, unitB],
    );
    const rows: { id: string; display_name: string }[] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
       VALUES ('olena.kovalenko@police.example', 'Olena Kovalenko', 'officer', 'unused', $1),
              ('t.shevchenko@police.example', 'Тарас Шевченко', 'officer', 'unused', $1),
              ('wang.xm@police.example', '王小明', 'officer', 'unused', $2),
              ('jose.alvarez@police.example', 'José Álvarez', 'officer', 'unused', $2)
       RETURNING id, display_name`,
      [unitA, unitB],
    );
    for (const r of rows) people[r.display_name] = r.id;
    await t.db.query(`ANALYZE app_user`);
    // "Quickly": generated and indexed within a minute even on the shared 2-core machine.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
  afterAll(() => t.close());

  const users = async (q: string, who: TestUser = admin) => {
    const res = await t.inject({ method: 'GET', url: `/api/users?q=${encodeURIComponent(q)}`, cookie: who.cookie });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: { id: string; displayName: string; email: string }[]; total: number };
  };

  it.each([
    ['Latin, one letter wrong', 'Olena Kovalemko', 'Olena Kovalenko'],
    ['Latin surname alone, one letter wrong', 'kovalemko', 'Olena Kovalenko'],
    ['Cyrillic surname, one letter wrong', 'Шевчинко', 'Тарас Шевченко'],
    ['Cyrillic, the other order, Latin c for с', 'Шевченко Тарac', 'Тарас Шевченко'],
    ['CJK, one character wrong', '王晓明', '王小明'],
    ['without accents, in capitals', 'JOSE ALVAREZ', 'José Álvarez'],
    ['e-mail prefix', 'olena.ko', 'Olena Kovalenko'],
  ])('%s: %s finds %s first among 100,000', async (_what, q, name) => {
    const page = await users(q);
    expect(page.items[0]).toMatchObject({ id: people[name], displayName: name });
    expect(page.total).toBeLessThan(1000);
  });

  it('is served by the trigram index, not a scan of 100,000 names', async () => {
    const params: string[] = [];
    const search = personSearchSql('Kovalemko', (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    const plan: { 'QUERY PLAN': string }[] = await t.db.query(
      `EXPLAIN SELECT id FROM app_user u WHERE ${search.condition('u')}`,
      params,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('ix_app_user__name_search');
    expect(text).toContain('ix_app_user__email_prefix');
    expect(text).not.toMatch(/Seq Scan on app_user/);
  });

  it('takes LIKE wildcards, NUL bytes and 100 characters of anything as text', async () => {
    expect((await users('%')).total).toBe(0);
    expect((await users('_')).total).toBe(0);
    const nul = await t.inject({ method: 'GET', url: `/api/users?q=Olena%00`, cookie: admin.cookie });
    expect(nul.statusCode).toBe(400);
    expect((await users('ꙮ'.repeat(100))).total).toBe(0);
    const long = await t.inject({ method: 'GET', url: `/api/users?q=${'a'.repeat(101)}`, cookie: admin.cookie });
    expect(long.statusCode).toBe(400);
  });

  it('certifications: an admin finds a holder by name with a typo; a holder searching finds only their own', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const programme = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Alliance Cybercrime Investigator',
        description: 'Investigates cybercrime.',
        courseIds: [courseId],
        requiredCount: 1,
        validityMonths: 12,
        recertificationWindowDays: 90,
        skills: ['digital-forensics'],
      },
    });
    expect(programme.statusCode).toBe(201);
    // Certifications of the four known people and of 2,000 generated officers.
    await t.db.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, credential)
       SELECT $1, u.id, now(), now(), now() + interval '1 year', substr(md5(u.id::text), 1, 22), 'x'
         FROM app_user u WHERE u.id = ANY($2::uuid[]) OR u.email LIKE 'gen-1___@example.test' OR u.email LIKE 'gen-2___@example.test'`,
      [programme.json().id, Object.values(people)],
    );
    const found = await t.inject({ method: 'GET', url: '/api/certifications?q=Kovalemko', cookie: admin.cookie });
    expect(found.statusCode).toBe(200);
    expect(found.json().items[0]).toMatchObject({ holderId: people['Olena Kovalenko'] });
    const cjk = await t.inject({
      method: 'GET',
      url: `/api/certifications?q=${encodeURIComponent('王晓明')}`,
      cookie: admin.cookie,
    });
    expect(cjk.json().items[0]).toMatchObject({ holderId: people['王小明'] });

    const jose = { cookie: await t.sessionCookie(people['José Álvarez']) } as TestUser;
    const own = await t.inject({ method: 'GET', url: '/api/certifications?q=Kovalenko', cookie: jose.cookie });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ total: 0, items: [] });
    const self = await t.inject({ method: 'GET', url: '/api/certifications?q=alvares', cookie: jose.cookie });
    expect(self.json().items.map((c: { holderId: string }) => c.holderId)).toEqual([people['José Álvarez']]);
  });

  it('trainers: found by name with a typo, a member admin only among their firm', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const firmA = await t.createFirm();
    const firmB = await t.createFirm();
    const [a] = await createTrainers(t, 1, { courseId, firms: [firmA] });
    const [b] = await createTrainers(t, 1, { courseId, firms: [firmB] });
    await t.db.query(`UPDATE app_user SET display_name = 'Nadia Okonkwo' WHERE id = $1`, [a.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Nadia Okonkwa' WHERE id = $1`, [b.id]);
    const all = await t.inject({ method: 'GET', url: '/api/trainers?q=okonkwo', cookie: admin.cookie });
    expect(all.json().items.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    const memberAdmin = await t.signIn('member_admin', { memberFirmId: firmB });
    const mine = await t.inject({ method: 'GET', url: '/api/trainers?q=okonkwo', cookie: memberAdmin.cookie });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    // Officers are not trainers, however well their name matches.
    const none = await t.inject({ method: 'GET', url: '/api/trainers?q=Kovalenko', cookie: admin.cookie });
    expect(none.json().total).toBe(0);
  });

  it('nomination picker: a coordinator finds officers of their unit only', async () => {
    const coordinator = await t.signIn('coordinator', { policeUnitId: unitA });
    const url = (unit: string, q: string) => `/api/police-units/${unit}/officers?q=${encodeURIComponent(q)}`;
    const mine = await t.inject({ method: 'GET', url: url(unitA, 'Шевчинко'), cookie: coordinator.cookie });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items[0]).toMatchObject({ id: people['Тарас Шевченко'] });
    // José is in unit B: not found from unit A, and unit B's list is not the coordinator's.
    const other = await t.inject({ method: 'GET', url: url(unitA, 'Jose Alvarez'), cookie: coordinator.cookie });
    expect(other.json().items.map((x: { id: string }) => x.id)).not.toContain(people['José Álvarez']);
    const forbidden = await t.inject({ method: 'GET', url: url(unitB, 'Jose'), cookie: coordinator.cookie });
    expect([403, 404]).toContain(forbidden.statusCode);
  });
});
