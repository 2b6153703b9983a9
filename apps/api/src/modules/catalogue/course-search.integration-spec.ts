import { TestApp, type TestUser } from '../../../test/test-app';

/**
 * Catalogue search in every language, through the API: courses written by the admin API, translated and
 * published through the translations API, searched by an officer. Real PostgreSQL (C.UTF-8 database).
 */
describe('catalogue search in every language', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;

  interface Built {
    courseId: string;
    moduleId: string;
    lessonIds: string[];
  }

  const call = async (method: string, url: string, payload?: object) => {
    const response = await t.inject({ method, url, cookie: admin.cookie, payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? undefined : response.json();
  };

  let codes = 0;
  /** A published English course with one module and the lessons given. */
  async function course(title: string, summary: string, lessons: Array<{ title: string; body: string }>) {
    codes += 1;
    const created = await call('POST', '/api/courses', {
      code: `SR-${100 + codes}`,
      title,
      summary,
      level: 'foundation',
      topics: ['osint'],
      languages: ['en'],
      hours: 4,
    });
    const module = await call('POST', `/api/courses/${created.id}/modules`, { title: 'Module one' });
    const lessonIds: string[] = [];
    for (const lesson of lessons)
      lessonIds.push((await call('POST', `/api/modules/${module.id}/lessons`, { ...lesson, minutes: 10 })).id);
    await call('PUT', `/api/courses/${created.id}/assessment`, {
      passMark: 70,
      attemptLimit: 3,
      questionsPerAttempt: 1,
      timeLimitMinutes: null,
    });
    await call('POST', `/api/courses/${created.id}/assessment/questions`, {
      kind: 'single_choice',
      prompt: 'Which one?',
      options: ['Right', 'Wrong'],
      correct: [0],
    });
    await call('PATCH', `/api/courses/${created.id}`, { status: 'published' });
    return { courseId: created.id as string, moduleId: module.id as string, lessonIds };
  }

  async function translate(
    entityType: string,
    entityId: string,
    locale: string,
    fields: Record<string, string>,
    publish = true,
  ) {
    await call('PUT', `/api/translations/${entityType}/${entityId}/${locale}`, { fields });
    if (publish) await call('POST', `/api/translations/${entityType}/${entityId}/${locale}/publish`, {});
  }

  /** The officer's search: ids of the hits in order, with the locale each matched in. */
  async function search(q: string, extra = '') {
    const response = await t.inject({
      method: 'GET',
      url: `/api/courses?q=${encodeURIComponent(q)}&pageSize=100${extra}`,
      cookie: officer.cookie,
    });
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: Array<{ id: string; matchedLocale?: string }>; total: number };
    expect(page.total).toBe(page.items.length);
    return page.items.map((i) => [i.id, i.matchedLocale] as const);
  }

  let forensics: Built; // en source; uk, ru, pt-BR, zh-CN, es translations published
  let drafted: Built; // uk translation saved as a draft only
  let laundering: Built; // ru translation published

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    officer = await t.signIn('officer');
    forensics = await course('Tracing virtual assets', 'Following ledger transactions across exchanges.', [
      { title: 'Wallets', body: 'How wallets and keys work.' },
    ]);
    const { courseId, moduleId, lessonIds } = forensics;
    await translate('course', courseId, 'uk', { title: 'Відстеження віртуальних активів', summary: 'Транзакції.' });
    await translate('lesson', lessonIds[0], 'uk', {
      title: 'Гаманці',
      body: 'Розслідування злочинів із використанням криптовалют: гаманці та ключі.',
    });
    await translate('course', courseId, 'pt-BR', {
      title: 'Rastreio de ativos virtuais',
      summary: 'Como os ativos são rastreados entre corretoras.',
    });
    await translate('course_module', moduleId, 'zh-CN', { title: '第一单元' });
    await translate('lesson', lessonIds[0], 'zh-CN', {
      title: '钱包',
      body: '本课程介绍加密货币犯罪调查的基本方法。',
    });
    await translate('course', courseId, 'es', {
      title: 'Rastreo de activos virtuales',
      summary: 'Investigaciones financieras sobre monederos.',
    });
    laundering = await course('Money laundering typologies', 'Layering through mixers.', [
      { title: 'Mixers', body: 'Mixing services.' },
    ]);
    await translate('course', laundering.courseId, 'ru', {
      title: 'Криптовалюта и отмывание денег',
      summary: 'Отслеживание транзакций через миксеры.',
    });
    drafted = await course('Malware triage', 'First steps with suspicious files.', [
      { title: 'Samples', body: 'Handling samples safely.' },
    ]);
    await translate(
      'lesson',
      drafted.lessonIds[0],
      'uk',
      { title: 'Зразки', body: 'Шифрувальник блокує файли.' },
      false,
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('runs on a UTF-8 database whose trigrams see Cyrillic and Chinese letters', async () => {
    const [db] = await t.db.query(`SELECT datctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database
                                    WHERE datname = current_database()`);
    expect(db).toEqual({ datctype: 'C.UTF-8', encoding: 'UTF8' });
    const [row] = await t.db.query(
      `SELECT show_trgm('криптовалюти') AS cyrillic, show_trgm('加密货币') AS chinese,
              word_similarity('криптовалюти', 'розслідування злочинів з криптовалютами') AS sml,
              'злочини з криптовалютою' %> 'криптовалюти' AS similar`,
    );
    expect(row.cyrillic.length).toBeGreaterThan(10);
    expect(row.chinese.length).toBeGreaterThan(2);
    expect(row.sml).toBeGreaterThan(0.6);
    expect(row.similar).toBe(true);
  });

  it('finds a course by a Ukrainian word in a published lesson translation, in another form (trigrams)', async () => {
    // The Russian course matches as well: Russian stemming takes the word for its own криптовалют-.
    expect(await search('криптовалюти')).toEqual([
      [laundering.courseId, 'ru'],
      [forensics.courseId, 'uk'],
    ]);
    expect(await search('криптовалют')).toContainEqual([forensics.courseId, 'uk']);
    expect(await search('Криптовалюти гаманці')).toEqual([[forensics.courseId, 'uk']]);
    expect(await search('«криптовалюти», гаманці!')).toEqual([[forensics.courseId, 'uk']]);
    expect(await search('гаманцях')).toEqual([[forensics.courseId, 'uk']]);
  });

  it('says a course matched in the reader’s language when it matched there too', async () => {
    const both = await course('Wallet seizure', 'Seizing wallets.', [{ title: 'Seed phrases', body: 'Seed phrases.' }]);
    await translate('course', both.courseId, 'ru', { title: 'Изъятие криптовалюты', summary: 'Кошельки.' });
    await translate('lesson', both.lessonIds[0], 'uk', { title: 'Сід-фрази', body: 'Вилучення криптовалюти.' });
    expect(await search('криптовалюти')).toContainEqual([both.courseId, 'ru']);
    await t.db.query(`UPDATE app_user SET locale = 'uk' WHERE id = $1`, [officer.id]);
    try {
      expect(await search('криптовалюти')).toContainEqual([both.courseId, 'uk']);
      expect(await search('криптовалюти')).toContainEqual([laundering.courseId, 'ru']);
    } finally {
      await t.db.query(`UPDATE app_user SET locale = NULL WHERE id = $1`, [officer.id]);
    }
  });

  it('finds a course by a Russian inflected form (russian stemming)', async () => {
    expect(await search('криптовалютами')).toContainEqual([laundering.courseId, 'ru']);
    expect(await search('отслеживанию миксерам')).toEqual([[laundering.courseId, 'ru']]);
  });

  it('finds a course by a Portuguese stem (portuguese stemming)', async () => {
    expect(await search('rastrear')).toEqual([[forensics.courseId, 'pt-BR']]);
    expect(await search('corretora')).toEqual([[forensics.courseId, 'pt-BR']]);
  });

  it('finds a course by a Chinese phrase inside text written without spaces', async () => {
    expect(await search('加密货币')).toEqual([[forensics.courseId, 'zh-CN']]);
    expect(await search('犯罪调查')).toEqual([[forensics.courseId, 'zh-CN']]);
    expect(await search('货币犯罪调查方法')).toEqual([]);
  });

  it('finds a course by Spanish and by English in other forms (their own stemming)', async () => {
    expect(await search('investigación monedero')).toEqual([[forensics.courseId, 'es']]);
    expect(await search('tracing wallet')).toEqual([[forensics.courseId, 'en']]);
  });

  it('never finds text that is only in an unpublished draft, nor a draft saved over a published text', async () => {
    expect(await search('шифрувальник')).toEqual([]);
    expect(await search('Malware')).toEqual([[drafted.courseId, 'en']]);
    await call('POST', `/api/translations/lesson/${drafted.lessonIds[0]}/uk/publish`, {});
    expect(await search('шифрувальник')).toEqual([[drafted.courseId, 'uk']]);
    await translate('lesson', drafted.lessonIds[0], 'uk', { title: 'Зразки', body: 'Шифрувальник: чернетка.' }, false);
    expect(await search('шифрувальник')).toEqual([]);
  });

  it('still finds an outdated translation, and the edited source at once', async () => {
    const outdated = await course('Mobile extraction', 'Phones at the scene.', [
      { title: 'Handsets', body: 'Isolate the handset.' },
    ]);
    await translate('lesson', outdated.lessonIds[0], 'uk', { title: 'Телефони', body: 'Ізолюйте смартфон одразу.' });
    await call('PATCH', `/api/lessons/${outdated.lessonIds[0]}`, { body: 'Place the handset in a Faraday bag.' });
    const [row] = await t.db.query(`SELECT status FROM translation WHERE entity_id = $1 AND locale = 'uk'`, [
      outdated.lessonIds[0],
    ]);
    expect(row.status).toBe('outdated');
    expect(await search('смартфон')).toEqual([[outdated.courseId, 'uk']]);
    expect(await search('Faraday')).toEqual([[outdated.courseId, 'en']]);
    expect(await search('isolate')).toEqual([]);
  });

  it('keeps every change when edits and publications of one course race (rebuilds run in turn)', async () => {
    const built = await course('Insider threats', 'Spotting insiders.', [
      { title: 'Signals', body: 'Early signals.' },
      { title: 'Interviews', body: 'Interviewing staff.' },
    ]);
    const words = ['Kerberoasting', 'Typosquatting', 'Cryptojacking', 'Sinkholing'];
    const responses = await Promise.all([
      ...words.map((word, i) =>
        t.inject({
          method: 'PATCH',
          url: `/api/lessons/${built.lessonIds[i % 2]}`,
          cookie: admin.cookie,
          payload: i < 2 ? { body: `${word} explained.` } : { title: `${word} basics` },
        }),
      ),
      translate('lesson', built.lessonIds[0], 'uk', { title: 'Сигнали', body: 'Перехоплення облікових записів.' }),
    ]);
    expect(responses.slice(0, 4).map((r) => (r as { statusCode: number }).statusCode)).toEqual([200, 200, 200, 200]);
    for (const word of words) expect([word, await search(word)]).toEqual([word, [[built.courseId, 'en']]]);
    expect(await search('облікових')).toEqual([[built.courseId, 'uk']]);
  });

  it('forgets the translated text of a deleted lesson', async () => {
    const built = await course('Router logs', 'Reading router logs.', [
      { title: 'Logs', body: 'Log basics.' },
      { title: 'Timestamps', body: 'Clock drift.' },
    ]);
    await translate('lesson', built.lessonIds[1], 'uk', {
      title: 'Мітки часу',
      body: 'Дрейф годинника маршрутизатора.',
    });
    expect(await search('маршрутизатора')).toEqual([[built.courseId, 'uk']]);
    await call('DELETE', `/api/lessons/${built.lessonIds[1]}`);
    expect(await search('маршрутизатора')).toEqual([]);
  });

  it('ranks a title match above a lesson-body match, stemmed and by trigrams', async () => {
    const inTitle = await course('Ransomware negotiation', 'Talking to extortionists.', [
      { title: 'Contact', body: 'First contact.' },
    ]);
    const inBody = await course('Incident response', 'Handling an incident.', [
      { title: 'Containment', body: 'Ransomware spreads through shares; isolate hosts.' },
    ]);
    expect(await search('ransomware')).toEqual([
      [inTitle.courseId, 'en'],
      [inBody.courseId, 'en'],
    ]);
    for (const [page, ids] of [
      [2, [inBody.courseId]],
      [5, []],
    ] as const) {
      const response = await t.inject({
        method: 'GET',
        url: `/api/courses?q=ransomware&pageSize=1&page=${page}`,
        cookie: officer.cookie,
      });
      expect(response.json().total).toBe(2);
      expect(response.json().items.map((i: { id: string }) => i.id)).toEqual(ids);
    }
    await translate('lesson', inTitle.lessonIds[0], 'uk', { title: 'Контакт', body: 'Перший контакт.' });
    await translate('course', inTitle.courseId, 'uk', { title: 'Переговори з вимагачами', summary: 'Розмова.' });
    await translate('lesson', inBody.lessonIds[0], 'uk', {
      title: 'Стримування',
      body: 'Вимагачі шифрують спільні папки.',
    });
    expect(await search('вимагачами')).toEqual([
      [inTitle.courseId, 'uk'],
      [inBody.courseId, 'uk'],
    ]);
  });

  it('answers 400 naming q, fast, for a 100,000-character query or a NUL byte', async () => {
    for (const q of ['к'.repeat(100_000), 'крипто\u0000валюти']) {
      const started = Date.now();
      const response = await t.inject({
        method: 'GET',
        url: `/api/courses?q=${encodeURIComponent(q)}`,
        cookie: officer.cookie,
      });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ field: 'q', message: expect.stringMatching(/^q: /) });
    }
  });

  it('treats LIKE wildcards in a query as plain characters', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });
});
