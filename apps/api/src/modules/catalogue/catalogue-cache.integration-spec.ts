import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createApiApp } from '../../app.factory';
import { createOfficers, createPublishedCourse } from '../../../test/learning-fixtures';
import { TestApp, type TestUser } from '../../../test/test-app';
import { CatalogueCache } from './catalogue-cache';

/** Every table the course list and course page read (the catalogue version's triggers are on each). */
const CATALOGUE_TABLE =
  /\b(course|course_module|lesson|assessment|question|translation|content_locale|course_search_document|course_search_word)\b/i;
const VERSION_SQL = 'SELECT version FROM catalogue_version';

interface Summary {
  id: string;
  title: string;
  summary: string;
  status: string;
  availableIn: string[];
  contentLocale: string;
}
interface Page {
  items: Summary[];
  total: number;
}
interface Detail extends Summary {
  modules: Array<{ id: string; title: string; lessons: Array<{ id: string; title: string }> }>;
  assessment: { questionCount: number } | null;
}

/**
 * The course list and course page kept per API process under the catalogue's version (issue 21): a repeated
 * read asks PostgreSQL only for the version; every kind of catalogue write — through the API on either of two
 * instances, or SQL by hand — shows in the very next read on both; one transaction bumps the version once, a
 * rollback not at all; readers of different classes, languages and filters never share an answer.
 */
describe('catalogue cache: the course list and course page, never stale', () => {
  let t: TestApp;
  /** A second API instance on the same database (its own cache). */
  let b: NestFastifyApplication;
  let apps: Array<{ name: string; app: NestFastifyApplication }>;
  let sql: Client;
  let admin: TestUser;
  let officerUk: TestUser;
  let officerEn: TestUser;
  let courseId: string;

  const inject = (app: NestFastifyApplication, user: TestUser, method: string, url: string, payload?: unknown) =>
    app === t.app
      ? t.inject({ method, url, cookie: user.cookie, payload })
      : app.inject({ method: method as 'GET', url, headers: { cookie: user.cookie }, payload: payload as object });
  async function ok<T>(user: TestUser, method: string, url: string, payload?: unknown, app = t.app): Promise<T> {
    const response = await inject(app, user, method, url, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return (response.statusCode === 204 ? undefined : response.json()) as T;
  }
  const list = (app: NestFastifyApplication, user: TestUser, query = 'pageSize=100') =>
    ok<Page>(user, 'GET', `/api/courses?${query}`, undefined, app);
  const item = async (app: NestFastifyApplication, user: TestUser) =>
    (await list(app, user)).items.find((i) => i.id === courseId);
  const detail = (app: NestFastifyApplication, user: TestUser) =>
    ok<Detail>(user, 'GET', `/api/courses/${courseId}`, undefined, app);
  const version = async () => Number((await sql.query(VERSION_SQL)).rows[0].version);
  const cacheOf = (app: NestFastifyApplication) => app.get(CatalogueCache);

  /**
   * What `read` gives on both instances before and right after `write`. Before the write each instance has read
   * it twice, the second time from its cache (checked), so a stale answer would show.
   */
  async function aroundWrite<T>(read: (app: NestFastifyApplication) => Promise<T>, write: () => Promise<unknown>) {
    let before: T | undefined;
    for (const { name, app } of apps) {
      before = await read(app);
      const misses = cacheOf(app).misses;
      expect({ name, again: await read(app) }).toEqual({ name, again: before });
      expect({ name, misses: cacheOf(app).misses }).toEqual({ name, misses });
    }
    await write();
    return { before: before!, a: await read(t.app), b: await read(b) };
  }

  async function translate(entityType: string, id: string, locale: string, fields: object) {
    await ok(admin, 'PUT', `/api/translations/${entityType}/${id}/${locale}`, { fields });
    await ok(admin, 'POST', `/api/translations/${entityType}/${id}/${locale}/publish`, {});
  }
  /** Ukrainian text for one of the course's strings, marked so it can be recognised. */
  function ukrainian(source: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(source).map(([key, value]) => [
        key,
        typeof value === 'string'
          ? `УК ${value}`
          : Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, `УК ${v}`])),
      ]),
    );
  }

  beforeAll(async () => {
    t = await TestApp.start();
    b = await createApiApp(t.config);
    await b.init();
    await b.getHttpAdapter().getInstance().ready();
    apps = [
      { name: 'A', app: t.app },
      { name: 'B', app: b },
    ];
    sql = new Client({ connectionString: t.config.databaseUrl });
    await sql.connect();
    admin = await t.signIn('admin');
    const unit = await t.createUnit();
    [officerUk, officerEn] = await createOfficers(t, 2, unit);
    await ok(officerUk, 'PATCH', '/api/auth/me', { locale: 'uk' });
    await ok(officerEn, 'PATCH', '/api/auth/me', { locale: 'en' });
    ({ courseId } = await createPublishedCourse(t, admin, { lessons: 2, questions: 2, questionsPerAttempt: 1 }));
    await ok(admin, 'PATCH', `/api/courses/${courseId}`, { title: 'Kestrel: evidence at the scene' });
  });
  afterAll(async () => {
    await sql?.end();
    await b?.close();
    await t?.close();
  });

  it('asks PostgreSQL only for the version when a list or course page is read again', async () => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const catalogueQueries = () =>
      spy.mock.calls
        .map((call) => String(call[0]).replace(/\s+/g, ' ').trim())
        .filter((q) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(q));
    try {
      for (const read of [() => list(t.app, officerUk), () => detail(t.app, officerUk)]) {
        spy.mockClear();
        const first = await read();
        // The first read computes: it reads the catalogue's tables (so the filter below would see them).
        expect(catalogueQueries().filter((q) => CATALOGUE_TABLE.test(q)).length).toBeGreaterThan(0);
        spy.mockClear();
        expect(await read()).toEqual(first);
        const queries = catalogueQueries();
        expect(queries.filter((q) => CATALOGUE_TABLE.test(q) || q.includes('catalogue_version'))).toEqual([
          VERSION_SQL,
        ]);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('shows a title changed through the API at once, on both instances (one version bump for the whole edit)', async () => {
    let bumped = 0;
    const {
      before,
      a,
      b: onB,
    } = await aroundWrite(
      async (app) => [(await item(app, officerEn))?.title, (await detail(app, officerEn)).title],
      async () => {
        const was = await version();
        // The edit writes the course, its search documents and words, and marks translations outdated: one commit.
        await ok(admin, 'PATCH', `/api/courses/${courseId}`, { title: 'Kestrel: evidence handled at the scene' });
        bumped = (await version()) - was;
      },
    );
    expect(before).toEqual(['Kestrel: evidence at the scene', 'Kestrel: evidence at the scene']);
    expect(a).toEqual(['Kestrel: evidence handled at the scene', 'Kestrel: evidence handled at the scene']);
    expect(onB).toEqual(a);
    expect(bumped).toBe(1);
  });

  it('shows a translation published through the API at once: the title in Ukrainian, and "available in" uk', async () => {
    const { strings } = await ok<{ strings: Array<{ entityType: string; entityId: string; source: object }> }>(
      admin,
      'GET',
      `/api/courses/${courseId}/translations?locale=uk`,
    );
    // Every string but the course's own first: the course is not yet readable whole in Ukrainian.
    const course = strings.find((s) => s.entityType === 'course')!;
    for (const s of strings.filter((s) => s !== course))
      await translate(s.entityType, s.entityId, 'uk', ukrainian(s.source as Record<string, unknown>));
    const read = async (app: NestFastifyApplication) => {
      const summary = (await item(app, officerUk))!;
      return { title: summary.title, availableIn: summary.availableIn, page: (await detail(app, officerUk)).title };
    };
    const {
      before,
      a,
      b: onB,
    } = await aroundWrite(read, () =>
      translate('course', courseId, 'uk', ukrainian(course.source as Record<string, unknown>)),
    );
    expect(before).toEqual({
      title: 'Kestrel: evidence handled at the scene',
      availableIn: ['en'],
      page: 'Kestrel: evidence handled at the scene',
    });
    const ukTitle = 'УК Kestrel: evidence handled at the scene';
    expect(a).toEqual({ title: ukTitle, availableIn: ['en', 'uk'], page: ukTitle });
    expect(onB).toEqual(a);
  });

  it('shows a question added and removed at once ("available in" and the question count)', async () => {
    const read = async (app: NestFastifyApplication) => ({
      availableIn: (await item(app, officerUk))!.availableIn,
      questions: (await detail(app, officerUk)).assessment!.questionCount,
    });
    let questionId = '';
    const added = await aroundWrite(read, async () => {
      const bank = await ok<{ questions: Array<{ id: string; prompt: string }> }>(
        admin,
        'POST',
        `/api/courses/${courseId}/assessment/questions`,
        { kind: 'single_choice', prompt: 'Untranslated question?', options: ['Yes', 'No'], correct: [0] },
      );
      questionId = bank.questions.find((q) => q.prompt === 'Untranslated question?')!.id;
    });
    expect(added.before).toEqual({ availableIn: ['en', 'uk'], questions: 2 });
    expect(added.a).toEqual({ availableIn: ['en'], questions: 3 });
    expect(added.b).toEqual(added.a);
    const removed = await aroundWrite(read, () => ok(admin, 'DELETE', `/api/questions/${questionId}`));
    expect(removed.a).toEqual({ availableIn: ['en', 'uk'], questions: 2 });
    expect(removed.b).toEqual(removed.a);
  });

  it('shows what SQL by hand wrote at once: an UPDATE, a TRUNCATE and the rows put back', async () => {
    const updated = await aroundWrite(
      async (app) => (await item(app, officerEn))!.summary,
      () => sql.query(`UPDATE course SET summary = 'Changed in psql.' WHERE id = $1`, [courseId]),
    );
    expect(updated.before).not.toBe('Changed in psql.');
    expect([updated.a, updated.b]).toEqual(['Changed in psql.', 'Changed in psql.']);

    const read = async (app: NestFastifyApplication) => {
      const summary = (await item(app, officerUk))!;
      return [summary.contentLocale, summary.availableIn];
    };
    await sql.query(`CREATE TEMP TABLE saved_translation AS SELECT * FROM translation`);
    const truncated = await aroundWrite(read, () => sql.query(`TRUNCATE translation`));
    expect(truncated.before).toEqual(['uk', ['en', 'uk']]);
    expect([truncated.a, truncated.b]).toEqual([
      ['en', ['en']],
      ['en', ['en']],
    ]);
    const restored = await aroundWrite(read, () =>
      sql.query(`INSERT INTO translation SELECT * FROM saved_translation`),
    );
    expect([restored.a, restored.b]).toEqual([
      ['uk', ['en', 'uk']],
      ['uk', ['en', 'uk']],
    ]);
  });

  it('shows a module and a lesson added at once (the outline, and "available in")', async () => {
    let moduleId = '';
    const read = async (app: NestFastifyApplication) => {
      const page = await detail(app, officerUk);
      return {
        modules: page.modules.map((m) => [m.title, m.lessons.length]),
        availableIn: (await item(app, officerUk))!.availableIn,
      };
    };
    const withModule = await aroundWrite(read, async () => {
      moduleId = (await ok<{ id: string }>(admin, 'POST', `/api/courses/${courseId}/modules`, { title: 'In court' }))
        .id;
    });
    expect(withModule.before.availableIn).toEqual(['en', 'uk']);
    expect(withModule.a.modules).toEqual([...withModule.before.modules, ['In court', 0]]);
    expect(withModule.a.availableIn).toEqual(['en']);
    expect(withModule.b).toEqual(withModule.a);
    const withLesson = await aroundWrite(read, () =>
      ok(admin, 'POST', `/api/modules/${moduleId}/lessons`, { title: 'Testimony', body: 'Speak plainly.', minutes: 5 }),
    );
    expect(withLesson.a.modules.at(-1)).toEqual(['In court', 1]);
    expect(withLesson.b).toEqual(withLesson.a);
  });

  it('bumps the version once per transaction, at its commit, and not for a rollback', async () => {
    const other = new Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    try {
      const start = await version();
      await sql.query('BEGIN');
      await sql.query(
        `INSERT INTO course_module (course_id, title, position) SELECT $1, 'Bulk ' || i, 100 + i FROM generate_series(1, 500) i`,
        [courseId],
      );
      await sql.query(`UPDATE course_module SET title = title || '.' WHERE course_id = $1`, [courseId]);
      await sql.query(`UPDATE course SET hours = hours WHERE id = $1`, [courseId]);
      await sql.query(`UPDATE translation SET updated_at = updated_at`);
      // Deferred to the commit: neither this transaction nor another sees a bump yet, and the row is not locked.
      expect(Number((await sql.query(VERSION_SQL)).rows[0].version)).toBe(start);
      await other.query(`SET statement_timeout = '5s'`);
      await other.query(`UPDATE lesson SET minutes = minutes WHERE id IN (SELECT id FROM lesson LIMIT 1)`);
      expect(Number((await other.query(VERSION_SQL)).rows[0].version)).toBe(start + 1);
      await sql.query('COMMIT');
      expect(await version()).toBe(start + 2);

      await sql.query('BEGIN');
      await sql.query(`DELETE FROM course_module WHERE course_id = $1 AND title LIKE 'Bulk %'`, [courseId]);
      await sql.query('ROLLBACK');
      expect(await version()).toBe(start + 2);
      await sql.query(`DELETE FROM course_module WHERE course_id = $1 AND title LIKE 'Bulk %'`, [courseId]);
      expect(await version()).toBe(start + 3);
    } finally {
      await sql.query('ROLLBACK').catch(() => undefined);
      await other.end();
    }
  });

  it('lets a migration write a catalogue table, then alter, index and truncate it in the same transaction (one bump)', async () => {
    // PostgreSQL refuses DDL on a table with deferred trigger events pending: the catalogue's tables have none.
    const start = await version();
    try {
      await sql.query('BEGIN');
      await sql.query(`UPDATE course SET hours = hours WHERE id = $1`, [courseId]);
      await sql.query(`ALTER TABLE course ADD COLUMN migration_probe int`);
      await sql.query(`UPDATE course SET migration_probe = 1`);
      await sql.query(`ALTER TABLE course ALTER COLUMN migration_probe SET NOT NULL`);
      await sql.query(`CREATE INDEX ix_course__migration_probe ON course (migration_probe)`);
      await sql.query(`UPDATE course_search_word SET word = word`);
      await sql.query(`TRUNCATE course_search_word`);
      await sql.query('ROLLBACK');
      expect(await version()).toBe(start);

      await sql.query('BEGIN');
      await sql.query(`UPDATE course SET hours = hours WHERE id = $1`, [courseId]);
      await sql.query(`ALTER TABLE course ADD COLUMN migration_probe int`);
      await sql.query(`ALTER TABLE course DROP COLUMN migration_probe`);
      await sql.query('COMMIT');
      expect(await version()).toBe(start + 1);
    } finally {
      await sql.query('ROLLBACK').catch(() => undefined);
    }
  });

  it('never gives one reader another’s answer: languages, admins (drafts), filters, pages and searches', async () => {
    const draft = await ok<{ id: string }>(admin, 'POST', '/api/courses', {
      code: 'OS-101',
      title: 'Osprey: open sources',
      summary: 'A draft about open sources.',
      level: 'foundation',
      topics: ['osint'],
      languages: ['en'],
      hours: 2,
    });
    const second = await createPublishedCourse(t, admin, { lessons: 1, questions: 1, questionsPerAttempt: 1 });
    await ok(admin, 'PATCH', `/api/courses/${second.courseId}`, { title: 'Osprey: evidence online' });
    const titleOf = (page: Page) => page.items.find((i) => i.id === courseId)?.title;
    const ids = (page: Page) => page.items.map((i) => i.id).sort();
    const rounds = [];
    for (let round = 0; round < 2; round++) {
      const misses = cacheOf(t.app).misses;
      rounds.push({
        uk: await list(t.app, officerUk),
        en: await list(t.app, officerEn),
        admin: await list(t.app, admin),
        adminPublished: await list(t.app, admin, 'pageSize=100&status=published'),
        uk2: await detail(t.app, officerUk),
        en2: await detail(t.app, officerEn),
        draftForAdmin: (await inject(t.app, admin, 'GET', `/api/courses/${draft.id}`)).statusCode,
        draftForOfficer: (await inject(t.app, officerEn, 'GET', `/api/courses/${draft.id}`)).statusCode,
        firstPage: await list(t.app, officerEn, 'pageSize=1&page=1'),
        secondPage: await list(t.app, officerEn, 'pageSize=1&page=2'),
        bothOnOnePage: await list(t.app, officerEn, 'pageSize=2'),
        kestrel: await list(t.app, officerEn, 'q=kestrel'),
        kestrelSpaced: await list(t.app, officerEn, 'q=%20kestrel%20'),
        osprey: await list(t.app, officerEn, 'q=osprey'),
        ospreyAdmin: await list(t.app, admin, 'q=osprey'),
      });
      // Every read of the second round is answered from memory (the spaced search shares the trimmed one's),
      // except the officer's 404: refusals are not kept.
      if (round === 1) expect(cacheOf(t.app).misses).toBe(misses + 1);
    }
    const [first, again] = rounds;
    expect(again).toEqual(first);
    const r = first;
    expect(titleOf(r.uk)).toMatch(/^УК /);
    expect(titleOf(r.en)).toBe('Kestrel: evidence handled at the scene');
    expect(titleOf(r.admin)).toBe('Kestrel: evidence handled at the scene');
    expect(r.uk2.title).toMatch(/^УК /);
    expect(r.en2.title).toBe('Kestrel: evidence handled at the scene');
    expect(ids(r.admin)).toContain(draft.id);
    expect(ids(r.adminPublished)).not.toContain(draft.id);
    expect(ids(r.en)).not.toContain(draft.id);
    expect(ids(r.uk)).not.toContain(draft.id);
    expect([r.draftForAdmin, r.draftForOfficer]).toEqual([200, 404]);
    expect(ids(r.en)).toEqual([courseId, second.courseId].sort());
    expect(r.firstPage.items).toHaveLength(1);
    expect(r.secondPage.items).toHaveLength(1);
    expect([...ids(r.firstPage), ...ids(r.secondPage)].sort()).toEqual(ids(r.bothOnOnePage));
    expect(ids(r.kestrel)).toEqual([courseId]);
    expect(r.kestrelSpaced).toEqual(r.kestrel);
    expect(ids(r.osprey)).toEqual([second.courseId]);
    expect(ids(r.ospreyAdmin)).toEqual([draft.id, second.courseId].sort());
  });
});
