import { randomBytes } from 'node:crypto';
import { pdfText } from '../../../test/pdf-text';
import { englishLabels, labelsIn } from '../../../test/printout-labels';
import { insertCohort, insertCourse, insertEnrolment, insertProgramme } from '../../../test/record-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';
import { IssueCertificationsUseCase } from '../certifications/usecases/issue-certifications/issue-certifications.usecase';
import { refreshUptake } from '../reporting/uptake-rollup';
import {
  JSONB_WITHOUT_PEOPLE,
  OWNED_CHILDREN,
  OWNED_TABLES,
  PERSON_LOOKING_COLUMN,
  SECRET_COLUMNS,
  SECRET_LOOKING_COLUMN,
  UNLINKED_REFERENCES,
  USER_FOREIGN_KEYS,
} from './data-rights.coverage';

const DAY = 86400_000;
const NOW = new Date('2031-03-10T09:00:00Z');

type Row = Record<string, unknown>;

describe('data rights: the subject-access export and erasure', () => {
  let t: TestApp;
  let unitId: string;
  let otherUnitId: string;
  let admin: TestUser;
  let coordinator: TestUser;
  let officer: TestUser;
  let colleague: TestUser;
  let otherCoordinator: TestUser;
  let trainer: TestUser;
  let publicCode: string;
  const NAME = 'Олена Ковальчук 王芳';
  let email: string;
  let formerEmail: string;
  // Another officer whose name and address contain the erased officer's ("Li Weiss", "ali@x.org").
  let namesake: string;
  const NAMESAKE_NAME = `${'Олена Ковальчук 王芳'}芳`;
  let namesakeEmail: string;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    unitId = await t.createUnit('UA');
    otherUnitId = await t.createUnit('KE');
    admin = await t.signIn('admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    officer = await t.signIn('officer', { policeUnitId: unitId });
    colleague = await t.signIn('officer', { policeUnitId: unitId });
    otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnitId });
    trainer = await t.signIn('trainer');
    formerEmail = officer.email;
    email = `olena-${randomBytes(3).toString('hex')}@unit.example`;
    // Named and readdressed through the API, so the audit log's details hold the old and new name and e-mail.
    const renamed = await t.inject({
      method: 'PATCH',
      url: `/api/users/${officer.id}`,
      cookie: admin.cookie,
      payload: { displayName: NAME, email },
    });
    expect(renamed.statusCode).toBe(200);

    // Training history: a completed course (with an attempt and a lesson done), a running one (nominated by the
    // coordinator, with a session's attendance), a certification issued for real (signed, notified, audited).
    const forensics = await insertCourse(t, 'Digital forensics');
    const tracing = await insertCourse(t, 'Crypto tracing');
    await insertProgramme(t, 'Alliance Cybercrime Investigator', [forensics]);
    const past = await insertCohort(t, forensics, new Date(NOW.getTime() - 400 * DAY), {
      status: 'completed',
      trainerId: trainer.id,
    });
    const current = await insertCohort(t, tracing, new Date(NOW.getTime() - 2 * DAY), { status: 'running' });
    const done = await insertEnrolment(t, officer.id, past, 'completed', {
      progress: 100,
      completedAt: new Date(NOW.getTime() - 395 * DAY),
    });
    await insertEnrolment(t, colleague.id, past, 'completed', { progress: 100, completedAt: NOW });
    const running = await insertEnrolment(t, officer.id, current, 'enrolled', {
      progress: 40,
      nominatedById: coordinator.id,
    });
    await t.db.query(
      `INSERT INTO assessment_attempt (enrolment_id, question_ids, started_at, submitted_at, score, passed)
       VALUES ($1, '{}', $2, $2, 85, true)`,
      [done, new Date(NOW.getTime() - 396 * DAY)],
    );
    const [session] = await t.db.query(
      `INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, position) VALUES ($1, $2, $3, 'Europe/Kyiv', 1) RETURNING id`,
      [current, new Date(NOW.getTime() - DAY), new Date(NOW.getTime() - DAY + 3600_000)],
    );
    await t.db.query(
      `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_at, marked_by_id) VALUES ($1, $2, 'late', $3, $4)`,
      [running, session.id, NOW, trainer.id],
    );
    await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id });
    [{ public_code: publicCode }] = await t.db.query(`SELECT public_code FROM certification WHERE holder_id = $1`, [
      officer.id,
    ]);
    // Someone else's notification and e-mail naming the officer; audit events about them with the name in details.
    await t.db.query(
      `INSERT INTO notification (user_id, kind, params, delivery) VALUES ($1, 'enrolment.nominated', $2::jsonb, 'in_app')`,
      [coordinator.id, JSON.stringify({ officerId: officer.id, officerName: NAME, courseTitle: 'Crypto tracing' })],
    );
    await t.db.query(
      `INSERT INTO email_message (user_id, dedupe_key, kind, to_address, to_name, locale, subject, text_body, html_body, status)
       VALUES ($1, $2, 'enrolment.nominated', $3, 'Coordinator', 'en', $4, $5, $6, 'sent')`,
      [
        coordinator.id,
        `test-${randomBytes(4).toString('hex')}`,
        coordinator.email,
        `${NAME} was nominated`,
        `Hello, ${NAME} (${email.toUpperCase()}) was nominated.`,
        `<p>${NAME} &lt;${email}&gt; was nominated.</p>`,
      ],
    );
    await t.db.query(
      `INSERT INTO email_message (user_id, dedupe_key, kind, to_address, to_name, locale, subject, text_body, html_body, status)
       VALUES ($1, $2, 'certification.expiring', $3, $4, 'en', 'Your certification', $5, $5, 'pending')`,
      [officer.id, `test-${randomBytes(4).toString('hex')}`, email, NAME, `Dear ${NAME}, it expires.`],
    );
    await t.db.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, details) VALUES ($1, 'app_user.create', 'app_user', $2, $3::jsonb)`,
      [admin.id, officer.id, JSON.stringify({ email, displayName: NAME, role: 'officer' })],
    );
    await t.db.query(
      `INSERT INTO personal_data_access (officer_id, reader_id, purpose, object_type, object_id) VALUES ($1, $2, 'roster', 'cohort', $3)`,
      [officer.id, trainer.id, current],
    );
    // The namesake's own rows, in the same name-bearing columns: the erasure must leave them exactly as they are.
    namesakeEmail = `a${email}`;
    [{ id: namesake }] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
       VALUES ($1, $2, 'officer', 'unused', $3) RETURNING id`,
      [namesakeEmail, NAMESAKE_NAME, otherUnitId],
    );
    await t.db.query(
      `INSERT INTO notification (user_id, kind, params, delivery) VALUES ($1, 'enrolment.nominated', $2::jsonb, 'in_app')`,
      [otherCoordinator.id, JSON.stringify({ officerId: namesake, officerName: NAMESAKE_NAME, email: namesakeEmail })],
    );
    await t.db.query(
      `INSERT INTO email_message (user_id, dedupe_key, kind, to_address, to_name, locale, subject, text_body, html_body, status)
       VALUES ($1, $2, 'certification.expiring', $3, $4, 'en', $5, $6, $7, 'sent')`,
      [
        namesake,
        `test-${randomBytes(4).toString('hex')}`,
        namesakeEmail,
        NAMESAKE_NAME,
        `${NAMESAKE_NAME}, your certification`,
        `Dear ${NAMESAKE_NAME} (${namesakeEmail}), it expires.`,
        `<p>${NAMESAKE_NAME} &lt;${namesakeEmail}&gt;</p>`,
      ],
    );
    await t.db.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, details) VALUES ($1, 'app_user.create', 'app_user', $2, $3::jsonb)`,
      [admin.id, namesake, JSON.stringify({ email: namesakeEmail, displayName: NAMESAKE_NAME, role: 'officer' })],
    );
  });
  afterAll(() => t.close());

  /** Every row naming the namesake, in the name-bearing columns. */
  const namesakeRows = async () => ({
    notification: await t.db.query(`SELECT params FROM notification WHERE params->>'officerId' = $1`, [namesake]),
    email: await t.db.query(
      `SELECT to_address, to_name, subject, text_body, html_body FROM email_message WHERE user_id = $1`,
      [namesake],
    ),
    audit: await t.db.query(`SELECT details FROM audit_event WHERE entity_id = $1 ORDER BY id`, [namesake]),
  });

  const get = (user: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: user.cookie });
  const erase = (user: TestUser, id: string, payload: unknown = { reason: 'The officer asked (art. 16 LED)' }) =>
    t.inject({ method: 'POST', url: `/api/users/${id}/erasure`, cookie: user.cookie, payload });

  describe('completeness, read from the live schema', () => {
    it('covers every column with a foreign key to app_user(id)', async () => {
      const fks: Array<{ table: string; column: string }> = await t.db.query(
        `SELECT cl.relname AS "table", a.attname AS "column"
           FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
          WHERE con.contype = 'f' AND con.confrelid = 'app_user'::regclass`,
      );
      expect(fks.length).toBeGreaterThan(30);
      const missing = fks.filter((fk) => !(USER_FOREIGN_KEYS[fk.table] ?? []).includes(fk.column));
      expect(missing).toEqual([]);
      // And nothing declared that the schema lacks (a renamed column would otherwise pass unnoticed).
      const declared = Object.entries(USER_FOREIGN_KEYS).flatMap(([table, cols]) =>
        cols.filter((c) => !(table === 'app_user' && c === 'id')).map((column) => ({ table, column })),
      );
      const stale = declared.filter((d) => !fks.some((fk) => fk.table === d.table && fk.column === d.column));
      expect(stale).toEqual([]);
    });

    it('covers every foreign key to a table whose rows are the officer’s (enrolments, certifications)', async () => {
      const fks: Array<{ table: string; column: string; target: string }> = await t.db.query(
        `SELECT cl.relname AS "table", a.attname AS "column", con.confrelid::regclass::text AS target
           FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
          WHERE con.contype = 'f' AND con.confrelid::regclass::text = ANY ($1)`,
        [Object.keys(OWNED_TABLES)],
      );
      const missing = fks.filter((fk) => OWNED_CHILDREN[fk.table]?.[fk.column] !== fk.target);
      expect(missing).toEqual([]);
    });

    it('covers every column named like a person’s id, and every jsonb column', async () => {
      const columns: Array<{ table: string; column: string; type: string }> = await t.db.query(
        `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
           FROM information_schema.columns c JOIN information_schema.tables tb
             ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
          WHERE c.table_schema = 'public'`,
      );
      const covered = (table: string, column: string) =>
        (USER_FOREIGN_KEYS[table] ?? []).includes(column) ||
        UNLINKED_REFERENCES.some((u) => u.table === table && u.column === column);
      const people = columns.filter((c) => PERSON_LOOKING_COLUMN.test(c.column) && !covered(c.table, c.column));
      expect(people).toEqual([]);
      const json = columns.filter(
        (c) =>
          (c.type === 'jsonb' || c.type === 'json') &&
          !JSONB_WITHOUT_PEOPLE.includes(`${c.table}.${c.column}`) &&
          !UNLINKED_REFERENCES.some((u) => u.table === c.table && u.column === c.column && u.match === 'json'),
      );
      expect(json).toEqual([]);
      // Every column whose name says "secret" in a table the export reads is left out of it.
      const exported = new Set([...Object.keys(USER_FOREIGN_KEYS), ...Object.keys(OWNED_CHILDREN)]);
      const secrets = columns.filter(
        (c) =>
          exported.has(c.table) &&
          SECRET_LOOKING_COLUMN.test(c.column) &&
          !/timestamp|date|boolean|integer/.test(c.type) &&
          !(SECRET_COLUMNS[c.table] ?? []).includes(c.column),
      );
      expect(secrets).toEqual([]);
    });

    it('the export holds every row of every table that mentions the officer’s id, and every row of their enrolments and certifications', async () => {
      // The oracle, independent of the export's own conditions: every row of every table whose text holds the id.
      const tables: Array<{ name: string }> = await t.db.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'`,
      );
      const expected: Record<string, Row[]> = {};
      for (const { name } of tables) {
        const rows: Row[] = await t.db.query(`SELECT * FROM "${name}" x WHERE strpos(to_jsonb(x)::text, $1) > 0`, [
          officer.id,
        ]);
        if (rows.length) expected[name] = rows;
      }
      for (const [child, columns] of Object.entries(OWNED_CHILDREN))
        for (const [column, owned] of Object.entries(columns)) {
          const rows: Row[] = await t.db.query(
            `SELECT * FROM "${child}" WHERE "${column}" IN (SELECT id FROM "${owned}" WHERE "${OWNED_TABLES[owned]}" = $1)`,
            [officer.id],
          );
          if (rows.length) expected[child] = [...(expected[child] ?? []), ...rows];
        }
      for (const kind of [
        'enrolment',
        'assessment_attempt',
        'attendance',
        'certification',
        'notification',
        'audit_event',
      ])
        expect(Object.keys(expected)).toContain(kind);

      const res = await get(officer, `/api/users/${officer.id}/personal-data`);
      expect(res.statusCode).toBe(200);
      const data = res.json();
      expect(data.officer).toMatchObject({ id: officer.id, name: NAME, email });
      const plain = (row: Row, table: string) => {
        const copy = JSON.parse(JSON.stringify(row));
        for (const s of SECRET_COLUMNS[table] ?? []) delete copy[s];
        return copy;
      };
      for (const [table, rows] of Object.entries(expected)) {
        expect(data.tables[table]).toBeDefined();
        for (const row of rows) expect(data.tables[table]).toContainEqual(plain(row, table));
      }
      // Secrets never: not the password hash, session tokens, wallet codes, feed tokens or identity salts.
      const text = res.body;
      for (const [table, cols] of Object.entries(SECRET_COLUMNS))
        for (const row of data.tables[table] ?? []) for (const c of cols) expect(row).not.toHaveProperty(c);
      const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [officer.id]);
      expect(text).not.toContain(password_hash);
      const [{ token_hash }] = await t.db.query(`SELECT token_hash FROM session WHERE user_id = $1 LIMIT 1`, [
        officer.id,
      ]);
      expect(text).not.toContain(token_hash);
      expect(data.secretsOmitted).toEqual(expect.arrayContaining(['app_user.password_hash', 'session.token_hash']));
      // Audited.
      const [audit] = await t.db.query(
        `SELECT actor_id, details FROM audit_event WHERE action = 'app_user.personal_data_export' AND entity_id = $1`,
        [officer.id],
      );
      expect(audit).toMatchObject({ actor_id: officer.id, details: { format: 'json' } });
    });
  });

  it('is the officer’s, their unit’s coordinator’s and the admins’ to download; nobody else’s', async () => {
    expect((await get(coordinator, `/api/users/${officer.id}/personal-data`)).statusCode).toBe(200);
    expect((await get(admin, `/api/users/${officer.id}/personal-data`)).statusCode).toBe(200);
    expect((await get(colleague, `/api/users/${officer.id}/personal-data`)).statusCode).toBe(404);
    expect((await get(otherCoordinator, `/api/users/${officer.id}/personal-data`)).statusCode).toBe(404);
    expect((await get(trainer, `/api/users/${officer.id}/personal-data`)).statusCode).toBe(403);
    expect((await get(colleague, `/api/users/${officer.id}/personal-data.pdf`)).statusCode).toBe(404);
    const summary = await get(officer, `/api/users/${officer.id}/data-rights`);
    expect(summary.json()).toMatchObject({ id: officer.id, countryCode: 'UA', retentionYears: null, erasedAt: null });
    expect((await get(colleague, `/api/users/${officer.id}/data-rights`)).statusCode).toBe(404);
  });

  it('prints as a PDF with sections per kind and the name in Cyrillic and Chinese as written', async () => {
    const res = await get(coordinator, `/api/users/${officer.id}/personal-data.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await pdfText(res.rawPayload);
    const all = pdf.lines.join('\n');
    expect(all).toContain('Олена Ковальчук');
    expect(all).toContain('王芳');
    for (const section of ['Enrolments', 'Certifications', 'Attendance', 'Assessment attempts', 'Notifications'])
      expect(all).toContain(section);
    expect(pdf.fonts.some((f) => /Noto/.test(f))).toBe(true);
    // Stamped like every export: on the first page under the title, and at the foot of every page.
    const stamp = /^Exported by Test coordinator \(coordinator, .+\) on 2031-03-10 09:00:00 UTC$/;
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.lines.filter((line) => stamp.test(line.trim()))).toHaveLength(pdf.pages + 1);
  });

  describe('the PDF in the reader’s language', () => {
    const pdfFor = async (user: TestUser, headers: Record<string, string> = {}) => {
      const res = await t.inject({
        method: 'GET',
        url: `/api/users/${officer.id}/personal-data.pdf`,
        cookie: user.cookie,
        headers,
      });
      expect(res.statusCode).toBe(200);
      return pdfText(res.rawPayload);
    };
    /** Section headings: "<title> (<rows>)" lines. */
    const headings = (lines: string[]) =>
      lines.filter((l) => /\(\d+\)$/.test(l)).map((l) => l.replace(/ \(\d+\)$/, ''));
    const english = englishLabels('personalData');

    it('prints in Ukrainian for a coordinator whose browser asks for it: headings, sections, retention, stamp', async () => {
      await t.db.query(`UPDATE country SET retention_years = 5 WHERE code = 'UA'`);
      try {
        const pdf = await pdfFor(coordinator, { 'accept-language': 'uk' });
        const all = pdf.lines.join(' ');
        for (const label of [
          'Персональні дані, що зберігаються про працівника',
          'Строк зберігання: дані видаляються через 5 років після виходу з підрозділу',
          'Ніколи не вивантажуються (секретні дані): ',
          'Види даних, у яких про працівника нічого немає',
        ])
          expect(all).toContain(label);
        expect(headings(pdf.lines)).toEqual(
          expect.arrayContaining([
            'Записи на курси',
            'Сертифікати',
            'Відвідуваність',
            'Спроби атестації',
            'Сповіщення',
          ]),
        );
        // No heading and no fixed label in English (the rows' table and column names are the JSON's, as stored).
        expect(headings(pdf.lines).filter((h) => english.includes(h))).toEqual([]);
        expect(labelsIn(pdf.lines.filter((l) => !/^[a-z_]+(: | #\d)/.test(l)).join('\n'), english)).toEqual([]);
        // Under the title (wrapped there: longer than the page is wide) and at the foot of every page.
        const stamp =
          /Вивантажено користувачем Test coordinator \(координатор навчання, Unit \w+\) 2031-03-10 09:00:00 UTC/g;
        expect(all.match(stamp)).toHaveLength(pdf.pages + 1);
        expect(pdf.lines.filter((line) => new RegExp(`^${stamp.source}$`).test(line))).toHaveLength(pdf.pages);
        expect(pdf.title).toBe(`Персональні дані — ${NAME}`);
      } finally {
        await t.db.query(`UPDATE country SET retention_years = NULL WHERE code = 'UA'`);
      }
    });

    it('prints in Chinese for the officer who reads the portal in Chinese, in the CJK font', async () => {
      await t.db.query(`UPDATE app_user SET locale = 'zh-CN' WHERE id = $1`, [officer.id]);
      try {
        const pdf = await pdfFor(officer);
        expect(pdf.lines).toContain('平台保存的个人数据');
        expect(pdf.lines).toContain('不含该警员任何信息的数据类别');
        expect(pdf.lines.join(' ')).toContain('保存期限：长期保存（所在国家未设定保存期限）');
        expect(headings(pdf.lines)).toEqual(expect.arrayContaining(['报名', '认证', '出勤', '考核作答', '通知']));
        expect(headings(pdf.lines).filter((h) => english.includes(h))).toEqual([]);
        expect(pdf.fonts.some((f) => /^[A-Z]{6}\+NotoSansHans/.test(f))).toBe(true);
        const stamp = new RegExp(`^导出人：${NAME}（警员，.+），导出时间：2031-03-10 09:00:00 UTC$`);
        expect(pdf.lines.filter((line) => stamp.test(line.trim()))).toHaveLength(pdf.pages + 1);
        expect(pdf.title).toBe(`个人数据 — ${NAME}`);
        expect(pdf.lang).toBe('zh-CN');
      } finally {
        await t.db.query(`UPDATE app_user SET locale = NULL WHERE id = $1`, [officer.id]);
      }
    });

    it('stays English for a language the portal does not speak', async () => {
      const pdf = await pdfFor(coordinator, { 'accept-language': 'de-AT' });
      expect(pdf.lines).toContain('Personal data held about');
      expect(headings(pdf.lines)).toEqual(expect.arrayContaining(['Enrolments', 'Certifications', 'Attendance']));
      expect(pdf.lines.some((l) => /^Exported by Test coordinator \(coordinator, /.test(l))).toBe(true);
      expect(pdf.title).toBe(`Personal data — ${NAME}`);
    });
  });

  it('writes the admin’s reads (summary, JSON and PDF export) in the access log; not the unit’s or the officer’s own', async () => {
    const accesses = () =>
      t.db.query(
        `SELECT reader_id, purpose, object_type, object_id FROM personal_data_access
          WHERE officer_id = $1 AND purpose LIKE 'personal_data%' ORDER BY purpose, at, id`,
        [officer.id],
      );
    await t.db.query(`DELETE FROM personal_data_access WHERE officer_id = $1 AND purpose LIKE 'personal_data%'`, [
      officer.id,
    ]);
    for (const reader of [officer, coordinator])
      for (const url of ['data-rights', 'personal-data', 'personal-data.pdf'])
        expect((await get(reader, `/api/users/${officer.id}/${url}`)).statusCode).toBe(200);
    expect(await accesses()).toEqual([]);
    for (const url of ['data-rights', 'personal-data', 'personal-data.pdf'])
      expect((await get(admin, `/api/users/${officer.id}/${url}`)).statusCode).toBe(200);
    const object = { reader_id: admin.id, object_type: 'app_user', object_id: officer.id };
    expect(await accesses()).toEqual([
      { ...object, purpose: 'personal_data' },
      { ...object, purpose: 'personal_data_export' },
      { ...object, purpose: 'personal_data_export' },
    ]);
  });

  describe('erasure', () => {
    const ADMIN_VIEWS = [
      '/api/reporting/uptake?level=region',
      '/api/reporting/uptake?level=country',
      '/api/reporting/uptake?level=unit',
      '/api/reporting/uptake/series',
      '/api/reporting/uptake/firms',
      '/api/reporting/uptake/plan-delivery',
      '/api/reporting/cascade/experts',
      '/api/reporting/cascade/firms',
      '/api/reporting/cascade/countries',
      '/api/reporting/cascade/countries/UA',
    ];
    async function figures(): Promise<Record<string, unknown>> {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      try {
        await refreshUptake(runner);
      } finally {
        await runner.release();
      }
      const out: Record<string, unknown> = {};
      for (const url of ADMIN_VIEWS) {
        const res = await get(admin, url);
        expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
        // The refresh instant differs between the two reads; the figures must not.
        out[url] = JSON.parse(res.body.replace(/"(asOf|refreshedAt|generatedAt)":"[^"]*"/g, '"$1":null'));
      }
      return out;
    }

    it('refuses a bad body naming the field, and anyone but admins and the unit’s coordinator', async () => {
      const bad = await erase(admin, officer.id, { reason: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().field).toBe('reason');
      const none = await erase(admin, officer.id, {});
      expect(none.json()).toMatchObject({ statusCode: 400, field: 'reason' });
      expect((await erase(admin, officer.id, { reason: 'x'.repeat(501) })).json().field).toBe('reason');
      expect((await erase(officer, officer.id)).statusCode).toBe(403);
      expect((await erase(trainer, officer.id)).statusCode).toBe(403);
      expect((await erase(otherCoordinator, officer.id)).statusCode).toBe(404);
      expect((await erase(admin, admin.id)).statusCode).toBe(404);
      const [{ erased_at }] = await t.db.query(`SELECT erased_at FROM app_user WHERE id = $1`, [officer.id]);
      expect(erased_at).toBeNull();
    });

    it('a coordinator files a request: audited, the admins notified, nothing erased', async () => {
      const res = await erase(coordinator, officer.id, { reason: 'Left the service' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'requested', name: null });
      const [note] = await t.db.query(
        `SELECT params FROM notification WHERE user_id = $1 AND kind = 'privacy.erasure_requested'`,
        [admin.id],
      );
      expect(note.params).toMatchObject({ officerId: officer.id, reason: 'Left the service' });
      const [{ erased_at }] = await t.db.query(`SELECT erased_at FROM app_user WHERE id = $1`, [officer.id]);
      expect(erased_at).toBeNull();
    });

    it('the audit log refuses every other update, even with the erasure setting', async () => {
      await expect(
        t.db.transaction(async (m) => {
          await m.query(`SELECT set_config('icspa.erasure', $1, true)`, [officer.id]);
          await m.query(`UPDATE audit_event SET details = '{}'::jsonb WHERE entity_id = $1`, [officer.id]);
        }),
      ).rejects.toThrow(/append-only/);
      await t.db.query(
        `INSERT INTO audit_event (actor_id, action, entity_type, entity_id) VALUES ($1, 'app_user.disable', 'app_user', $2)`,
        [admin.id, colleague.id],
      );
      // Only `details` may change, and only while the transaction erases that very account.
      await expect(
        t.db.transaction(async (m) => {
          await m.query(`SELECT set_config('icspa.erasure', $1, true)`, [colleague.id]);
          await m.query(`UPDATE audit_event SET details = '{}'::jsonb WHERE entity_id = $1`, [colleague.id]);
        }),
      ).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM audit_event WHERE entity_id = $1`, [colleague.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(
        t.db.transaction(async (m) => {
          await m.query(`UPDATE app_user SET erased_at = now() WHERE id = $1`, [colleague.id]);
          await m.query(`SELECT set_config('icspa.erasure', $1, true)`, [colleague.id]);
          await m.query(`UPDATE audit_event SET action = 'app_user.enable' WHERE entity_id = $1`, [colleague.id]);
        }),
      ).rejects.toThrow(/append-only/);
      // While erasing the colleague, their own events' details may change; an event about someone else may not.
      const [{ id: unrelated }] = await t.db.query(
        `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, details)
         VALUES ($1, 'app_user.disable', 'app_user', $2, '{"why":"unrelated"}'::jsonb) RETURNING id`,
        [admin.id, trainer.id],
      );
      const erasingColleague = (work: (m: import('typeorm').EntityManager) => Promise<unknown>) =>
        t.db.transaction(async (m) => {
          await m.query(`UPDATE app_user SET erased_at = now() WHERE id = $1`, [colleague.id]);
          await m.query(`SELECT set_config('icspa.erasure', $1, true)`, [colleague.id]);
          await work(m);
          throw new Error('rolled back on purpose');
        });
      await expect(
        erasingColleague((m) =>
          m.query(`UPDATE audit_event SET details = '{}'::jsonb WHERE entity_id = $1`, [colleague.id]),
        ),
      ).rejects.toThrow(/rolled back on purpose/);
      await expect(
        erasingColleague((m) => m.query(`UPDATE audit_event SET details = '{}'::jsonb WHERE id = $1`, [unrelated])),
      ).rejects.toThrow(/append-only/);
      const [{ details }] = await t.db.query(`SELECT details FROM audit_event WHERE id = $1`, [unrelated]);
      expect(details).toEqual({ why: 'unrelated' });
    });

    it('erases personal data everywhere, keeps verification and uptake figures, is audited and happens once', async () => {
      const before = await figures();
      const namesakeBefore = await namesakeRows();
      expect(namesakeBefore.email[0].text_body).toContain(namesakeEmail);
      const [cert] = await t.db.query(`SELECT credential FROM certification WHERE holder_id = $1`, [officer.id]);
      const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
      const identifiersBefore = payloadOf(cert.credential).credentialSubject.identifier;
      expect(payloadOf(cert.credential).credentialSubject.name).toBe(NAME);

      const res = await erase(admin, officer.id, { reason: `Asked by ${NAME} on 2031-03-01` });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ status: 'erased', erasedAt: NOW.toISOString() });
      expect(body.name).toMatch(/^Erased officer [0-9A-Z]{2}-[0-9A-Z]{3}$/);

      // The account: placeholder name and address, no password or session, disabled.
      const [account] = await t.db.query(
        `SELECT display_name, email, password_hash, disabled_at, erased_at, left_at, locale, time_zone FROM app_user WHERE id = $1`,
        [officer.id],
      );
      expect(account).toMatchObject({
        display_name: body.name,
        email: `erased-${officer.id}@erased.invalid`,
        erased_at: NOW,
        disabled_at: NOW,
        left_at: NOW,
        locale: null,
        time_zone: null,
      });
      expect(account.password_hash).not.toMatch(/^\$argon2/);
      expect(await t.db.query(`SELECT 1 FROM session WHERE user_id = $1`, [officer.id])).toEqual([]);
      expect((await get(officer, '/api/auth/me')).statusCode).toBe(401);

      // The old name and e-mail appear nowhere in the database: every text and jsonb column of every table.
      const columns: Array<{ table: string; column: string }> = await t.db.query(
        `SELECT c.table_name AS "table", c.column_name AS "column"
           FROM information_schema.columns c JOIN information_schema.tables tb
             ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
          WHERE c.table_schema = 'public'
            AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
      );
      const found: string[] = [];
      for (const { table, column } of columns)
        for (const needle of [NAME, 'Олена Ковальчук', email, formerEmail]) {
          const [{ n }] = await t.db.query(
            `SELECT count(*)::int AS n FROM "${table}" t
              WHERE strpos(lower(t."${column}"::text), lower($1)) > 0 AND strpos(to_jsonb(t)::text, $2) = 0`,
            [needle, namesake],
          );
          if (n) found.push(`${table}.${column}: ${needle}`);
        }
      expect(found).toEqual([]);
      // The namesake's name and address, which contain the erased ones, are untouched everywhere.
      expect(await namesakeRows()).toEqual(namesakeBefore);
      const [{ display_name: namesakeName, email: namesakeAddress }] = await t.db.query(
        `SELECT display_name, email FROM app_user WHERE id = $1`,
        [namesake],
      );
      expect({ namesakeName, namesakeAddress }).toEqual({
        namesakeName: NAMESAKE_NAME,
        namesakeAddress: namesakeEmail,
      });
      // The name the account had before ("Test officer", still other people's name) is gone from its own events.
      const former = await t.db.query(
        `SELECT 1 FROM audit_event WHERE entity_id = $1 AND strpos(details::text, 'Test officer') > 0`,
        [officer.id],
      );
      expect(former).toEqual([]);
      const [{ colleagueName }] = await t.db.query(
        `SELECT display_name AS "colleagueName" FROM app_user WHERE id = $1`,
        [colleague.id],
      );
      expect(colleagueName).toBe('Test officer');
      // Nor inside the signed credential, which is signed again with the same salted identifiers.
      const [after] = await t.db.query(`SELECT credential FROM certification WHERE holder_id = $1`, [officer.id]);
      const payload = payloadOf(after.credential);
      expect(payload.credentialSubject.name).toBe(body.name);
      expect(payload.credentialSubject.identifier).toEqual(identifiersBefore);
      // The e-mails to the officer have no text left; the pending one is never sent.
      const mails = await t.db.query(`SELECT text_body, status FROM email_message WHERE user_id = $1`, [officer.id]);
      expect(mails.length).toBeGreaterThan(0);
      for (const m of mails) expect(m.text_body).toBe('');
      expect(mails.map((m: { status: string }) => m.status)).not.toContain('pending');
      // Someone else's e-mail names the placeholder instead.
      const [other] = await t.db.query(
        `SELECT subject, html_body FROM email_message WHERE user_id = $1 AND kind = 'enrolment.nominated'`,
        [coordinator.id],
      );
      expect(other.subject).toBe(`${body.name} was nominated`);
      expect(other.html_body).toContain(`erased-${officer.id}@erased.invalid`);
      // The access log stays: it is about its readers.
      expect(
        await t.db.query(`SELECT 1 FROM personal_data_access WHERE officer_id = $1 AND purpose = 'roster'`, [
          officer.id,
        ]),
      ).toHaveLength(1);

      // Verification keeps working, under the placeholder.
      const verified = await t.inject({ method: 'GET', url: `/api/verify/${publicCode}` });
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({ status: 'active', holderName: body.name });
      expect(verified.body).not.toContain('Олена');
      expect(verified.body).not.toContain('王芳');

      // Enrolments, scores and certifications kept: the uptake figures are the same.
      expect(await figures()).toEqual(before);
      expect(await t.db.query(`SELECT 1 FROM enrolment WHERE officer_id = $1`, [officer.id])).toHaveLength(2);

      // One audit record with actor, reason (the name replaced) and counts.
      const [audit] = await t.db.query(
        `SELECT actor_id, details FROM audit_event WHERE action = 'app_user.erasure' AND entity_id = $1`,
        [officer.id],
      );
      expect(audit.actor_id).toBe(admin.id);
      expect(audit.details.reason).toBe(`Asked by ${body.name} on 2031-03-01`);
      expect(audit.details.counts).toMatchObject({ session: expect.any(Number), credential_resigned: 1 });
      expect(audit.details.counts.audit_event).toBeGreaterThan(0);

      // A second erasure is a conflict; the account cannot be edited or enabled again.
      const again = await erase(admin, officer.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('user.already_erased');
      const enable = await t.inject({
        method: 'PATCH',
        url: `/api/users/${officer.id}`,
        cookie: admin.cookie,
        payload: { disabled: false },
      });
      expect(enable.statusCode).toBe(409);
      // Nor protected, nor sent a link: nothing else writes the erased account.
      const protect = await t.inject({
        method: 'PUT',
        url: `/api/users/${officer.id}/protection`,
        cookie: admin.cookie,
        payload: { protected: true, reason: 'After the erasure' },
      });
      expect(protect.statusCode).toBe(409);
      expect(protect.json().code).toBe('user.already_erased');
      const [{ protected_at }] = await t.db.query(`SELECT protected_at FROM app_user WHERE id = $1`, [officer.id]);
      expect(protected_at).toBeNull();
      // The export still answers for the admin, with the placeholders only.
      const exported = await get(admin, `/api/users/${officer.id}/personal-data`);
      expect(exported.statusCode).toBe(200);
      expect(exported.body).not.toContain('Олена');
      expect(exported.json().officer.erasedAt).toBe(NOW.toISOString());
    });
  });
});
