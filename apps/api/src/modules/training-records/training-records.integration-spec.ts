import { pdfText } from '../../../test/pdf-text';
import { englishLabels, labelsIn } from '../../../test/printout-labels';
import {
  insertCertification,
  insertCohort,
  insertCourse,
  insertEnrolment,
  insertProgramme,
  insertUser,
} from '../../../test/record-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';

const DAY = 86400_000;
const NOW = new Date('2031-03-10T09:00:00Z');

describe('training records and the unit roster', () => {
  let t: TestApp;
  let unitId: string;
  let otherUnitId: string;
  let admin: TestUser;
  let coordinator: TestUser;
  let officer: TestUser;
  let otherCoordinator: TestUser;
  let otherOfficer: TestUser;
  let trainer: TestUser;
  let memberAdmin: TestUser;
  let programmeId: string;
  let neverTrainedId: string;
  let expiringId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    unitId = await t.createUnit('UA');
    otherUnitId = await t.createUnit('KE');
    admin = await t.signIn('admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    officer = await t.signIn('officer', { policeUnitId: unitId });
    otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnitId });
    otherOfficer = await t.signIn('officer', { policeUnitId: unitId });
    trainer = await t.signIn('trainer');
    memberAdmin = await t.signIn('member_admin');
    await t.db.query(`UPDATE app_user SET display_name = 'Олена Коваленко' WHERE id = $1`, [officer.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Bohdan Ткаченко' WHERE id = $1`, [otherOfficer.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Anna Coordinator' WHERE id = $1`, [coordinator.id]);

    const forensics = await insertCourse(t, '数字取证 — Digital forensics');
    const crypto = await insertCourse(t, "=cmd|' /C calc'!A0");
    programmeId = await insertProgramme(t, 'Alliance Cybercrime Investigator', [forensics]);
    const other = await insertProgramme(t, 'Crypto Tracing Specialist', [crypto]);
    const past = await insertCohort(t, forensics, new Date(NOW.getTime() - 400 * DAY), { status: 'completed' });
    const current = await insertCohort(t, crypto, new Date(NOW.getTime() - 2 * DAY), { status: 'running' });
    const done = await insertEnrolment(t, officer.id, past, 'completed', {
      progress: 100,
      completedAt: new Date(NOW.getTime() - 395 * DAY),
    });
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
      `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_at) VALUES ($1, $2, 'late', $3)`,
      [running, session.id, NOW],
    );
    // Valid until 45 days from now (expiring within 60), recertification window of 90 days already open.
    expiringId = await insertCertification(
      t,
      officer.id,
      programmeId,
      new Date(NOW.getTime() - 685 * DAY),
      new Date(NOW.getTime() + 45 * DAY),
    );
    // An expired one of another programme.
    await insertCertification(
      t,
      officer.id,
      other,
      new Date(NOW.getTime() - 900 * DAY),
      new Date(NOW.getTime() - 170 * DAY),
      'expired',
    );
    // The other officer holds the programme well beyond the window.
    await insertCertification(
      t,
      otherOfficer.id,
      programmeId,
      new Date(NOW.getTime() - 10 * DAY),
      new Date(NOW.getTime() + 700 * DAY),
    );
    neverTrainedId = await insertUser(t, '吴伟', 'officer', { policeUnitId: unitId });
    // An officer of the unit whose only enrolment was withdrawn: never trained either.
    const withdrawn = await insertUser(t, 'Zoryana Withdrawn', 'officer', { policeUnitId: unitId });
    await insertEnrolment(t, withdrawn, current, 'withdrawn');
    await insertUser(t, 'Kenyan Officer', 'officer', { policeUnitId: otherUnitId });
  });
  afterAll(() => t.close());

  const get = (user: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: user.cookie });

  it('holds every enrolment, result, attendance, certification with its window, and nomination', async () => {
    const res = await get(coordinator, `/api/training-records/${officer.id}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.officer).toMatchObject({ id: officer.id, name: 'Олена Коваленко', policeUnitId: unitId });
    expect(r.asOf).toBe(NOW.toISOString());
    expect(r.enrolments.map((e: { status: string }) => e.status)).toEqual(['enrolled', 'completed']);
    expect(r.enrolments[1]).toMatchObject({
      courseTitle: '数字取证 — Digital forensics',
      progressPercent: 100,
      result: { attempts: 1, bestScore: 85, passed: true },
    });
    expect(r.enrolments[0].attendance).toEqual({ sessions: 1, present: 0, late: 1, absent: 0, excused: 0 });
    expect(r.attendance).toEqual([expect.objectContaining({ position: 1, status: 'late', timeZone: 'Europe/Kyiv' })]);
    const [expiring, expired] = r.certifications;
    expect(expiring).toMatchObject({
      id: expiringId,
      programmeName: 'Alliance Cybercrime Investigator',
      status: 'active',
      expiringSoon: true,
      recertificationOpen: true,
      recertificationOpensAt: new Date(NOW.getTime() + 45 * DAY - 90 * DAY).toISOString(),
    });
    expect(expired).toMatchObject({ status: 'expired', expiringSoon: false, recertificationOpen: false });
    expect(r.nominations).toEqual([
      expect.objectContaining({
        nominatedBy: 'Anna Coordinator',
        status: 'enrolled',
        courseTitle: "=cmd|' /C calc'!A0",
      }),
    ]);
  });

  it('is visible to the officer, their unit’s coordinator and admins only', async () => {
    const url = `/api/training-records/${officer.id}`;
    expect((await get(officer, url)).statusCode).toBe(200);
    expect((await get(coordinator, url)).statusCode).toBe(200);
    expect((await get(admin, url)).statusCode).toBe(200);
    // Same unit, another officer; another unit's coordinator: the record is not confirmed to exist.
    expect((await get(otherOfficer, url)).statusCode).toBe(404);
    expect((await get(otherCoordinator, url)).statusCode).toBe(404);
    // Trainers and member admins never read records.
    expect((await get(trainer, url)).statusCode).toBe(403);
    expect((await get(memberAdmin, url)).statusCode).toBe(403);
    for (const suffix of ['/record.pdf', '/record.csv']) {
      expect((await get(otherCoordinator, url + suffix)).statusCode).toBe(404);
      expect((await get(otherOfficer, url + suffix)).statusCode).toBe(404);
      expect((await get(trainer, url + suffix)).statusCode).toBe(403);
      expect((await get(memberAdmin, url + suffix)).statusCode).toBe(403);
    }
    // Not an officer at all (an admin's id) and an unknown id: 404 for everyone.
    expect((await get(admin, `/api/training-records/${trainer.id}`)).statusCode).toBe(404);
    expect((await get(admin, `/api/training-records/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await get(admin, `/api/training-records/not-a-uuid`)).statusCode).toBe(400);
  });

  it('prints as a PDF with non-Latin names and titles as written', async () => {
    const res = await get(officer, `/api/training-records/${officer.id}/record.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { lines, fonts } = await pdfText(res.rawPayload);
    const text = lines.join('\n');
    expect(text).toContain('Олена Коваленко');
    expect(text).toContain('数字取证');
    expect(text).toContain('Alliance Cybercrime Investigator');
    expect(text).toContain('Anna Coordinator');
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
  });

  describe('in the reader’s language', () => {
    const WHEN = '2031-03-10 09:00:00 UTC';
    const pdfFor = async (user: TestUser, headers: Record<string, string> = {}) => {
      const res = await t.inject({
        method: 'GET',
        url: `/api/training-records/${officer.id}/record.pdf`,
        cookie: user.cookie,
        headers,
      });
      expect(res.statusCode).toBe(200);
      return pdfText(res.rawPayload);
    };
    const unitName = async () =>
      (await t.db.query(`SELECT name FROM police_unit WHERE id = $1`, [unitId]))[0].name as string;

    it('prints a Ukrainian coordinator’s record in Ukrainian: headings, columns, statuses, marks and stamp', async () => {
      await t.db.query(`UPDATE app_user SET locale = 'uk' WHERE id = $1`, [coordinator.id]);
      try {
        const pdf = await pdfFor(coordinator);
        // A label wider than its column wraps: its words are compared with the lines joined by spaces.
        const text = pdf.lines.join(' ');
        for (const label of [
          'Навчальна картка',
          'Станом на 2031-03-10',
          'Курси',
          'Сертифікати',
          'Направлення на навчання',
          'Заняття та відвідуваність',
          'Підсумковий тест',
          'Записано',
          'Завершено',
          '85 %, складено',
          'Чинний',
          'Термін дії сплив',
          'Запізнився',
        ])
          expect(text).toContain(label);
        // Data as stored: names and titles are not translated.
        expect(text).toContain('Олена Коваленко');
        expect(text).toContain('数字取证 — Digital forensics');
        const stamp = `Вивантажено користувачем Anna Coordinator (координатор навчання, ${await unitName()}) ${WHEN}`;
        expect(pdf.lines.filter((l) => l === stamp)).toHaveLength(pdf.pages);
        expect(labelsIn(text, englishLabels('trainingRecord'))).toEqual([]);
        expect(pdf.title).toBe('Навчальна картка — Олена Коваленко');
        expect(pdf.lang).toBe('uk');
      } finally {
        await t.db.query(`UPDATE app_user SET locale = NULL WHERE id = $1`, [coordinator.id]);
      }
    });

    it('prints in Chinese for a browser asking for it, the Chinese labels in the CJK font', async () => {
      const pdf = await pdfFor(officer, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
      const text = pdf.lines.join(' ');
      // Each heading extracts back as the same characters, a line of its own.
      for (const heading of ['培训档案', '课程', '认证', '提名', '课次与出勤']) expect(pdf.lines).toContain(heading);
      for (const label of ['截至 2031-03-10', '已报名', '已完成', '85%，已通过', '有效', '已过期', '迟到', '提名人'])
        expect(text).toContain(label);
      expect(pdf.fonts.some((f) => /^[A-Z]{6}\+NotoSansHans/.test(f))).toBe(true);
      const stamp = `导出人：Олена Коваленко（警员，${await unitName()}），导出时间：${WHEN}`;
      expect(pdf.lines.filter((l) => l === stamp)).toHaveLength(pdf.pages);
      expect(labelsIn(text, englishLabels('trainingRecord'))).toEqual([]);
      expect(pdf.title).toBe('培训档案 — Олена Коваленко');
    });

    it('stays English for English readers and for a language the portal does not speak', async () => {
      const readers: Record<string, string>[] = [
        {},
        { 'accept-language': 'en-GB' },
        { 'accept-language': 'de-DE,de;q=0.9' },
      ];
      for (const headers of readers) {
        const pdf = await pdfFor(officer, headers);
        const text = pdf.lines.join(' ');
        for (const label of ['Training record', 'As of 2031-03-10', 'Courses', 'Certifications', 'Nominations'])
          expect(text).toContain(label);
        for (const label of ['Sessions attended', 'Recertify from', 'Enrolled', 'Completed', '85% passed', 'Late'])
          expect(text).toContain(label);
        const stamp = `Exported by Олена Коваленко (officer, ${await unitName()}) on ${WHEN}`;
        expect(pdf.lines.filter((l) => l === stamp)).toHaveLength(pdf.pages);
        expect(pdf.title).toBe('Training record — Олена Коваленко');
        expect(pdf.lang).toBe('en');
      }
    });

    it('keeps the CSV’s stamp line in English whatever the reader’s language', async () => {
      const res = await t.inject({
        method: 'GET',
        url: `/api/training-records/${officer.id}/record.csv`,
        cookie: officer.cookie,
        headers: { 'accept-language': 'uk' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.body.trimEnd().split('\r\n').at(-1)).toMatch(/^"# Exported by Олена Коваленко \(officer, /);
    });
  });

  it('exports as CSV, formula-looking titles made text', async () => {
    const res = await get(admin, `/api/training-records/${officer.id}/record.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.startsWith('\uFEFFofficer,section,title')).toBe(true);
    expect(res.body).toContain('Олена Коваленко,enrolment,数字取证 — Digital forensics');
    expect(res.body).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(res.body).not.toMatch(/(^|,)"?=cmd/m);
    expect(res.body).toContain('certification,Alliance Cybercrime Investigator');
  });

  describe('roster', () => {
    const names = async (user: TestUser, query = '') => {
      const res = await get(user, `/api/training-records?${query}`);
      expect(res.statusCode).toBe(200);
      return res.json();
    };

    it('lists every officer of the coordinator’s unit with a compact status, by name', async () => {
      const page = await names(coordinator);
      expect(page.items.map((i: { name: string }) => i.name)).toEqual([
        'Anna Coordinator',
        'Bohdan Ткаченко',
        'Zoryana Withdrawn',
        'Олена Коваленко',
        '吴伟',
      ]);
      expect(page.items.find((i: { id: string }) => i.id === officer.id)).toMatchObject({
        activeCourses: 1,
        completedCourses: 1,
        certificationsValid: 0,
        certificationsExpiring: 1,
        certificationsExpired: 1,
        nextExpiry: new Date(NOW.getTime() + 45 * DAY).toISOString(),
      });
      // Another unit asked for by a coordinator: still only their own.
      expect((await names(coordinator, `policeUnitId=${otherUnitId}`)).total).toBe(0);
      // Admins read any unit.
      expect((await names(admin, `policeUnitId=${otherUnitId}`)).items.map((i: { name: string }) => i.name)).toEqual([
        'Kenyan Officer',
        'Test coordinator',
      ]);
    });

    it('filters: expiring in 60 days (from the Clock), never trained, holds a programme', async () => {
      expect((await names(coordinator, 'status=expiring')).items.map((i: { id: string }) => i.id)).toEqual([
        officer.id,
      ]);
      expect((await names(coordinator, 'status=never_trained')).items.map((i: { name: string }) => i.name)).toEqual([
        'Anna Coordinator',
        'Zoryana Withdrawn',
        '吴伟',
      ]);
      expect(
        (await names(coordinator, `programmeId=${programmeId}`)).items.map((i: { name: string }) => i.name),
      ).toEqual(['Bohdan Ткаченко', 'Олена Коваленко']);
      expect((await names(coordinator, `programmeId=${programmeId}&status=expiring`)).total).toBe(1);
      // A narrower window (the admin home's 30 days): 45 days away is not expiring yet.
      expect((await names(coordinator, 'status=expiring&withinDays=30')).total).toBe(0);
      expect((await names(coordinator, 'status=expiring&withinDays=45')).total).toBe(1);
      // Fifty days on, the expiring certification has expired: nobody expiring, and it no longer counts as held.
      t.app.get(Clock).now = () => new Date(NOW.getTime() + 50 * DAY);
      try {
        // A session opened on that day (the earlier one has timed out by then).
        const later = { ...coordinator, cookie: await t.sessionCookie(coordinator.id) };
        expect((await names(later, 'status=expiring')).total).toBe(0);
        expect((await names(later, `programmeId=${programmeId}`)).items.map((i: { name: string }) => i.name)).toEqual([
          'Bohdan Ткаченко',
        ]);
      } finally {
        t.app.get(Clock).now = () => NOW;
      }
      expect(neverTrainedId).toBeTruthy();
    });

    it('finds an officer by name with a typo, in any script, or by e-mail prefix, inside the reader’s scope', async () => {
      const search = async (user: TestUser, q: string, more = '') =>
        (await names(user, `q=${encodeURIComponent(q)}${more}`)).items.map((i: { id: string }) => i.id);
      // One letter wrong in Cyrillic, and the best match first.
      expect((await search(coordinator, 'Коваленно'))[0]).toBe(officer.id);
      expect(await search(coordinator, '吴伟')).toEqual([neverTrainedId]);
      expect(await search(coordinator, officer.email.slice(0, 12))).toContain(officer.id);
      // With the other filters: Олена holds the programme; 吴伟 does not.
      expect(await search(coordinator, 'Коваленко', `&programmeId=${programmeId}`)).toEqual([officer.id]);
      expect(await search(coordinator, '吴伟', `&programmeId=${programmeId}`)).toEqual([]);
      // The other unit's coordinator finds nobody of this unit, whatever they type.
      expect(await search(otherCoordinator, 'Коваленко')).toEqual([]);
      // Too long a query names the field.
      const res = await get(coordinator, `/api/training-records?q=${'x'.repeat(101)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe('q');
    });

    it('pages, and refuses bad filters naming the field', async () => {
      const first = await names(coordinator, 'pageSize=2&page=1');
      const third = await names(coordinator, 'pageSize=2&page=3');
      expect(first.total).toBe(5);
      expect(first.items).toHaveLength(2);
      expect(third.items.map((i: { name: string }) => i.name)).toEqual(['吴伟']);
      for (const [query, field] of [
        ['status=lapsed', 'status'],
        ['programmeId=x', 'programmeId'],
        ['pageSize=1000', 'pageSize'],
        ['withinDays=0', 'withinDays'],
      ]) {
        const res = await get(coordinator, `/api/training-records?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.json().field).toBe(field);
      }
    });

    it('is for coordinators and admins', async () => {
      for (const user of [officer, trainer, memberAdmin])
        expect((await get(user, '/api/training-records')).statusCode).toBe(403);
    });
  });
});
