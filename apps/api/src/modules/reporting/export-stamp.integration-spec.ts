import { pdfText } from '../../../test/pdf-text';
import { englishLabels, labelsIn } from '../../../test/printout-labels';
import { insertCohort, insertCourse, insertEnrolment } from '../../../test/record-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';

const NOW = new Date('2031-03-10T09:00:00Z');
const WHEN = '2031-03-10 09:00:00 UTC';

/** One CSV line's cells (RFC 4180: quoted cells, doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') cell += line[i++];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...out, cell];
}

/** The CSV's last line: the stamp in its first cell, as many cells as the header (the others empty). */
function stampOf(csv: string): string {
  const lines = csv.replace(/\r\n$/, '').split('\r\n');
  const [stamp, ...rest] = cells(lines.at(-1)!);
  expect(rest).toEqual(
    cells(lines[0])
      .slice(1)
      .map(() => ''),
  );
  return stamp;
}

/**
 * Every CSV and PDF export says who exported it (name, role, unit or firm) and when (the Clock, UTC): CSVs in a
 * last line, PDFs at the foot of every page in the fonts of the name. Protected officers are left out of an export
 * read outside their unit, and stay in it for their own unit.
 */
describe('exports carry who exported them and when', () => {
  let t: TestApp;
  let unitId: string;
  let otherUnitId: string;
  let admin: TestUser;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let officer: TestUser;
  let protectedOfficer: TestUser;
  let trainer: TestUser;
  let firmAdmin: TestUser;
  let sessionId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    unitId = await t.createUnit('UA', 'Кіберполіція Київ');
    otherUnitId = await t.createUnit('KE', 'Nairobi Cyber Unit');
    const firm = await t.createFirm('Північ Аналітика');
    admin = await t.signIn('admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnitId });
    officer = await t.signIn('officer', { policeUnitId: otherUnitId });
    protectedOfficer = await t.signIn('officer', { policeUnitId: unitId });
    trainer = await t.signIn('trainer', { memberFirmId: firm });
    firmAdmin = await t.signIn('member_admin', { memberFirmId: firm });
    const rename = (user: TestUser, name: string) =>
      t.db.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [user.id, name]);
    await rename(admin, 'Андрій Адмін');
    await rename(coordinator, 'Олена Коваль');
    await rename(otherCoordinator, 'Wanjiru Kamau');
    await rename(trainer, 'Тарас Тренер');
    await rename(firmAdmin, 'Mira Firm');
    await rename(officer, 'Otieno Ordinary');
    await rename(protectedOfficer, 'Таємна Агентка');
    await t.db.query(`UPDATE app_user SET protected_at = $2, protected_by_id = $3 WHERE id = $1`, [
      protectedOfficer.id,
      NOW,
      coordinator.id,
    ]);
    // A cohort taught by the firm's trainer with the unit's coordinator as co-trainer (a local trainer), both
    // officers in it, one training session.
    const course = await insertCourse(t, 'Криптовалюти: відстеження активів');
    const cohort = await insertCohort(t, course, new Date(NOW.getTime() - 86400_000), {
      status: 'running',
      trainerId: trainer.id,
    });
    await t.db.query(`UPDATE cohort SET co_trainer_id = $2 WHERE id = $1`, [cohort, coordinator.id]);
    const seat = await insertEnrolment(t, officer.id, cohort, 'enrolled');
    await insertEnrolment(t, protectedOfficer.id, cohort, 'enrolled');
    [{ id: sessionId }] = await t.db.query(
      `INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, position)
       VALUES ($1, $2, $3, 'Europe/Kyiv', 1) RETURNING id`,
      [cohort, NOW, new Date(NOW.getTime() + 3600_000)],
    );
    await t.db.query(
      `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_at) VALUES ($1, $2, 'excused', $3)`,
      [seat, sessionId, NOW],
    );
  });
  afterAll(() => t.close());

  const get = (user: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: user.cookie });

  it('the training record, as CSV and PDF, names its exporter', async () => {
    const csv = await get(coordinator, `/api/training-records/${protectedOfficer.id}/record.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFofficer,section,title')).toBe(true);
    expect(stampOf(csv.body)).toBe(`# Exported by Олена Коваль (coordinator, Кіберполіція Київ) on ${WHEN}`);
    // The protected officer's own unit exports them, by name.
    expect(csv.body).toContain('Таємна Агентка,enrolment,Криптовалюти');

    const pdf = await get(admin, `/api/training-records/${protectedOfficer.id}/record.pdf`);
    const { lines, pages } = await pdfText(pdf.rawPayload);
    expect(
      lines.filter(
        (l) => l === `Exported by Андрій Адмін (admin, International Cyber Security Protection Alliance) on ${WHEN}`,
      ),
    ).toHaveLength(pages);
    expect(lines.join('\n')).toContain('Таємна Агентка');
  });

  it('the audit log and the uptake tables name their exporter', async () => {
    const audit = await get(admin, '/api/audit-events/export');
    expect(audit.statusCode).toBe(200);
    expect(audit.body.startsWith('\uFEFFwhen,event,actor')).toBe(true);
    expect(stampOf(audit.body)).toBe(
      `# Exported by Андрій Адмін (admin, International Cyber Security Protection Alliance) on ${WHEN}`,
    );
    const mine = await get(coordinator, '/api/reporting/uptake/export?table=my-unit');
    expect(mine.statusCode).toBe(200);
    expect(stampOf(mine.body)).toBe(`# Exported by Олена Коваль (coordinator, Кіберполіція Київ) on ${WHEN}`);
    const firms = await get(firmAdmin, '/api/reporting/uptake/export?table=firms');
    expect(firms.statusCode).toBe(200);
    expect(stampOf(firms.body)).toBe(`# Exported by Mira Firm (member admin, Північ Аналітика) on ${WHEN}`);
  });

  it('the attendance sheet leaves a protected officer out outside their unit, keeps them for their own unit', async () => {
    const byTrainer = await get(trainer, `/api/training-sessions/${sessionId}/attendance.pdf`);
    expect(byTrainer.statusCode).toBe(200);
    const outside = await pdfText(byTrainer.rawPayload);
    expect(outside.lines).toContain(`Exported by Тарас Тренер (trainer, Північ Аналітика) on ${WHEN}`);
    expect(outside.lines.join('\n')).not.toContain('Таємна Агентка');
    // One row left: the other officer's.
    const rows = (lines: string[]) => lines.filter((l) => /^\d+ /.test(l)).length;
    expect(rows(outside.lines)).toBe(1);

    const byCoordinator = await get(coordinator, `/api/training-sessions/${sessionId}/attendance.pdf`);
    const inside = await pdfText(byCoordinator.rawPayload);
    expect(inside.lines).toContain(`Exported by Олена Коваль (coordinator, Кіберполіція Київ) on ${WHEN}`);
    expect(inside.lines.join('\n')).toContain('Таємна Агентка');
    expect(rows(inside.lines)).toBe(2);

    const byAdmin = await pdfText((await get(admin, `/api/training-sessions/${sessionId}/attendance.pdf`)).rawPayload);
    expect(byAdmin.lines.join('\n')).toContain('Таємна Агентка');
  });

  describe('the attendance sheet in the reader’s language', () => {
    const sheet = async (user: TestUser, headers: Record<string, string> = {}) => {
      const res = await t.inject({
        method: 'GET',
        url: `/api/training-sessions/${sessionId}/attendance.pdf`,
        cookie: user.cookie,
        headers,
      });
      expect(res.statusCode).toBe(200);
      return pdfText(res.rawPayload);
    };

    it('prints in Ukrainian for a trainer whose browser asks for it: title, columns, mark and stamp', async () => {
      const pdf = await sheet(trainer, { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' });
      const text = pdf.lines.join(' ');
      for (const label of ['Відомість відвідуваності', 'Поліцейський', 'Позначка', 'Підпис', 'З поважної причини'])
        expect(text).toContain(label);
      expect(text).toMatch(/Заняття 1: 2031-03-10 11:00 – 12:00 \(Europe\/Kyiv\)/);
      expect(text).toContain('Криптовалюти: відстеження активів');
      expect(pdf.lines).toContain(`Вивантажено користувачем Тарас Тренер (інструктор, Північ Аналітика) ${WHEN}`);
      expect(labelsIn(text, englishLabels('attendanceSheet'))).toEqual([]);
      expect(pdf.title).toBe('Відомість відвідуваності — Криптовалюти: відстеження активів');
      expect(pdf.lang).toBe('uk');
    });

    it('prints in Chinese for an admin who reads the portal in Chinese, its labels in the CJK font', async () => {
      await t.db.query(`UPDATE app_user SET locale = 'zh-CN' WHERE id = $1`, [admin.id]);
      try {
        // The account's language wins over the browser's.
        const pdf = await sheet(admin, { 'accept-language': 'en' });
        const text = pdf.lines.join(' ');
        for (const heading of ['签到表', '警员', '记录', '签名']) expect(text).toContain(heading);
        expect(pdf.lines).toContain('签到表');
        expect(text).toContain('请假');
        expect(text).toContain('第 1 节：2031-03-10 11:00 – 12:00 (Europe/Kyiv)');
        // Nothing but the labels is Chinese here: the Han font is embedded for them.
        expect(pdf.fonts.some((f) => /^[A-Z]{6}\+NotoSansHans/.test(f))).toBe(true);
        expect(pdf.lines).toContain(
          `导出人：Андрій Адмін（联盟管理员，International Cyber Security Protection Alliance），导出时间：${WHEN}`,
        );
        expect(labelsIn(text, englishLabels('attendanceSheet'))).toEqual([]);
        expect(pdf.title).toBe('签到表 — Криптовалюти: відстеження активів');
      } finally {
        await t.db.query(`UPDATE app_user SET locale = NULL WHERE id = $1`, [admin.id]);
      }
    });

    it('stays English for a language the portal does not speak, and without the Han font', async () => {
      const pdf = await sheet(trainer, { 'accept-language': 'de' });
      const text = pdf.lines.join(' ');
      for (const label of ['Attendance sheet', 'Officer', 'Mark', 'Signature', 'Excused', 'Session 1: 2031-03-10'])
        expect(text).toContain(label);
      expect(pdf.lines).toContain(`Exported by Тарас Тренер (trainer, Північ Аналітика) on ${WHEN}`);
      expect(pdf.fonts.some((f) => /NotoSansHans/.test(f))).toBe(false);
      expect(pdf.title).toBe('Attendance — Криптовалюти: відстеження активів');
    });
  });

  it('a protected officer’s record is not exported to another unit at all', async () => {
    for (const suffix of ['record.csv', 'record.pdf'])
      expect((await get(otherCoordinator, `/api/training-records/${protectedOfficer.id}/${suffix}`)).statusCode).toBe(
        404,
      );
  });
});
