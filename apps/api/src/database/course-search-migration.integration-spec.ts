import { DataSource } from 'typeorm';
import { TestApp } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { CourseSearch1764290000000 } from './migrations/1764290000000-course-search';

describe('migration CourseSearch1764290000000 on courses and translations written before it (issue 13)', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await TestApp.start();
    ds = new DataSource(dataSourceOptions(t.config.databaseUrl, { logging: false }));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('indexes every existing course: the source and its published or outdated translations, never drafts', async () => {
    const later = MIGRATIONS.length - MIGRATIONS.indexOf(CourseSearch1764290000000);
    for (let i = 0; i < later; i++) await ds.undoLastMigration();

    const [{ id: courseId }] = await ds.query(
      `INSERT INTO course (code, title, summary, level, topics, languages, hours, status)
       VALUES ('MG-101', 'Tracing virtual assets', 'Ledgers.', 'foundation', '{osint}', '{en}', 4, 'published') RETURNING id`,
    );
    const [{ id: moduleId }] = await ds.query(
      `INSERT INTO course_module (course_id, position, title) VALUES ($1, 1, 'Basics') RETURNING id`,
      [courseId],
    );
    const [{ id: lessonId }] = await ds.query(
      `INSERT INTO lesson (module_id, position, title, body, minutes) VALUES ($1, 1, 'Wallets', 'Keys and wallets.', 10) RETURNING id`,
      [moduleId],
    );
    const translation = (type: string, id: string, locale: string, fields: object, status: string) =>
      ds.query(
        `INSERT INTO translation (entity_type, entity_id, course_id, locale, fields, status, source_fields, source_revision)
         VALUES ($1, $2, $3, $4, $5, $6, '{}', 1)`,
        [type, id, courseId, locale, JSON.stringify(fields), status],
      );
    await translation('lesson', lessonId, 'uk', { title: 'Гаманці', body: 'Розслідування криптовалют.' }, 'published');
    await translation('course', courseId, 'ru', { title: 'Криптовалюта', summary: 'Реестры.' }, 'outdated');
    await translation('lesson', lessonId, 'zh-CN', { title: '钱包', body: '加密货币犯罪调查。' }, 'draft');

    const ran = await ds.runMigrations();
    expect(ran.map((m) => m.name)[0]).toBe('CourseSearch1764290000000');

    const rows = await ds.query(
      `SELECT locale, config, document IS NOT NULL AS stemmed FROM course_search_document WHERE course_id = $1 ORDER BY locale`,
      [courseId],
    );
    expect(rows).toEqual([
      { locale: 'en', config: 'english', stemmed: true },
      { locale: 'ru', config: 'russian', stemmed: true },
      { locale: 'uk', config: null, stemmed: false },
    ]);
    const words = await ds.query(`SELECT word FROM course_search_word WHERE course_id = $1 ORDER BY word`, [courseId]);
    expect(words.map((w: { word: string }) => w.word)).toEqual(['гаманці', 'криптовалют', 'розслідування']);

    const officer = await t.signIn('officer');
    const search = async (q: string) =>
      (await t.inject({ method: 'GET', url: `/api/courses?q=${encodeURIComponent(q)}`, cookie: officer.cookie })).json()
        .items;
    expect(await search('криптовалюти')).toMatchObject([{ id: courseId }]);
    expect(await search('wallet')).toMatchObject([{ id: courseId, matchedLocale: 'en' }]);
    expect(await search('加密货币')).toEqual([]);
  });
});
