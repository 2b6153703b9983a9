// Catalogue search in every language: 1,000 courses (two modules, six lessons each) written in English and
// translated into es, pt-BR, ru, uk and zh-CN (mostly published, some drafts, some outdated), generated in a
// throwaway database and indexed by the API's own rebuild (`refreshCoursesSearch`). Then `GET /api/courses?q=`
// in each language, p50/p95 over the HTTP round trip, beside plain indexed lookups in the same run: the
// course by id through the API (`GET /api/courses/:id`) and the course by code in SQL (unique index).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, progress, scratchDatabase, sessionFor, startApi, table } from './lib.mjs';

const require = createRequire(import.meta.url);
const num = (name, fallback) => Number(process.env[name] ?? fallback);
const COURSES = num('BENCH_SEARCH_COURSES', 1_000);
const RUNS = num('BENCH_SEARCH_RUNS', 50);
const WARMUP = 3;
const LOCALES = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'];

/** Twelve subjects, each as a phrase in every locale (what titles and lessons are made of). */
const SUBJECTS = [
  [
    'ransomware attacks',
    'ataques de ransomware',
    'ataques de ransomware',
    'атаки программ-вымогателей',
    'атаки програм-вимагачів',
    '勒索软件攻击',
  ],
  [
    'cryptocurrency tracing',
    'rastreo de criptomonedas',
    'rastreamento de criptomoedas',
    'отслеживание криптовалюты',
    'відстеження криптовалюти',
    '加密货币追踪',
  ],
  [
    'phishing investigations',
    'investigaciones de phishing',
    'investigações de phishing',
    'расследование фишинга',
    'розслідування фішингу',
    '网络钓鱼调查',
  ],
  [
    'mobile phone forensics',
    'análisis forense de teléfonos móviles',
    'perícia em telefones celulares',
    'криминалистика мобильных телефонов',
    'криміналістика мобільних телефонів',
    '手机取证',
  ],
  [
    'darknet marketplaces',
    'mercados de la red oscura',
    'mercados da dark web',
    'даркнет-рынки',
    'даркнет-ринки',
    '暗网市场',
  ],
  [
    'online child protection',
    'protección infantil en línea',
    'proteção infantil online',
    'защита детей в интернете',
    'захист дітей в інтернеті',
    '网络儿童保护',
  ],
  [
    'money laundering schemes',
    'esquemas de lavado de dinero',
    'esquemas de lavagem de dinheiro',
    'схемы отмывания денег',
    'схеми відмивання грошей',
    '洗钱手法',
  ],
  [
    'open-source intelligence',
    'inteligencia de fuentes abiertas',
    'inteligência de fontes abertas',
    'разведка по открытым источникам',
    'розвідка з відкритих джерел',
    '开源情报',
  ],
  [
    'business email compromise',
    'compromiso del correo empresarial',
    'comprometimento de e-mail corporativo',
    'компрометация деловой почты',
    'компрометація ділової пошти',
    '商业电子邮件诈骗',
  ],
  [
    'digital evidence handling',
    'manejo de evidencia digital',
    'tratamento de provas digitais',
    'обращение с цифровыми доказательствами',
    'поводження з цифровими доказами',
    '电子证据处理',
  ],
  [
    'network intrusion analysis',
    'análisis de intrusiones en redes',
    'análise de intrusões em redes',
    'анализ сетевых вторжений',
    'аналіз мережевих вторгнень',
    '网络入侵分析',
  ],
  ['online fraud', 'fraude en línea', 'fraude online', 'интернет-мошенничество', 'інтернет-шахрайство', '网络诈骗'],
];

/** Filler sentences per locale: the bulk of a lesson's text. */
const FILLER = {
  en: [
    'Officers document every step before touching a device.',
    'The chain of custody is recorded at each transfer.',
    'Court rules decide what the prosecution may use.',
    'Requests to providers follow the mutual legal assistance route.',
    'Timestamps are converted to UTC before analysis.',
    'The unit keeps a log of every tool and its version.',
  ],
  es: [
    'Los agentes documentan cada paso antes de tocar un dispositivo.',
    'La cadena de custodia se registra en cada traslado.',
    'Las normas procesales deciden qué puede usar la fiscalía.',
    'Las solicitudes a los proveedores siguen la vía de asistencia judicial.',
    'Las marcas de tiempo se convierten a UTC antes del análisis.',
    'La unidad registra cada herramienta y su versión.',
  ],
  'pt-BR': [
    'Os policiais documentam cada passo antes de tocar em um dispositivo.',
    'A cadeia de custódia é registrada a cada transferência.',
    'As regras processuais decidem o que a acusação pode usar.',
    'Os pedidos aos provedores seguem a via da cooperação jurídica.',
    'Os carimbos de data e hora são convertidos para UTC antes da análise.',
    'A unidade registra cada ferramenta e sua versão.',
  ],
  ru: [
    'Сотрудники документируют каждый шаг, прежде чем трогать устройство.',
    'Цепочка хранения фиксируется при каждой передаче.',
    'Процессуальные нормы определяют, что может использовать обвинение.',
    'Запросы провайдерам идут по линии правовой помощи.',
    'Метки времени переводятся в UTC перед анализом.',
    'Подразделение ведёт журнал каждого инструмента и его версии.',
  ],
  uk: [
    'Поліцейські документують кожен крок, перш ніж торкатися пристрою.',
    'Ланцюг зберігання фіксується під час кожної передачі.',
    'Процесуальні норми визначають, що може використати обвинувачення.',
    'Запити до провайдерів ідуть шляхом правової допомоги.',
    'Позначки часу переводять в UTC перед аналізом.',
    'Підрозділ веде журнал кожного інструмента та його версії.',
  ],
  'zh-CN': [
    '警员在接触设备之前记录每一个步骤。',
    '每次移交时都要登记证据保管链。',
    '诉讼规则决定检方可以使用哪些材料。',
    '向服务提供商提出的请求通过司法协助渠道办理。',
    '分析之前将时间戳统一转换为协调世界时。',
    '办案单位记录每一种工具及其版本。',
  ],
};

/** What is searched in each locale: a form other than the text's where the language has a stemmer. */
const QUERIES = [
  ['en', 'investigating phishing'],
  ['es', 'criptomoneda'],
  ['pt-BR', 'criptomoeda'],
  ['ru', 'криптовалютой'],
  ['uk', 'криптовалюти'],
  ['zh-CN', '加密货币'],
];

/** A small deterministic generator (mulberry32), so every run searches the same catalogue. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The text of course `i` in locale index `l`: title, summary, module titles, lessons. */
function courseText(i, l, random) {
  const a = SUBJECTS[i % SUBJECTS.length][l];
  const b = SUBJECTS[(i * 7 + 3) % SUBJECTS.length][l];
  const sep = LOCALES[l] === 'zh-CN' ? '' : ' ';
  const filler = (n) =>
    Array.from({ length: n }, () => FILLER[LOCALES[l]][Math.floor(random() * FILLER[LOCALES[l]].length)]).join(sep);
  const lesson = (subject) => `${filler(3)}${sep}${subject}.${sep}${filler(4)}`;
  return {
    course: { title: `${a} ${i}`, summary: `${filler(1)}${sep}${b}.` },
    modules: [{ title: a }, { title: b }],
    lessons: [
      [a, lesson(a)],
      [a, lesson(b)],
      [a, filler(6)],
      [b, lesson(b)],
      [b, filler(6)],
      [b, lesson(a)],
    ].map(([title, body]) => ({ title, body })),
  };
}

async function generate(db) {
  const random = rng(13);
  const ids = (
    await db.query(
      `INSERT INTO course (code, title, summary, level, topics, languages, hours, status)
       SELECT 'SB-' || i, 'x', 'x', 'foundation', '{osint}', '{en}', 4, 'published' FROM generate_series(1, $1) i
       RETURNING id, code`,
      [COURSES],
    )
  ).rows.sort((x, y) => Number(x.code.slice(3)) - Number(y.code.slice(3)));
  const translations = [[], [], [], [], [], [], [], []];
  const addTranslation = (type, entityId, courseId, locale, fields, source, status) => {
    const row = [type, entityId, courseId, locale, JSON.stringify(fields), status, JSON.stringify(source)];
    row.forEach((value, k) => translations[k].push(value));
    translations[7].push(status === 'outdated' ? new Date().toISOString() : null);
  };
  for (const [i, { id }] of ids.entries()) {
    const source = courseText(i, 0, random);
    await db.query(`UPDATE course SET title = $2, summary = $3 WHERE id = $1`, [
      id,
      source.course.title,
      source.course.summary,
    ]);
    const modules = (
      await db.query(
        `INSERT INTO course_module (course_id, position, title) SELECT $1, p, t FROM unnest($2::text[]) WITH ORDINALITY AS x(t, p) RETURNING id, position`,
        [id, source.modules.map((m) => m.title)],
      )
    ).rows.sort((x, y) => x.position - y.position);
    const lessons = (
      await db.query(
        `INSERT INTO lesson (module_id, position, title, body, minutes)
         SELECT m, p, t, b, 10 FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS x(m, p, t, b) RETURNING id, module_id, position`,
        [
          source.lessons.map((_, k) => modules[k < 3 ? 0 : 1].id),
          source.lessons.map((_, k) => (k % 3) + 1),
          source.lessons.map((l) => l.title),
          source.lessons.map((l) => l.body),
        ],
      )
    ).rows;
    const lessonId = (k) =>
      lessons.find((r) => r.module_id === modules[k < 3 ? 0 : 1].id && r.position === (k % 3) + 1).id;
    for (let l = 1; l < LOCALES.length; l++) {
      const text = courseText(i, l, random);
      const roll = random();
      const status = roll < 0.85 ? 'published' : roll < 0.95 ? 'draft' : 'outdated';
      addTranslation('course', id, id, LOCALES[l], text.course, source.course, status);
      text.modules.forEach((m, k) =>
        addTranslation('course_module', modules[k].id, id, LOCALES[l], m, source.modules[k], status),
      );
      text.lessons.forEach((m, k) =>
        addTranslation('lesson', lessonId(k), id, LOCALES[l], m, source.lessons[k], status),
      );
    }
    if (i % 50 === 49) progress('courses written', i + 1, ids.length);
  }
  const total = translations[0].length;
  for (let start = 0; start < total; start += 5000) {
    await db.query(
      `INSERT INTO translation (entity_type, entity_id, course_id, locale, fields, status, source_fields, source_revision, outdated_since, published_at)
       SELECT t::translation_entity, e, c, l, f::jsonb, s::translation_status, sf::jsonb, 1, o, CASE WHEN s <> 'draft' THEN now() END
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
           AS x(t, e, c, l, f, s, sf, o)`,
      translations.map((column) => column.slice(start, start + 5000)),
    );
    progress('translations written', Math.min(start + 5000, total), total);
  }
  return ids;
}

export async function searchBenchmark() {
  const { refreshCoursesSearch } = require(
    join(ROOT, 'dist/api/apps/api/src/modules/catalogue/course-search.queries.js'),
  );
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url, application_name: 'bench-search' });
  let api;
  try {
    await db.connect();
    let started = performance.now();
    const courses = await generate(db);
    console.log(`generated ${courses.length} courses in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The API's own rebuild, through a manager that answers as TypeORM's does (rows; [rows, count] for writes).
    const manager = {
      query: async (sql, params) => {
        const result = await db.query(sql, params);
        return result.command === 'SELECT' ? result.rows : [result.rows, result.rowCount];
      },
    };
    started = performance.now();
    for (let i = 0; i < courses.length; i += 100) {
      await db.query('BEGIN');
      await refreshCoursesSearch(
        manager,
        courses.slice(i, i + 100).map((c) => c.id),
      );
      await db.query('COMMIT');
      progress('search text rebuilt', Math.min(i + 100, courses.length), courses.length);
    }
    const rebuild = (performance.now() - started) / courses.length;
    await db.query('VACUUM ANALYZE course_search_document');
    await db.query('ANALYZE');
    const docs = (
      await db.query(
        `SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('course_search_document')) AS size FROM course_search_document`,
      )
    ).rows[0];
    console.log(
      `search text: ${docs.rows} course-locale rows, ${docs.size} with indexes; ${rebuild.toFixed(1)} ms per course rebuilt`,
    );

    // An officer of a unit in Ukraine, who reads in the language of each search in turn.
    await db.query(`INSERT INTO region (code, name) VALUES ('bench', 'Bench') ON CONFLICT DO NOTHING`);
    await db.query(
      `INSERT INTO country (code, name, region_code) VALUES ('UA', 'Ukraine', 'bench') ON CONFLICT DO NOTHING`,
    );
    const [unit] = (
      await db.query(
        `INSERT INTO police_unit (name, agency, city, country_code) VALUES ('Bench unit', 'Bench', 'Kyiv', 'UA') RETURNING id`,
      )
    ).rows;
    const [reader] = (
      await db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
         VALUES ('bench-search@example.test', 'Bench', 'officer', 'unused', $1) RETURNING id`,
        [unit.id],
      )
    ).rows;
    const session = sessionFor(reader.id);
    await db.query(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      session.userId,
      session.hash,
    ]);
    api = await startApi(database.url);
    const get = async (url) => {
      const res = await fetch(`${api.base}${url}`, { headers: { cookie: session.cookie } });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };

    const results = [];
    for (const [locale, q] of QUERIES) {
      await db.query(`UPDATE app_user SET locale = $2 WHERE id = $1`, [reader.id, locale]);
      const url = `/api/courses?q=${encodeURIComponent(q)}`;
      const page = await get(url);
      const matched = page.items.filter((i) => i.matchedLocale === locale).length;
      const timing = await measure(() => get(url));
      results.push({
        search: `${locale}: ${q}`,
        hits: page.total,
        'page 1 matched in it': `${matched}/${page.items.length}`,
        'p50 ms': timing.p50.toFixed(1),
        'p95 ms': timing.p95.toFixed(1),
      });
    }
    const one = courses[Math.floor(courses.length / 2)];
    const byId = await measure(() => get(`/api/courses/${one.id}`));
    results.push({
      search: 'baseline API: course by id',
      hits: 1,
      'page 1 matched in it': '-',
      'p50 ms': byId.p50.toFixed(1),
      'p95 ms': byId.p95.toFixed(1),
    });
    const byCode = await measure(() => db.query(`SELECT id, code, title FROM course WHERE code = $1`, [one.code]));
    results.push({
      search: 'baseline SQL: course by code',
      hits: 1,
      'page 1 matched in it': '-',
      'p50 ms': byCode.p50.toFixed(2),
      'p95 ms': byCode.p95.toFixed(2),
    });
    console.log(
      `\nCatalogue search over ${courses.length} courses × ${LOCALES.length} locales; ${RUNS} runs after ${WARMUP} warm-ups each (API: HTTP round trip, first page of 20, as an officer reading the search's language)`,
    );
    table(results);
    const missing = results.filter((r) => r.hits === 0);
    if (missing.length) throw new Error(`searches found nothing: ${missing.map((r) => r.search).join(', ')}`);
  } finally {
    await api?.stop();
    await db.end().catch(() => undefined);
    await database.drop();
  }
}
