import { OFFICER_IMPORT_FILES_PER_HOUR } from './officer-import-throttle';
import { Worker } from 'bullmq';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../core/outbox/outbox.service';
import { QueueName } from '../../core/queue/queue-registry';
import { bullConnection } from '../../core/queue/queue.service';
import { TestApp, type TestUser } from '../../../test/test-app';
import { ApplyOfficerImportJob } from './jobs/apply-officer-import.job';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMULA = "=cmd|' /C calc'!A0";

/** A deterministic name in Cyrillic or Chinese (or Latin), by number. */
function nameOf(i: number): string {
  if (i % 3 === 0) return `Олександра Коваленко-${i}`;
  if (i % 3 === 1) return `王秀英${i}`;
  return `María Núñez ${i}`;
}

interface Line {
  email: string;
  name: string;
  language?: string;
}

function csvOf(lines: Line[], { bom = true, sep = ',' }: { bom?: boolean; sep?: string } = {}): Buffer {
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [['email', 'name', 'language'], ...lines.map((l) => [l.email, l.name, l.language ?? ''])]
    .map((cells) => cells.map(quote).join(sep))
    .join('\r\n');
  return Buffer.from((bom ? '\uFEFF' : '') + text + '\r\n', 'utf8');
}

async function xlsxOf(lines: Line[], formulaRow?: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Officers');
  sheet.addRow(['E-mail', 'Full name', 'Language']);
  lines.forEach((l, i) => {
    const row = sheet.addRow([l.email, l.name, l.language ?? '']);
    // A real formula cell: kept as its text, never its result.
    if (i === formulaRow) row.getCell(2).value = { formula: FORMULA.slice(1), result: 0 } as ExcelJS.CellFormulaValue;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('bulk onboarding (officer imports)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestUser;
  let coordinator: TestUser;
  let unit: string;
  let otherUnit: string;
  let otherOfficerEmail: string;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.db;
    admin = await t.signIn('admin');
    unit = await t.createUnit('UA');
    otherUnit = await t.createUnit('KE');
    coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    otherOfficerEmail = (await t.signIn('officer', { policeUnitId: otherUnit })).email;
  });
  afterAll(() => t.close());

  const upload = (who: TestUser, path: string, body: Buffer, type = CSV, unitId = unit) =>
    t.inject({
      method: 'POST',
      url: `/api/officer-imports${path}?policeUnitId=${unitId}${path ? '' : '&fileName=officers.csv'}`,
      cookie: who.cookie,
      headers: { 'content-type': type },
      payload: body,
    });
  const preview = (who: TestUser, body: Buffer, type = CSV, unitId = unit) =>
    upload(who, '/preview', body, type, unitId);
  const get = async (who: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: who.cookie });
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params))[0].n);
  const officersOf = (unitId: string) =>
    count(`SELECT count(*) AS n FROM app_user WHERE police_unit_id = $1 AND role = 'officer'`, [unitId]);
  const runJob = (importId: string) => t.app.get(ApplyOfficerImportJob).handle({ importId });

  /** Uploads and applies (running the job here), answering the finished import. */
  async function apply(who: TestUser, body: Buffer, type = CSV) {
    const started = await upload(who, '', body, type);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'queued', progress: { done: 0 } });
    await runJob(started.json().id);
    const done = await get(who, `/api/officer-imports/${started.json().id}`);
    expect(done.statusCode).toBe(200);
    return done.json();
  }

  describe('who may import', () => {
    const file = csvOf([{ email: 'who@example.test', name: 'Who' }]);

    it('lets a coordinator import for their unit only, an admin for any unit, and nobody else', async () => {
      expect((await preview(coordinator, file)).statusCode).toBe(200);
      const other = await preview(coordinator, file, CSV, otherUnit);
      expect(other.statusCode).toBe(404);
      expect(other.json()).toMatchObject({ code: 'police_unit.not_found', field: 'policeUnitId' });
      expect((await preview(admin, file, CSV, otherUnit)).statusCode).toBe(200);
      const missing = await preview(admin, file, CSV, '00000000-0000-4000-8000-000000000000');
      expect(missing.statusCode).toBe(404);
      for (const role of ['officer', 'trainer', 'member_admin'] as const) {
        const someone = await t.signIn(role, role === 'officer' ? { policeUnitId: unit } : {});
        expect((await preview(someone, file)).statusCode).toBe(403);
        expect((await upload(someone, '', file)).statusCode).toBe(403);
      }
      expect(await count(`SELECT count(*) AS n FROM officer_import`)).toBe(0);
    });

    it('hides another unit’s imports from a coordinator (404), as it does their unit', async () => {
      const theirs = await t.inject({
        method: 'POST',
        url: `/api/officer-imports?policeUnitId=${otherUnit}`,
        cookie: admin.cookie,
        headers: { 'content-type': CSV },
        payload: csvOf([{ email: 'their.officer@example.test', name: 'Their officer' }]),
      });
      expect(theirs.statusCode).toBe(202);
      const id = theirs.json().id;
      expect((await get(coordinator, `/api/officer-imports/${id}`)).json()).toMatchObject({
        code: 'officer_import.not_found',
      });
      expect((await get(coordinator, `/api/officer-imports/${id}/errors`)).statusCode).toBe(404);
      expect((await get(coordinator, `/api/officer-imports?policeUnitId=${otherUnit}`)).json().items).toEqual([]);
      expect((await get(admin, `/api/officer-imports?policeUnitId=${otherUnit}`)).json().items).toHaveLength(1);
      await db.query(`DELETE FROM officer_import WHERE id = $1`, [id]);
      await db.query(`DELETE FROM outbox_message`);
    });
  });

  describe('files', () => {
    it('reads UTF-8 with or without a BOM, `;` or `,`, quoted cells, Cyrillic and Chinese, and XLSX alike', async () => {
      const lines = [
        { email: ' Olena@Example.TEST ', name: 'Олена Шевченко', language: 'uk' },
        { email: 'li@example.test', name: '李娜; "小李"', language: 'zh-cn' },
      ];
      const expected = [
        { rowNumber: 2, email: 'olena@example.test', name: 'Олена Шевченко', language: 'uk', status: 'new' },
        { rowNumber: 3, email: 'li@example.test', name: '李娜; "小李"', language: 'zh-CN', status: 'new' },
      ];
      for (const body of [
        csvOf(lines),
        csvOf(lines, { bom: false }),
        csvOf(lines, { sep: ';' }),
        csvOf(lines, { bom: false, sep: ';' }),
      ]) {
        const answer = await preview(coordinator, body);
        expect(answer.statusCode).toBe(200);
        expect(answer.json().rows).toEqual(expected.map((e) => expect.objectContaining(e)));
      }
      const fromXlsx = await preview(coordinator, await xlsxOf(lines), XLSX);
      expect(fromXlsx.statusCode).toBe(200);
      expect(fromXlsx.json().rows).toEqual(expected.map((e) => expect.objectContaining(e)));
    });

    it('refuses more than 10 MB at once (413 naming file), before reading the body', async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
      const started = Date.now();
      const answer = await preview(coordinator, big);
      expect(answer.statusCode).toBe(413);
      expect(answer.json()).toMatchObject({
        code: 'officer_import.file_too_large',
        field: 'file',
        params: { max: 10 },
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect((await upload(coordinator, '', big, XLSX)).json().code).toBe('officer_import.file_too_large');
    });

    it('refuses more than 20,000 rows (400 naming file) in CSV and XLSX, writing nothing', async () => {
      const lines = Array.from({ length: 20_001 }, (_, i) => ({ email: `n${i}@example.test`, name: `N ${i}` }));
      const started = Date.now();
      const csv = await upload(coordinator, '', csvOf(lines));
      expect(csv.statusCode).toBe(400);
      expect(csv.json()).toMatchObject({ code: 'officer_import.too_many_rows', field: 'file', params: { max: 20000 } });
      expect(Date.now() - started).toBeLessThan(3000);
      const xlsx = await preview(coordinator, await xlsxOf(lines), XLSX);
      expect(xlsx.json()).toMatchObject({ code: 'officer_import.too_many_rows', field: 'file' });
      // 20,000 exactly is allowed.
      expect((await preview(coordinator, csvOf(lines.slice(1)))).json().counts.new).toBe(20_000);
      expect(await count(`SELECT count(*) AS n FROM officer_import`)).toBe(0);
    });

    it('refuses a file that is not UTF-8, not a workbook, without the columns, or without rows', async () => {
      const latin1 = Buffer.from('email,name\r\nzoe@example.test,Zo\xeb\r\n', 'latin1');
      expect((await preview(coordinator, latin1)).json()).toMatchObject({
        code: 'officer_import.wrong_encoding',
        field: 'file',
      });
      expect((await preview(coordinator, Buffer.from('not a zip file'), XLSX)).json()).toMatchObject({
        code: 'officer_import.unreadable',
        field: 'file',
        params: { format: 'xlsx' },
      });
      expect((await preview(coordinator, Buffer.from('mail;surname\r\na@b.test;X\r\n'))).json()).toMatchObject({
        code: 'officer_import.missing_column',
        params: { column: 'name' },
      });
      expect((await preview(coordinator, Buffer.from('email,name\r\n\r\n,\r\n'))).json()).toMatchObject({
        code: 'officer_import.empty',
      });
      // JSON, or nothing, where the file is expected: 415 naming the file.
      const json = await t.inject({
        method: 'POST',
        url: `/api/officer-imports/preview?policeUnitId=${unit}`,
        cookie: coordinator.cookie,
        payload: { email: 'a@b.test' },
      });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({ code: 'http.unsupported_media_type', field: 'file' });
      // A CSV body on any other route is refused before it is read.
      const elsewhere = await t.inject({
        method: 'POST',
        url: '/api/users',
        cookie: admin.cookie,
        headers: { 'content-type': CSV },
        payload: 'email,name',
      });
      expect(elsewhere.statusCode).toBe(415);
    });
  });

  describe('preview', () => {
    it('classifies each row, writing nothing, and says nothing of another unit’s account', async () => {
      const existing = (await t.signIn('officer', { policeUnitId: unit })).email;
      const same = (await t.signIn('officer', { policeUnitId: unit })).email;
      await db.query(`UPDATE app_user SET display_name = 'Same Name', locale = 'ru' WHERE email = $1`, [same]);
      const before = await count(`SELECT count(*) AS n FROM app_user`);
      const audits = await count(`SELECT count(*) AS n FROM audit_event`);
      const answer = await preview(
        coordinator,
        csvOf([
          { email: 'fresh@example.test', name: 'Свіжий Офіцер' },
          { email: existing.toUpperCase(), name: 'Renamed 改名', language: 'es' },
          { email: same, name: 'Same Name' },
          { email: otherOfficerEmail, name: 'Someone' },
          { email: admin.email, name: 'The admin' },
          { email: 'fresh@example.test', name: 'Twice' },
          { email: 'not-an-email', name: 'X' },
          { email: 'nul@example.test', name: 'Bad\u0000Name' },
          { email: 'long@example.test', name: 'я'.repeat(121) },
          { email: 'lang@example.test', name: 'Lang', language: 'klingon' },
          { email: '', name: '', language: 'uk' },
          { email: 'formula@example.test', name: FORMULA },
        ]),
      );
      expect(answer.statusCode).toBe(200);
      const rows = answer.json().rows;
      expect(rows.map((r: { status: string }) => r.status)).toEqual([
        'new',
        'update',
        'unchanged',
        'error',
        'error',
        'error',
        'error',
        'error',
        'error',
        'error',
        'error',
        'new',
      ]);
      expect(rows[1].changes).toEqual(['name', 'language']);
      expect(rows[3].problems).toEqual([{ column: 'email', code: 'exists_elsewhere' }]);
      expect(rows[4].problems).toEqual([{ column: 'email', code: 'exists_elsewhere' }]);
      // Nothing about the other account leaks: only what the file itself said.
      expect(rows[3]).toEqual({
        rowNumber: 5,
        email: otherOfficerEmail,
        name: 'Someone',
        language: null,
        status: 'error',
        changes: [],
        problems: [{ column: 'email', code: 'exists_elsewhere' }],
      });
      expect(rows[5].problems).toEqual([{ column: 'email', code: 'duplicate_in_file', params: { row: 2 } }]);
      expect(rows[6].problems).toEqual([{ column: 'email', code: 'email_invalid' }]);
      expect(rows[7].problems).toEqual([{ column: 'name', code: 'invalid_character' }]);
      expect(rows[8].problems).toEqual([{ column: 'name', code: 'name_too_long', params: { max: 120 } }]);
      expect(rows[9].problems).toEqual([{ column: 'language', code: 'language_unknown' }]);
      expect(rows[10].problems).toEqual([
        { column: 'email', code: 'email_missing' },
        { column: 'name', code: 'name_missing' },
      ]);
      expect(rows[11].name).toBe(FORMULA);
      expect(answer.json().counts).toEqual({ new: 2, update: 1, unchanged: 1, error: 8 });
      expect(await count(`SELECT count(*) AS n FROM app_user`)).toBe(before);
      expect(await count(`SELECT count(*) AS n FROM audit_event`)).toBe(audits);
      expect(await count(`SELECT count(*) AS n FROM officer_import`)).toBe(0);
    });
  });

  describe('acceptance: 5,000 officers, 20 bad rows, Cyrillic and Chinese names', () => {
    const good: Line[] = Array.from({ length: 5000 }, (_, i) => ({
      email: `officer.${i}@unit.example.test`,
      name: i === 4321 ? FORMULA : nameOf(i),
      language: i % 2 ? 'uk' : '',
    }));
    const bad: Line[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ email: `broken-${i}`, name: nameOf(i) })),
      ...Array.from({ length: 5 }, (_, i) => ({ email: `noname.${i}@unit.example.test`, name: '' })),
      ...Array.from({ length: 4 }, (_, i) => ({ email: `officer.${i}@unit.example.test`, name: 'Again' })),
      ...Array.from({ length: 3 }, (_, i) => ({ email: `lang.${i}@unit.example.test`, name: 'L', language: 'xx' })),
      { email: 'formula-bad', name: FORMULA },
      { email: 'nul@unit.example.test', name: 'N\u0000UL' },
      { email: '', name: '王' },
    ];
    // Bad rows spread through the file.
    const all: Line[] = [...good];
    bad.forEach((b, i) => all.splice(250 * (i + 1), 0, b));

    it('previews, applies once, and applying again (CSV or XLSX) changes nothing', async () => {
      await db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
                      VALUES ('elsewhere@unit.example.test', 'Elsewhere', 'officer', 'x', $1)`,
        [otherUnit],
      );
      all.splice(4000, 0, { email: 'elsewhere@unit.example.test', name: 'Elsewhere' });
      const body = csvOf(all, { sep: ';' });
      const shown = await preview(coordinator, body);
      expect(shown.statusCode).toBe(200);
      expect(shown.json().counts).toEqual({ new: 5000, update: 0, unchanged: 0, error: 21 });
      expect(shown.json().totalRows).toBe(5021);
      const officersBefore = await officersOf(unit);

      const first = await apply(coordinator, body);
      expect(first).toMatchObject({
        status: 'applied',
        totalRows: 5021,
        counts: { new: 5000, update: 0, unchanged: 0, error: 21 },
        progress: { done: 5021, total: 5021 },
      });
      expect(await officersOf(unit)).toBe(officersBefore + 5000);
      const stored = await db.query(
        `SELECT email, display_name, locale FROM app_user WHERE email = ANY($1) ORDER BY email`,
        [['officer.3@unit.example.test', 'officer.4321@unit.example.test', 'officer.1@unit.example.test']],
      );
      expect(stored).toEqual([
        { email: 'officer.1@unit.example.test', display_name: '王秀英1', locale: 'uk' },
        { email: 'officer.3@unit.example.test', display_name: 'Олександра Коваленко-3', locale: 'uk' },
        // The formula-looking cell is stored as the text it is.
        { email: 'officer.4321@unit.example.test', display_name: FORMULA, locale: 'uk' },
      ]);
      expect(
        await count(
          `SELECT count(*) AS n FROM audit_event WHERE action = 'app_user.create' AND details->>'importId' = $1`,
          [first.id],
        ),
      ).toBe(5000);
      // New officers cannot sign in until they set a password.
      const login = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'officer.0@unit.example.test', password: 'x' },
      });
      expect(login.statusCode).toBe(401);

      // The error report: every refused row with column and reason; formula-looking text neutralised.
      const report = await get(coordinator, `/api/officer-imports/${first.id}/errors`);
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toMatch(/^text\/csv/);
      const lines = report.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('row,email,name,language,column,problem');
      expect(lines.length).toBe(1 + 21 + 1); // header, refused rows, the export's stamp
      expect(lines.at(-1)).toMatch(
        /^"# Exported by Test coordinator \(coordinator, .+\) on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC",{5}$/,
      );
      expect(report.body).toContain(`formula-bad,'${FORMULA},,email,email_invalid`);
      expect(report.body).not.toMatch(/(^|,)=cmd/m);
      expect(report.body).toContain('elsewhere@unit.example.test,Elsewhere,,email,exists_elsewhere');

      const snapshot = await db.query(`SELECT id, display_name, locale, updated_at FROM app_user ORDER BY id`);
      const again = await apply(coordinator, body);
      expect(again).toMatchObject({ status: 'applied', counts: { new: 0, update: 0, unchanged: 5000, error: 21 } });
      // The same rows as a workbook (XML cannot hold NUL: that row carries U+FFFD, what the CSV's NUL became).
      const workbookLines = all.map((l) => ({ ...l, name: l.name.replace('\u0000', '\uFFFD') }));
      const fromXlsx = await preview(coordinator, await xlsxOf(workbookLines), XLSX);
      expect(fromXlsx.json().counts).toEqual({ new: 0, update: 0, unchanged: 5000, error: 21 });
      const xlsxAgain = await apply(coordinator, await xlsxOf(workbookLines), XLSX);
      expect(xlsxAgain.counts).toEqual({ new: 0, update: 0, unchanged: 5000, error: 21 });
      expect(await db.query(`SELECT id, display_name, locale, updated_at FROM app_user ORDER BY id`)).toEqual(snapshot);
      // A repeated job of an applied import does nothing either.
      expect(await runJob(first.id)).toEqual({ applied: false });
    });

    it('reads a real formula cell of a workbook as its text, and reports it neutralised', async () => {
      const lines: Line[] = [
        { email: 'xl.formula@unit.example.test', name: 'placeholder' },
        { email: 'xl-bad', name: 'placeholder' },
      ];
      const shown = await preview(coordinator, await xlsxOf(lines, 0), XLSX);
      expect(shown.json().rows[0]).toMatchObject({ status: 'new', name: FORMULA });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('x');
      sheet.addRow(['email', 'name']);
      sheet.addRow(['xl-bad', { formula: 'HYPERLINK("http://evil.test","click")', result: 'click' }]);
      const applied = await apply(coordinator, Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
      const report = await get(coordinator, `/api/officer-imports/${applied.id}/errors`);
      expect(report.body).toContain(`xl-bad,"'=HYPERLINK(""http://evil.test"",""click"")",,email,email_invalid`);
    });

    it('two applies of the same file at once create each officer once', async () => {
      const lines = Array.from({ length: 800 }, (_, i) => ({ email: `twin.${i}@unit.example.test`, name: nameOf(i) }));
      const body = csvOf(lines);
      const a = (await upload(coordinator, '', body)).json().id;
      const b = (await upload(admin, '', body)).json().id;
      const results = await Promise.all([runJob(a), runJob(b)]);
      expect(results.every((r) => r.applied)).toBe(true);
      const created = results.map((r) => (r.applied ? r.counts.new : -1)).sort();
      expect(created).toEqual([0, 800]);
      expect(await count(`SELECT count(*) AS n FROM app_user WHERE email LIKE 'twin.%'`)).toBe(800);
    });
  });

  describe('invitations (no e-mail configured)', () => {
    const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');
    const NEW_PASSWORD = 'Violet-Harbour-Lantern-93';

    it('lets the coordinator download one-time links of the new officers, formula-looking names neutralised', async () => {
      const lines: Line[] = [
        { email: 'invite.a@unit.example.test', name: 'Тарас Мельник' },
        { email: 'invite.b@unit.example.test', name: '=1+1' },
        { email: 'invite-bad', name: 'Nobody' },
      ];
      const applied = await apply(coordinator, csvOf(lines));
      expect(applied).toMatchObject({ counts: { new: 2, error: 1 }, invitationsEmailed: false });
      expect(await count(`SELECT count(*) AS n FROM account_link`)).toBe(0);
      const download = () =>
        t.inject({
          method: 'POST',
          url: `/api/officer-imports/${applied.id}/invitations`,
          cookie: coordinator.cookie,
          payload: {},
        });

      const first = await download();
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/csv/);
      expect(first.headers['content-disposition']).toContain('invitations.csv');
      const rows = first.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(rows[0]).toBe('email,name,link,expiresAt');
      expect(rows).toHaveLength(4); // header, two officers, the export's stamp
      expect(rows[3]).toMatch(/^"# Exported by Test coordinator \(coordinator, /);
      expect(rows[1]).toMatch(
        /^invite\.a@unit\.example\.test,Тарас Мельник,http.*\/account\/set-password#token=[\w-]{43},/,
      );
      expect(rows[2]).toMatch(/^invite\.b@unit\.example\.test,'=1\+1,http/);
      // Stored only hashed: the token is nowhere in the database.
      const tokenA = tokenOf(rows[1].split(',')[2]);
      expect(JSON.stringify(await db.query(`SELECT * FROM account_link`))).not.toContain(tokenA);

      // Downloading again replaces the links: the first ones no longer work.
      const second = (await download()).body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const stale = await t.inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: { token: tokenA, password: NEW_PASSWORD },
      });
      expect(stale.json().code).toBe('account_link.invalid');
      const used = await t.inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: { token: tokenOf(second[1].split(',')[2]), password: NEW_PASSWORD },
      });
      expect(used.statusCode).toBe(200);
      const login = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'invite.a@unit.example.test', password: NEW_PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      // An officer with a password is no longer listed; another unit's coordinator sees no such import.
      const third = (await download()).body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      // Header, the officer still without a password, the export's stamp.
      expect(third.map((r) => r.split(',')[0])).toEqual([
        'email',
        'invite.b@unit.example.test',
        '"# Exported by Test coordinator (coordinator',
      ]);
      const stranger = await t.signIn('coordinator', { policeUnitId: otherUnit });
      const refused = await t.inject({
        method: 'POST',
        url: `/api/officer-imports/${applied.id}/invitations`,
        cookie: stranger.cookie,
        payload: {},
      });
      expect(refused.statusCode).toBe(404);
    });
  });

  describe('progress', () => {
    it('shows the job’s progress while it runs (polling), and a row taken meanwhile by another unit as an error', async () => {
      const lines = Array.from({ length: 1500 }, (_, i) => ({ email: `poll.${i}@unit.example.test`, name: nameOf(i) }));
      const started = await upload(coordinator, '', csvOf(lines));
      const id = started.json().id;
      // Another unit's account for row 701 is being written: the import waits for it in its second slice.
      const other = db.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id) VALUES ($1, 'Other', 'officer', 'x', $2)`,
        ['poll.700@unit.example.test', otherUnit],
      );
      const handler = t.app.get(ApplyOfficerImportJob);
      const worker = new Worker(QueueName.Onboarding, (job) => handler.handle(job.data, job), {
        connection: bullConnection(t.config),
        prefix: t.config.redisPrefix,
      });
      try {
        await t.app.get(OutboxService).relay();
        const deadline = Date.now() + 20_000;
        let seen = (await get(coordinator, `/api/officer-imports/${id}`)).json();
        while (seen.progress.done < 500 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
          seen = (await get(coordinator, `/api/officer-imports/${id}`)).json();
        }
        expect(seen).toMatchObject({ status: 'queued', progress: { done: 500, total: 1500 } });
        await other.commitTransaction();
        while (seen.status === 'queued' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
          seen = (await get(coordinator, `/api/officer-imports/${id}`)).json();
        }
        expect(seen).toMatchObject({
          status: 'applied',
          counts: { new: 1499, error: 1 },
          progress: { done: 1500, total: 1500 },
        });
        const report = await get(coordinator, `/api/officer-imports/${id}/errors`);
        expect(report.body).toContain('702,poll.700@unit.example.test');
        expect(report.body).toContain('exists_elsewhere');
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
        await worker.close();
      }
    });
  });

  it('counts the files each person sends: past the hour’s allowance a preview answers 429 naming file', async () => {
    const sender = await t.signIn('coordinator', { policeUnitId: unit });
    const file = csvOf([{ email: 'counted@example.test', name: 'Counted' }]);
    const answers = await Promise.all(
      Array.from({ length: OFFICER_IMPORT_FILES_PER_HOUR + 5 }, () => preview(sender, file)),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(OFFICER_IMPORT_FILES_PER_HOUR);
    const refused = answers.filter((a) => a.statusCode === 429);
    expect(refused).toHaveLength(5);
    expect(refused[0].json()).toMatchObject({ code: 'officer_import.too_many_files', field: 'file' });
    expect(Number(refused[0].headers['retry-after'])).toBeGreaterThan(0);
    expect((await upload(sender, '', file)).statusCode).toBe(429);
    // Another person's allowance is their own.
    expect((await preview(coordinator, file)).statusCode).toBe(200);
  });
});
