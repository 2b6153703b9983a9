import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { dataSourceOptions } from '../../database/data-source-options';
import { MIGRATIONS } from '../../database/migrations';
import { ContentLanguages1764260000000 } from '../../database/migrations/1764260000000-content-languages';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { urlFor, TEST_SERVER_URL } from '../../../test/test-database';
import { Client } from 'pg';

/** Hand-made Ukrainian and Chinese text (tests do not depend on the seed's translations). */
const UK_LESSON = {
  title: 'Урок 1: на місці події',
  body: '# Урок 1\n\nДокументуйте **все**: хто, що, коли і де вилучив.',
};
const ZH_LESSON = { title: '第一课：现场', body: '# 第一课\n\n记录**一切**：谁在何时何地扣押了什么。' };

describe('translations: content in the officer’s language', () => {
  let t: TestApp;
  let admin: TestUser;
  let kyiv: string;
  let courseId: string;
  let lessonIds: string[];

  async function call(
    user: TestUser,
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) {
    return t.inject({ method, url, cookie: user.cookie, payload, headers });
  }
  async function ok(user: TestUser, method: string, url: string, payload?: unknown) {
    const r = await call(user, method, url, payload);
    if (r.statusCode >= 300) throw new Error(`${method} ${url} → ${r.statusCode} ${r.body}`);
    return r.statusCode === 204 ? undefined : r.json();
  }
  async function translate(entityType: string, id: string, locale: string, fields: object, publish = true) {
    await ok(admin, 'PUT', `/api/translations/${entityType}/${id}/${locale}`, { fields });
    if (publish) await ok(admin, 'POST', `/api/translations/${entityType}/${id}/${locale}/publish`);
  }
  async function officerReading(locale: string | null, readsLocales: string[] = []): Promise<TestUser> {
    const [officer] = await createOfficers(t, 1, kyiv);
    await ok(officer, 'PATCH', '/api/auth/me', { ...(locale ? { locale } : {}), readsLocales });
    return officer;
  }
  async function translationRow(entityType: string, id: string, locale: string) {
    const rows = await t.db.query(
      `SELECT status, outdated_since, source_revision, source_fields FROM translation WHERE entity_type = $1 AND entity_id = $2 AND locale = $3`,
      [entityType, id, locale],
    );
    return rows[0];
  }
  /** Every translatable entity of a course, through the strings route. */
  async function strings(courseId: string, locale: string) {
    return (await ok(admin, 'GET', `/api/courses/${courseId}/translations?locale=${locale}`)).strings as Array<{
      entityType: string;
      entityId: string;
      source: Record<string, unknown>;
      status: string;
    }>;
  }
  /** Translates a whole course into a locale with recognisable text. */
  async function translateWhole(id: string, locale: string, mark: string) {
    for (const s of await strings(id, locale)) {
      const fields: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(s.source))
        fields[key] =
          typeof value === 'string'
            ? `${mark} ${value}`
            : Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, `${mark} ${v}`]));
      await translate(s.entityType, s.entityId, locale, fields);
    }
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    kyiv = await t.createUnit('UA');
    ({ courseId, lessonIds } = await createPublishedCourse(t, admin, {
      lessons: 2,
      questions: 4,
      questionsPerAttempt: 4,
    }));
  });
  afterAll(() => t.close());

  it('lists the six seeded content locales with their search configuration; an admin adds one (BCP 47), once', async () => {
    const officer = await officerReading(null);
    const locales = await ok(officer, 'GET', '/api/content-locales');
    expect(locales.map((l: { code: string }) => l.code)).toEqual(['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN']);
    expect(locales.find((l: { code: string }) => l.code === 'uk')).toEqual({
      code: 'uk',
      name: 'Українська',
      searchConfig: null,
    });
    expect(locales.find((l: { code: string }) => l.code === 'ru').searchConfig).toBe('russian');

    expect((await call(officer, 'POST', '/api/content-locales', { code: 'kk', name: 'Қазақ тілі' })).statusCode).toBe(
      403,
    );
    const bad = await call(admin, 'POST', '/api/content-locales', { code: 'Kazakh!', name: 'Қазақ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation.format.language_tag', field: 'code' });
    expect((await call(admin, 'POST', '/api/content-locales', { code: 'kk', name: 'Қазақ тілі' })).json()).toEqual({
      code: 'kk',
      name: 'Қазақ тілі',
      searchConfig: null,
    });
    const again = await call(admin, 'POST', '/api/content-locales', { code: 'kk', name: 'Kazakh' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('content_locale.code_taken');
  });

  it('a draft is not shown; once published the reader gets it, and otherwise the source with a fallback note', async () => {
    const lesson = lessonIds[0];
    const reader = await officerReading('uk');
    const before = await ok(reader, 'GET', `/api/lessons/${lesson}`);
    expect(before).toMatchObject({
      title: 'Lesson 1',
      contentLocale: 'en',
      translation: { locale: 'en', status: 'source', fallback: true, outdatedSince: null },
    });

    await translate('lesson', lesson, 'uk', UK_LESSON, false);
    expect((await strings(courseId, 'uk')).find((s) => s.entityId === lesson)?.status).toBe('draft');
    expect((await ok(reader, 'GET', `/api/lessons/${lesson}`)).contentLocale).toBe('en');

    await ok(admin, 'POST', `/api/translations/lesson/${lesson}/uk/publish`);
    expect((await strings(courseId, 'uk')).find((s) => s.entityId === lesson)?.status).toBe('published');
    expect(await ok(reader, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      ...UK_LESSON,
      contentLocale: 'uk',
      translation: { locale: 'uk', status: 'published', fallback: false },
    });
    // The course page says per item which language it is in: never a silent mix.
    const course = await ok(reader, 'GET', `/api/courses/${courseId}`);
    const [first, second] = course.modules[0].lessons;
    expect(first).toMatchObject({ title: UK_LESSON.title, contentLocale: 'uk', translation: { fallback: false } });
    expect(second).toMatchObject({ title: 'Lesson 2', contentLocale: 'en', translation: { fallback: true } });
    expect(course.translation).toMatchObject({ status: 'source', fallback: true });
    // An English reader and the admin (who edits the source) read the source as written.
    expect(await ok(await officerReading('en'), 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: 'Lesson 1',
      translation: { status: 'source', fallback: false },
    });
    expect((await ok(admin, 'GET', `/api/lessons/${lesson}`)).title).toBe('Lesson 1');
  });

  it('falls back through the languages the reader reads, in their order, before the source', async () => {
    const lesson = lessonIds[1];
    await translate('lesson', lesson, 'uk', { title: 'Урок 2', body: 'Текст' });
    const reader = await officerReading('zh-CN', ['ru', 'uk']);
    expect(await ok(reader, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: 'Урок 2',
      contentLocale: 'uk',
      translation: { status: 'published', fallback: true },
    });
    await translate('lesson', lesson, 'ru', { title: 'Урок 2 (рус.)', body: 'Текст' });
    expect((await ok(reader, 'GET', `/api/lessons/${lesson}`)).contentLocale).toBe('ru');
    await translate('lesson', lesson, 'zh-CN', ZH_LESSON);
    expect(await ok(reader, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: ZH_LESSON.title,
      translation: { locale: 'zh-CN', fallback: false },
    });
    // English listed before a translation: the source is read as it is.
    const enFirst = await officerReading('es', ['en', 'uk']);
    expect(await ok(enFirst, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: 'Lesson 2',
      translation: { locale: 'en', status: 'source', fallback: true },
    });
    // No portal language chosen: the browser's Accept-Language decides (uk-UA matches uk).
    const browser = await officerReading(null);
    const viaHeader = await call(browser, 'GET', `/api/lessons/${lesson}`, undefined, {
      'accept-language': 'fr-FR,uk-UA;q=0.9,en;q=0.5',
    });
    expect(viaHeader.json()).toMatchObject({ title: 'Урок 2', contentLocale: 'uk' });
  });

  it('a user sets the further languages they read (content locales only), on /auth/me', async () => {
    const officer = await officerReading('uk');
    const me = await ok(officer, 'PATCH', '/api/auth/me', { readsLocales: ['ru', 'en'] });
    expect(me).toMatchObject({ locale: 'uk', readsLocales: ['ru', 'en'] });
    expect((await ok(officer, 'GET', '/api/auth/me')).readsLocales).toEqual(['ru', 'en']);
    const unknown = await call(officer, 'PATCH', '/api/auth/me', { readsLocales: ['ru', 'xx'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'content_locale.not_found', field: 'readsLocales.1' });
    const twice = await call(officer, 'PATCH', '/api/auth/me', { readsLocales: ['ru', 'ru'] });
    expect(twice.statusCode).toBe(400);
  });

  it('editing the source marks published translations outdated at the clock’s now (still shown, with the date); drafts stay drafts', async () => {
    const {
      courseId: course,
      lessonIds: [lesson],
    } = await createPublishedCourse(t, admin, { lessons: 1, questions: 4 });
    await translate('lesson', lesson, 'uk', UK_LESSON);
    await translate('lesson', lesson, 'zh-CN', ZH_LESSON, false);
    await translate('course', course, 'uk', { title: 'Цифрові докази', summary: 'Вилучення і збереження доказів.' });
    const clock = t.app.get(Clock);
    // A minute ahead of the clock (sessions stay valid), to the millisecond PostgreSQL keeps.
    const at = new Date(clock.now().getTime() + 60_000);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(at);
    try {
      await ok(admin, 'PATCH', `/api/lessons/${lesson}`, { body: '# Lesson 1\n\nDocument everything, twice.' });
    } finally {
      spy.mockRestore();
    }
    expect(await translationRow('lesson', lesson, 'uk')).toMatchObject({ status: 'outdated', outdated_since: at });
    expect((await translationRow('lesson', lesson, 'zh-CN')).status).toBe('draft');
    expect((await t.db.query(`SELECT revision FROM lesson WHERE id = $1`, [lesson]))[0].revision).toBe(2);
    const reader = await officerReading('uk');
    expect(await ok(reader, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: UK_LESSON.title,
      translation: { status: 'outdated', fallback: false, outdatedSince: at.toISOString() },
    });
    // The course's own text: untouched until its title changes; changing minutes only is no source edit.
    await ok(admin, 'PATCH', `/api/lessons/${lesson}`, { minutes: 12 });
    expect((await t.db.query(`SELECT revision FROM lesson WHERE id = $1`, [lesson]))[0].revision).toBe(2);
    expect((await translationRow('course', course, 'uk')).status).toBe('published');
    await ok(admin, 'PATCH', `/api/courses/${course}`, { title: 'Digital evidence, revised' });
    expect((await translationRow('course', course, 'uk')).status).toBe('outdated');
    // Saving again records the new source; publishing clears the mark.
    await translate('lesson', lesson, 'uk', UK_LESSON);
    expect(await translationRow('lesson', lesson, 'uk')).toMatchObject({
      status: 'published',
      outdated_since: null,
      source_revision: 2,
      source_fields: { title: 'Lesson 1', body: '# Lesson 1\n\nDocument everything, twice.' },
    });
  });

  it('publishing a draft of an older source revision (or an outdated translation) publishes it as outdated, not current', async () => {
    const {
      lessonIds: [lesson],
    } = await createPublishedCourse(t, admin, { lessons: 1, questions: 4 });
    await translate('lesson', lesson, 'uk', UK_LESSON, false);
    await ok(admin, 'PATCH', `/api/lessons/${lesson}`, { body: '# Lesson 1\n\nA revised source.' });
    expect((await translationRow('lesson', lesson, 'uk')).status).toBe('draft');
    const clock = t.app.get(Clock);
    const at = new Date(clock.now().getTime() + 60_000);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(at);
    let published;
    try {
      published = await ok(admin, 'POST', `/api/translations/lesson/${lesson}/uk/publish`);
    } finally {
      spy.mockRestore();
    }
    expect(published).toMatchObject({ status: 'outdated', outdatedSince: at.toISOString() });
    expect(await translationRow('lesson', lesson, 'uk')).toMatchObject({
      status: 'outdated',
      outdated_since: at,
      source_revision: 1,
    });
    // Learners are shown it, with the outdated note.
    const reader = await officerReading('uk');
    expect(await ok(reader, 'GET', `/api/lessons/${lesson}`)).toMatchObject({
      title: UK_LESSON.title,
      translation: { status: 'outdated', fallback: false, outdatedSince: at.toISOString() },
    });
    // Publishing the outdated one again, unchanged, keeps it outdated since the same instant.
    expect(await ok(admin, 'POST', `/api/translations/lesson/${lesson}/uk/publish`)).toMatchObject({
      status: 'outdated',
      outdatedSince: at.toISOString(),
    });
    // Saved again over the current source, it is published as current.
    await translate('lesson', lesson, 'uk', UK_LESSON);
    expect(await translationRow('lesson', lesson, 'uk')).toMatchObject({
      status: 'published',
      outdated_since: null,
      source_revision: 2,
    });
  });

  it('marks outdated in the source edit’s transaction: when the edit fails, the translation stays published', async () => {
    const {
      lessonIds: [lesson],
    } = await createPublishedCourse(t, admin, { lessons: 1, questions: 4 });
    await translate('lesson', lesson, 'uk', UK_LESSON);
    // The audit event is the edit's last write: refusing it rolls the whole edit back.
    await t.db.query(`CREATE FUNCTION refuse_lesson_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_lesson_audit BEFORE INSERT ON audit_event FOR EACH ROW
      WHEN (NEW.action = 'lesson.update') EXECUTE FUNCTION refuse_lesson_audit()`);
    try {
      const failed = await call(admin, 'PATCH', `/api/lessons/${lesson}`, { title: 'Renamed' });
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.db.query(`DROP TRIGGER refuse_lesson_audit ON audit_event`);
      await t.db.query(`DROP FUNCTION refuse_lesson_audit()`);
    }
    expect((await translationRow('lesson', lesson, 'uk')).status).toBe('published');
    expect((await t.db.query(`SELECT title, revision FROM lesson WHERE id = $1`, [lesson]))[0]).toEqual({
      title: 'Lesson 1',
      revision: 1,
    });
  });

  it('module renames and programme descriptions mark their translations outdated too; programmes read translated', async () => {
    const course = await ok(admin, 'GET', `/api/courses/${courseId}`);
    const moduleId = course.modules[0].id;
    await translate('course_module', moduleId, 'uk', { title: 'На місці події' });
    await ok(admin, 'PATCH', `/api/modules/${moduleId}`, { title: 'At the scene of the crime' });
    expect((await translationRow('course_module', moduleId, 'uk')).status).toBe('outdated');

    const programme = await ok(admin, 'POST', '/api/certification-programmes', {
      name: `Evidence handler ${randomBytes(2).toString('hex')}`,
      description: 'Handles digital evidence.',
      courseIds: [courseId],
      validityMonths: 24,
      recertificationWindowDays: 60,
      skills: ['digital-forensics'],
    });
    await translate('certification_programme', programme.id, 'uk', {
      name: 'Фахівець з доказів',
      description: 'Працює з цифровими доказами.',
    });
    const reader = await officerReading('uk');
    expect(await ok(reader, 'GET', `/api/certification-programmes/${programme.id}`)).toMatchObject({
      name: 'Фахівець з доказів',
      contentLocale: 'uk',
      translation: { status: 'published', fallback: false },
    });
    await ok(admin, 'PATCH', `/api/certification-programmes/${programme.id}`, { validityMonths: 36 });
    expect((await translationRow('certification_programme', programme.id, 'uk')).status).toBe('published');
    await ok(admin, 'PATCH', `/api/certification-programmes/${programme.id}`, { description: 'Handles evidence.' });
    expect((await translationRow('certification_programme', programme.id, 'uk')).status).toBe('outdated');
  });

  it('refuses a translation of the wrong shape with 400 naming the field', async () => {
    const lesson = lessonIds[0];
    const bank = await ok(admin, 'GET', `/api/courses/${courseId}/assessment`);
    const question = bank.questions[0] as { id: string; options: { id: string; text: string }[] };
    const cases: Array<[string, string, object, string, string]> = [
      ['lesson', lesson, { title: 'Урок' }, 'validation.required', 'fields.body'],
      ['lesson', lesson, { title: 'Урок', body: 'Текст', summary: 'x' }, 'validation.not_allowed', 'fields.summary'],
      ['lesson', lesson, { title: '', body: 'Текст' }, 'translation.field_invalid', 'fields.title'],
      ['lesson', lesson, { title: 'Урок', body: 42 }, 'translation.field_invalid', 'fields.body'],
      ['lesson', lesson, { title: 'Урок', body: 'я'.repeat(100_001) }, 'translation.field_too_long', 'fields.body'],
      ['lesson', lesson, { title: 'Урок', body: 'Текст\u0000' }, 'validation.nul_character', 'fields.body'],
      ['course_module', lesson, { title: 'Модуль' }, 'translation.source_not_found', 'entityId'],
      [
        'question',
        question.id,
        {
          prompt: 'Питання?',
          options: {
            ...Object.fromEntries(question.options.slice(1).map((o) => [o.id, 'Так'])),
            'not-an-option': 'Ні',
          },
        },
        'translation.options_mismatch',
        'fields.options.not-an-option',
      ],
      [
        'question',
        question.id,
        { prompt: 'Питання?', options: Object.fromEntries(question.options.slice(1).map((o) => [o.id, 'Так'])) },
        'translation.options_mismatch',
        `fields.options.${question.options[0].id}`,
      ],
    ];
    for (const [type, id, fields, code, field] of cases) {
      const r = await call(admin, 'PUT', `/api/translations/${type}/${id}/uk`, { fields });
      expect([r.statusCode, r.json().code, r.json().field]).toEqual([
        code.endsWith('not_found') ? 404 : 400,
        code,
        field,
      ]);
    }
    const unknownType = await call(admin, 'PUT', `/api/translations/assessment/${lesson}/uk`, { fields: {} });
    expect([unknownType.statusCode, unknownType.json().code]).toEqual([404, 'translation.unknown_entity']);
    const unknownLocale = await call(admin, 'PUT', `/api/translations/lesson/${lesson}/xx`, { fields: UK_LESSON });
    expect([unknownLocale.statusCode, unknownLocale.json().code]).toEqual([404, 'content_locale.not_found']);
    const intoSource = await call(admin, 'PUT', `/api/translations/lesson/${lesson}/en`, { fields: UK_LESSON });
    expect([intoSource.statusCode, intoSource.json().code]).toEqual([400, 'translation.same_as_source']);
    const nothingSaved = await call(admin, 'POST', `/api/translations/lesson/${lessonIds[0]}/es/publish`);
    expect([nothingSaved.statusCode, nothingSaved.json().code]).toEqual([404, 'translation.not_found']);
    // A right one: exactly the source's option ids.
    const right = await call(admin, 'PUT', `/api/translations/question/${question.id}/uk`, {
      fields: { prompt: 'Питання?', options: Object.fromEntries(question.options.map((o) => [o.id, 'Так'])) },
    });
    expect(right.statusCode).toBe(200);
  });

  it('a translator may translate only into the locales of their live translate grant (403 otherwise)', async () => {
    const translator = await t.signIn('trainer');
    const lesson = lessonIds[0];
    const put = (locale: string) =>
      call(translator, 'PUT', `/api/translations/lesson/${lesson}/${locale}`, {
        fields: { title: 'Урок', body: 'Текст' },
      });
    const none = await put('ru');
    expect([none.statusCode, none.json().code, none.json().params]).toEqual([
      403,
      'translation.forbidden',
      { locale: 'ru' },
    ]);
    await t.db.query(
      `INSERT INTO capability_grant (user_id, capability, scope, granted_by) VALUES ($1, 'translate', 'ru', $2)`,
      [translator.id, admin.id],
    );
    expect((await put('ru')).statusCode).toBe(200);
    expect((await call(translator, 'POST', `/api/translations/lesson/${lesson}/ru/publish`)).statusCode).toBe(200);
    expect((await put('uk')).statusCode).toBe(403);
    expect((await call(translator, 'POST', `/api/translations/lesson/${lesson}/uk/publish`)).statusCode).toBe(403);
    expect((await call(translator, 'GET', `/api/courses/${courseId}/translations?locale=uk`)).statusCode).toBe(403);
    expect((await call(translator, 'GET', `/api/courses/${courseId}/translations?locale=ru`)).statusCode).toBe(200);
    // A local-trainer grant is no translate grant; a revoked grant counts for nothing.
    await t.db.query(`INSERT INTO capability_grant (user_id, capability, scope) VALUES ($1, 'local_trainer', $2)`, [
      translator.id,
      courseId,
    ]);
    await t.db.query(
      `UPDATE capability_grant SET revoked_at = now(), revoked_by = $2 WHERE user_id = $1 AND scope = 'ru'`,
      [translator.id, admin.id],
    );
    expect((await put('ru')).statusCode).toBe(403);
  });

  it('an assessment taken in Ukrainian shows translated questions with the source’s option ids and order, records uk, and scores exactly as in English', async () => {
    const { courseId: course } = await createPublishedCourse(t, admin, {
      lessons: 1,
      questions: 4,
      questionsPerAttempt: 4,
    });
    const bank = await ok(admin, 'GET', `/api/courses/${course}/assessment`);
    for (const q of bank.questions as Array<{ id: string; prompt: string; options: { id: string; text: string }[] }>)
      await translate('question', q.id, 'uk', {
        prompt: `Питання: ${q.prompt}`,
        options: Object.fromEntries(q.options.map((o, i) => [o.id, `Варіант ${i + 1}`])),
      });
    const cohortId = await createOpenCohort(t, admin, course);
    const ukOfficer = await officerReading('uk');
    const enOfficer = await officerReading('en');
    const results: Array<{ score: number; passed: boolean }> = [];
    for (const officer of [ukOfficer, enOfficer]) {
      const enrolment = await ok(officer, 'POST', `/api/cohorts/${cohortId}/enrolments`);
      const attempt = await ok(officer, 'POST', `/api/enrolments/${enrolment.id}/attempts`);
      for (const q of attempt.questions) {
        const source = bank.questions.find((b: { id: string }) => b.id === q.id);
        expect(q.options.map((o: { id: string }) => o.id)).toEqual(source.options.map((o: { id: string }) => o.id));
        if (officer === ukOfficer) {
          expect(q).toMatchObject({ prompt: `Питання: ${source.prompt}`, contentLocale: 'uk' });
          expect(q.options[0].text).toBe('Варіант 1');
        } else expect(q).toMatchObject({ prompt: source.prompt, contentLocale: 'en' });
      }
      expect(attempt.locale).toBe(officer === ukOfficer ? 'uk' : 'en');
      // The same choices by option id: right on the first two questions (by bank order), wrong on the others.
      const ordered = [...attempt.questions].sort(
        (a: { id: string }, b: { id: string }) =>
          bank.questions.findIndex((q: { id: string }) => q.id === a.id) -
          bank.questions.findIndex((q: { id: string }) => q.id === b.id),
      );
      const answers = ordered.map((q: { id: string; options: { id: string }[] }, i: number) => {
        const correct = bank.questions.find((b: { id: string }) => b.id === q.id).correct as string[];
        return { questionId: q.id, optionIds: i < 2 ? correct : [q.options.find((o) => !correct.includes(o.id))!.id] };
      });
      const submitted = await ok(officer, 'POST', `/api/attempts/${attempt.id}/submit`, { answers });
      results.push({ score: submitted.score, passed: submitted.passed });
      const [row] = await t.db.query(`SELECT locale FROM assessment_attempt WHERE id = $1`, [attempt.id]);
      expect(row.locale).toBe(officer === ukOfficer ? 'uk' : 'en');
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0].score).toBe(50);
  });

  it('the catalogue says which locales each course is whole in, and filters by one', async () => {
    const whole = await createPublishedCourse(t, admin, { lessons: 2, questions: 4 });
    const partial = await createPublishedCourse(t, admin, { lessons: 2, questions: 4 });
    await translateWhole(whole.courseId, 'uk', 'UK');
    await translateWhole(partial.courseId, 'uk', 'UK');
    // One lesson of `partial` goes back to a draft: it is no longer readable whole in uk.
    await ok(admin, 'PUT', `/api/translations/lesson/${partial.lessonIds[1]}/uk`, { fields: UK_LESSON });
    const reader = await officerReading('uk');
    const list = await ok(reader, 'GET', '/api/courses?pageSize=100');
    const byId = (id: string) => list.items.find((c: { id: string }) => c.id === id);
    expect(byId(whole.courseId)).toMatchObject({ availableIn: ['en', 'uk'], contentLocale: 'uk' });
    expect(byId(whole.courseId).title).toMatch(/^UK /);
    expect(byId(partial.courseId).availableIn).toEqual(['en']);
    const filtered = await ok(reader, 'GET', '/api/courses?pageSize=100&availableIn=uk');
    expect(filtered.items.map((c: { id: string }) => c.id)).toEqual([whole.courseId]);
    const english = await ok(reader, 'GET', '/api/courses?pageSize=100&availableIn=en');
    expect(english.total).toBe(list.total);
    // Outdated still counts as available (it is shown, with a note).
    await ok(admin, 'PATCH', `/api/lessons/${whole.lessonIds[0]}`, { title: 'Lesson 1, revised' });
    expect((await ok(reader, 'GET', '/api/courses?pageSize=100&availableIn=uk')).items).toHaveLength(1);
  });

  it('names the course and next lesson of the learner’s own enrolments in their language, not others’', async () => {
    const {
      courseId: course,
      lessonIds: [lesson],
    } = await createPublishedCourse(t, admin, { lessons: 1, questions: 4 });
    await translate('course', course, 'uk', { title: 'Цифрові докази', summary: 'Вилучення доказів.' });
    await translate('lesson', lesson, 'uk', UK_LESSON);
    const cohortId = await createOpenCohort(t, admin, course);
    const officer = await officerReading('uk');
    const enrolment = await ok(officer, 'POST', `/api/cohorts/${cohortId}/enrolments`);
    const mine = await ok(officer, 'GET', `/api/enrolments?mine=true&courseId=${course}`);
    expect(mine.items[0]).toMatchObject({ courseTitle: 'Цифрові докази', nextLessonTitle: UK_LESSON.title });
    expect(await ok(officer, 'GET', `/api/enrolments/${enrolment.id}`)).toMatchObject({
      courseTitle: 'Цифрові докази',
    });
    const theirs = await ok(admin, 'GET', `/api/enrolments/${enrolment.id}`);
    expect(theirs.courseTitle).not.toBe('Цифрові докази');
  });

  it('lists cohorts taught in a language the officer reads first', async () => {
    const { courseId: course } = await createPublishedCourse(t, admin, { lessons: 1, questions: 4 });
    const early = await createOpenCohort(t, admin, course, { startsInDays: 10 });
    const late = await createOpenCohort(t, admin, course, { startsInDays: 20 });
    await t.db.query(`UPDATE cohort SET language = 'es' WHERE id = $1`, [early]);
    const order = async (user: TestUser) =>
      (await ok(user, 'GET', `/api/cohorts?courseId=${course}`)).items.map((c: { id: string }) => c.id);
    expect(await order(await officerReading('uk'))).toEqual([late, early]);
    expect(await order(await officerReading('en', ['es']))).toEqual([early, late]);
    expect(await order(await officerReading('en'))).toEqual([early, late]);
  });
});

describe('translations migration', () => {
  it('makes every existing text the source in en and every existing attempt taken in en', async () => {
    const name = `icspa_test_mig_${randomBytes(5).toString('hex')}`;
    const server = new Client({ connectionString: TEST_SERVER_URL });
    await server.connect();
    await server.query(`CREATE DATABASE ${name}`);
    const index = MIGRATIONS.indexOf(ContentLanguages1764260000000);
    const before = new DataSource(
      dataSourceOptions(urlFor(name), { logging: false, migrations: MIGRATIONS.slice(0, index) }),
    );
    try {
      await before.initialize();
      await before.runMigrations();
      const q = (sql: string, params: unknown[] = []) => before.query(sql, params);
      const [user] = await q(
        `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ('a@example.test', 'A', 'admin', 'x') RETURNING id`,
      );
      const [course] = await q(
        `INSERT INTO course (code, title, summary, level, hours, status) VALUES ('MG-101', 'T', 'S', 'foundation', 1, 'published') RETURNING id`,
      );
      const [module] = await q(
        `INSERT INTO course_module (course_id, position, title) VALUES ($1, 1, 'M') RETURNING id`,
        [course.id],
      );
      await q(`INSERT INTO lesson (module_id, position, title, body) VALUES ($1, 1, 'L', 'B')`, [module.id]);
      const [assessment] = await q(
        `INSERT INTO assessment (course_id, pass_mark, attempt_limit, questions_per_attempt) VALUES ($1, 50, 3, 1) RETURNING id`,
        [course.id],
      );
      const [question] = await q(
        `INSERT INTO question (assessment_id, kind, prompt, options, correct) VALUES ($1, 'true_false', 'P', '[{"id":"a","text":"Yes"},{"id":"b","text":"No"}]', '["a"]') RETURNING id`,
        [assessment.id],
      );
      await q(
        `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days) VALUES ('P', 'D', $1, 1, 12, 30)`,
        [[course.id]],
      );
      const [cohort] = await q(
        `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity) VALUES ($1, now(), now() + interval '1 day', 'online', 'en', 5) RETURNING id`,
        [course.id],
      );
      const [enrolment] = await q(
        `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) VALUES ($1, $2, $3, 'enrolled') RETURNING id`,
        [cohort.id, course.id, user.id],
      );
      await q(`INSERT INTO assessment_attempt (enrolment_id, question_ids, started_at) VALUES ($1, $2, now())`, [
        enrolment.id,
        [question.id],
      ]);
      await before.destroy();

      const after = new DataSource(dataSourceOptions(urlFor(name), { logging: false }));
      await after.initialize();
      await after.runMigrations();
      const one = async (sql: string) => (await after.query(sql))[0];
      expect(await one(`SELECT source_locale, revision FROM course`)).toEqual({ source_locale: 'en', revision: 1 });
      expect(await one(`SELECT source_locale, revision FROM certification_programme`)).toEqual({
        source_locale: 'en',
        revision: 1,
      });
      expect(await one(`SELECT revision FROM lesson`)).toEqual({ revision: 1 });
      expect(await one(`SELECT revision FROM question`)).toEqual({ revision: 1 });
      expect(await one(`SELECT locale FROM assessment_attempt`)).toEqual({ locale: 'en' });
      expect(await one(`SELECT reads_locales FROM app_user`)).toEqual({ reads_locales: [] });
      expect(await one(`SELECT count(*)::int AS n FROM translation`)).toEqual({ n: 0 });
      // And back: the migration's down (after any later ones') leaves the earlier schema.
      for (let i = MIGRATIONS.length; i > index; i--) await after.undoLastMigration();
      expect(await one(`SELECT to_regclass('content_locale') AS t`)).toEqual({ t: null });
      await after.destroy();
    } finally {
      if (before.isInitialized) await before.destroy();
      await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.end();
    }
  });
});
