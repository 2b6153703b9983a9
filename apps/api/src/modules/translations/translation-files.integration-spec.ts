import { po } from 'gettext-parser';
import { js2xliff, xliff2js } from 'xliff';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';

const XLF = { 'content-type': 'application/xliff+xml' };
const PO = { 'content-type': 'text/x-gettext-translation' };

/** A lesson with everything an import must keep: placeholders, headings, a list, an image and a link. */
const SOURCE_BODY = [
  '# Seizing a phone',
  '',
  'Officer {{name}}, you have ${minutes} minutes and %s bags.',
  '',
  '## Steps',
  '',
  '- Isolate it from the network',
  '- Photograph the screen',
  '',
  '![Faraday bag](/lesson-images/faraday.svg "Faraday bag =720x300")',
  '',
  'See [the guide](https://example.org/guide).',
].join('\n');
const UK_BODY = [
  '# Вилучення телефону',
  '',
  'Офіцере {{name}}, у вас ${minutes} хвилин і %s пакетів.',
  '',
  '## Кроки',
  '',
  '- Ізолюйте його від мережі',
  '- Сфотографуйте екран',
  '',
  '![Пакет Фарадея](/lesson-images/faraday.svg "Пакет Фарадея =720x300")',
  '',
  'Див. [посібник](https://example.org/guide).',
].join('\n');

describe('translation files: XLIFF 2.0 and PO export and import', () => {
  let t: TestApp;
  let admin: TestUser;
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
  const exportFile = async (file: string, user = admin) =>
    call(user, 'GET', `/api/courses/${courseId}/translations/${file}`);
  const importFile = (locale: string, body: string, headers: Record<string, string>, user = admin) =>
    call(user, 'POST', `/api/courses/${courseId}/translations/${locale}/import`, body, headers);
  /** Every translation row of the course in a locale, comparable. */
  const rows = async (locale: string) =>
    t.db.query(
      `SELECT entity_type, entity_id, fields, status, updated_at FROM translation WHERE course_id = $1 AND locale = $2 ORDER BY entity_type, entity_id`,
      [courseId, locale],
    );
  /** An exported XLIFF file with some targets replaced. */
  async function editXliff(
    text: string,
    edit: (units: Record<string, { source?: unknown; target?: unknown }>) => void,
  ) {
    const doc = await xliff2js(text, {});
    edit(Object.values(doc.resources)[0]);
    return js2xliff(doc, { indent: '  ' });
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    ({ courseId, lessonIds } = await createPublishedCourse(t, admin, { lessons: 2, questions: 4 }));
    await ok(admin, 'PATCH', `/api/lessons/${lessonIds[0]}`, { body: SOURCE_BODY });
    // One published and one draft translation in uk, so the files carry targets of both kinds.
    await ok(admin, 'PUT', `/api/translations/lesson/${lessonIds[0]}/uk`, {
      fields: { title: 'Урок 1', body: UK_BODY },
    });
    await ok(admin, 'POST', `/api/translations/lesson/${lessonIds[0]}/uk/publish`);
    await ok(admin, 'PUT', `/api/translations/lesson/${lessonIds[1]}/uk`, {
      fields: { title: 'Урок 2', body: '# Урок 2\n\nДокументуйте **все**.' },
    });
  });
  afterAll(() => t.close());

  it('exports every string of the course as XLIFF 2.0 units keyed entityType:entityId:field, with source, target and status', async () => {
    const r = await exportFile('uk.xlf');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/xliff\+xml/);
    expect(r.headers['content-disposition']).toContain('.uk.xlf');
    expect(r.body).toMatch(
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk">/,
    );
    const units = Object.values((await xliff2js(r.body, {})).resources)[0] as Record<
      string,
      { source: string; target?: string; note: string }
    >;
    // course (title, summary) + module (title) + 2 lessons (title, body) + 4 questions (prompt, 3 options).
    expect(Object.keys(units)).toHaveLength(2 + 1 + 4 + 4 * 4);
    expect(units[`lesson:${lessonIds[0]}:body`]).toMatchObject({
      source: SOURCE_BODY,
      target: UK_BODY,
      note: 'status: published',
    });
    expect(units[`lesson:${lessonIds[1]}:title`]).toMatchObject({ target: 'Урок 2', note: 'status: draft' });
    expect(units[`course:${courseId}:title`].note).toBe('status: missing');
    expect(Object.keys(units).filter((k) => /^question:[0-9a-f-]+:options\.[\w-]+$/.test(k))).toHaveLength(12);
  });

  it('exports PO with msgctxt as the unit id, the status as an extracted comment and the Language header', async () => {
    const r = await exportFile('uk.po');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/x-gettext-translation/);
    const file = po.parse(r.body, 'utf-8');
    expect(file.headers.Language).toBe('uk');
    const entry = file.translations[`lesson:${lessonIds[0]}:body`][SOURCE_BODY];
    expect(entry.msgstr).toEqual([UK_BODY]);
    expect(entry.comments?.extracted).toBe('status: published');
  });

  it.each([
    ['XLIFF', 'uk.xlf', XLF],
    ['PO', 'uk.po', PO],
  ])(
    'round trip (%s): importing the export unchanged keeps every string and every status',
    async (_f, file, headers) => {
      const before = await rows('uk');
      const exported = (await exportFile(file)).body;
      const r = await importFile('uk', exported, headers);
      expect(r.statusCode).toBe(200);
      const result = r.json();
      expect({ imported: result.imported, unchanged: result.unchanged, skipped: result.skipped }).toEqual({
        imported: 0,
        unchanged: 4,
        skipped: 23 - 4,
      });
      expect(await rows('uk')).toEqual(before);
    },
  );

  it('imports translated strings as drafts, in one go, and reports each string', async () => {
    const exported = (await exportFile('es.xlf')).body;
    const file = await editXliff(exported, (units) => {
      for (const [id, unit] of Object.entries(units))
        if (id.startsWith('question:')) unit.target = `ES ${unit.source as string}`;
    });
    const r = await importFile('es', file, XLF);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ imported: 16, unchanged: 0, skipped: 7 });
    const saved = await t.db.query(`SELECT status, fields FROM translation WHERE course_id = $1 AND locale = 'es'`, [
      courseId,
    ]);
    expect(saved.map((s: { status: string }) => s.status)).toEqual(['draft', 'draft', 'draft', 'draft']);
    expect(Object.values(saved[0].fields.options).every((o) => String(o).startsWith('ES '))).toBe(true);
  });

  it('refuses a file with a broken placeholder: 400 naming the string, and nothing is saved', async () => {
    const before = await rows('uk');
    const exported = (await exportFile('uk.po')).body;
    const file = po.parse(exported, 'utf-8');
    const unit = `lesson:${lessonIds[0]}:body`;
    file.translations[unit][SOURCE_BODY].msgstr = [UK_BODY.replace('{{name}}', '{{імʼя}}')];
    // A valid change elsewhere in the same file is not saved either.
    file.translations[`lesson:${lessonIds[1]}:title`]['Lesson 2'].msgstr = ['Урок другий'];
    const r = await importFile('uk', po.compile(file).toString('utf8'), PO);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'translation_import.refused', field: unit, params: { count: 1, unit } });
    expect(r.json().errors).toEqual([
      expect.objectContaining({
        code: 'translation_import.placeholder_mismatch',
        field: unit,
        params: { missing: '{{name}}', extra: '{{імʼя}}' },
      }),
    ]);
    expect(await rows('uk')).toEqual(before);
  });

  it('refuses changed Markdown structure, unknown units, NUL bytes and inline markup, each named', async () => {
    const exported = (await exportFile('uk.xlf')).body;
    const body = `lesson:${lessonIds[0]}:body`;
    const title = `lesson:${lessonIds[1]}:title`;
    const prompt = Object.keys(Object.values((await xliff2js(exported, {})).resources)[0]).find((k) =>
      k.endsWith(':prompt'),
    )!;
    let file = await editXliff(exported, (units) => {
      units[body].target = UK_BODY.replace('## Кроки', '### Кроки');
      units[title].target = 'Урок\u0000 2';
      units['lesson:00000000-0000-0000-0000-000000000000:title'] = { source: 'x', target: 'y' };
    });
    file = file.replace(
      new RegExp(`(<unit id="${prompt}">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`),
      '$1Питання <ph id="1"/>$2',
    );
    const r = await importFile('uk', file, XLF);
    expect(r.statusCode).toBe(400);
    const errors = r
      .json()
      .errors.map((e: { code: string; field: string; params?: object }) => [e.field, e.code, e.params]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [body, 'translation_import.markdown_mismatch', { part: 'headings' }],
        [title, 'validation.nul_character', undefined],
        ['lesson:00000000-0000-0000-0000-000000000000:title', 'translation_import.unknown_unit', undefined],
        [prompt, 'translation_import.inline_markup', undefined],
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('refuses an entity expansion ("billion laughs") at once, without expanding it', async () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE xliff [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk"><file id="f"><unit id="course:${courseId}:title"><segment><source>x</source><target>&lol9;</target></segment></unit></file></xliff>`,
    ].join('\n');
    const started = Date.now();
    const r = await importFile('uk', lol, XLF);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'translation_import.unreadable', params: { format: 'xlf' } });
    // Without the DOCTYPE refusal the parser still does not expand an undeclared entity.
    const bare = lol.replace(/<!DOCTYPE[\s\S]*?\]>/, '');
    const r2 = await importFile('uk', bare, XLF);
    expect(r2.statusCode).toBe(400);
    expect(r2.json().code).toBe('translation_import.unreadable');
  });

  it('refuses 100,000 units before parsing them, and a file over 16 MiB before reading it', async () => {
    const units = Array.from(
      { length: 100_000 },
      (_, i) => `<unit id="u${i}"><segment><source>a</source><target>b</target></segment></unit>`,
    ).join('');
    const big = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk"><file id="f">${units}</file></xliff>`;
    let started = Date.now();
    const r = await importFile('uk', big, XLF);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'translation_import.too_many_units', params: { max: 20000 } });
    const poUnits = Array.from({ length: 100_000 }, (_, i) => `msgctxt "u${i}"\nmsgid "a"\nmsgstr "b"\n`).join('\n');
    started = Date.now();
    const r2 = await importFile('uk', poUnits, PO);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r2.json().code).toBe('translation_import.too_many_units');
    const huge = await importFile('uk', 'x'.repeat(16 * 1024 * 1024 + 1), PO);
    expect(huge.statusCode).toBe(413);
  });

  it('takes a translation file on the import route only: any other route refuses the type before reading it', async () => {
    for (const url of ['/api/auth/login', `/api/translations/lesson/${lessonIds[0]}/uk`]) {
      const r = await t.inject({
        method: url.includes('login') ? 'POST' : 'PUT',
        url,
        payload: 'x'.repeat(4 * 1024 * 1024),
        headers: XLF,
        cookie: admin.cookie,
      });
      expect({ url, status: r.statusCode, code: r.json().code }).toEqual({
        url,
        status: 415,
        code: 'http.unsupported_media_type',
      });
    }
  });

  it('refuses a file for another locale, a JSON body, an unknown format and a translator without the grant', async () => {
    const es = (await exportFile('es.xlf')).body;
    const mismatch = await importFile('uk', es, XLF);
    expect(mismatch.json()).toMatchObject({
      code: 'translation_import.locale_mismatch',
      params: { fileLocale: 'es', locale: 'uk' },
    });
    const json = await call(admin, 'POST', `/api/courses/${courseId}/translations/uk/import`, { units: [] });
    expect(json.statusCode).toBe(415);
    expect((await exportFile('uk.docx')).json().code).toBe('translation_file.unknown_format');
    expect((await exportFile('en.po')).statusCode).toBe(200);
    const translator = await t.signIn('trainer');
    await ok(admin, 'POST', `/api/users/${translator.id}/capability-grants`, { capability: 'translate', scope: 'es' });
    expect((await exportFile('uk.xlf', translator)).statusCode).toBe(403);
    expect((await importFile('uk', es.replace('trgLang="es"', 'trgLang="uk"'), XLF, translator)).statusCode).toBe(403);
    expect((await exportFile('es.xlf', translator)).statusCode).toBe(200);
  });

  it('reports progress per course and locale the caller may translate into', async () => {
    const progress = await ok(admin, 'GET', '/api/translations/progress');
    expect(progress.locales.map((l: { code: string }) => l.code)).toEqual(['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN']);
    const course = progress.courses.find((c: { courseId: string }) => c.courseId === courseId);
    expect(course.total).toBe(8);
    expect(course.locales.find((l: { locale: string }) => l.locale === 'uk')).toEqual({
      locale: 'uk',
      published: 1,
      draft: 1,
      outdated: 0,
      missing: 6,
    });
    const officer = await t.signIn('officer');
    expect(await ok(officer, 'GET', '/api/translations/progress')).toEqual({ locales: [], courses: [] });
  });

  it('an import that turns a published string back into a draft takes its text out of search at once', async () => {
    const found = async () =>
      (await ok(admin, 'GET', `/api/courses?q=${encodeURIComponent('Вилучення телефону')}`)).items.map(
        (c: { id: string }) => c.id,
      );
    expect(await found()).toContain(courseId);
    const file = await editXliff((await exportFile('uk.xlf')).body, (units) => {
      units[`lesson:${lessonIds[0]}:body`].target = UK_BODY.replace('Вилучення телефону', 'Огляд смартфона');
    });
    expect((await importFile('uk', file, XLF)).statusCode).toBe(200);
    expect(await found()).not.toContain(courseId);
  });
});
