import { EXACT_TOTAL_LIMIT } from '../src/core/database/sql';
import { TranslationsService } from '../src/modules/translations/translations.service';
import { TestApp, type TestUser } from './test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from './learning-fixtures';

const T0 = '2031-01-01T00:00:00Z';

interface Page {
  items: { id: string }[];
  total: number;
  totalIsEstimate?: boolean;
  page: number;
  pageSize: number;
  nextCursor?: string | null;
}

/**
 * The lists' contract (issue 21): `{ items, total, page, pageSize }` as before; the total exact up to 10,000 items
 * (from the page itself when it is the last), the database's estimate above, flagged `totalIsEstimate`; the long
 * lists (audit events, people, certifications) also page by cursor (`after` = the previous page's `nextCursor`).
 */
describe('list pages: totals, estimates and cursors', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    // 12,000 events a second apart, plus 250 of one object within the same millisecond (microseconds apart): the
    // cursor must tell them apart, which a JavaScript Date could not.
    await t.db.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, details, created_at)
       SELECT 'course.create', 'course', 'bulk-' || g, '{}', $1::timestamptz + g * interval '1 second'
         FROM generate_series(1, 12000) g`,
      [T0],
    );
    await t.db.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, details, created_at)
       SELECT 'course.update', 'course', 'same-ms', jsonb_build_object('n', g), $1::timestamptz + g * interval '1 microsecond'
         FROM generate_series(1, 250) g`,
      [T0],
    );
    await t.db.query('ANALYZE audit_event');
  });
  afterAll(() => t.close());

  async function get(url: string, cookie = admin.cookie): Promise<Page> {
    const res = await t.inject({ method: 'GET', url, cookie });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  it('estimates a total above 10,000 and flags it; counts it exactly at or below', async () => {
    const all = await get('/api/audit-events?pageSize=100');
    expect(all.items).toHaveLength(100);
    expect(all.totalIsEstimate).toBe(true);
    expect(all.total).toBeGreaterThan(EXACT_TOTAL_LIMIT);
    // The planner's estimate of 12,250+ rows after ANALYZE: near, not exact.
    expect(all.total).toBeGreaterThan(11_000);
    expect(all.total).toBeLessThan(14_000);
    const some = await get('/api/audit-events?action=course.update&pageSize=100');
    expect(some.total).toBe(250);
    expect(some.totalIsEstimate).toBeUndefined();
  });

  it('gives the same total on every page: from the last page itself, by a count on a full one, and past the end', async () => {
    const filter = '/api/audit-events?action=course.update&pageSize=100';
    for (const page of [1, 2, 3, 4]) {
      const p = await get(`${filter}&page=${page}`);
      expect(p.total).toBe(250);
      expect(p.items).toHaveLength([100, 100, 50, 0][page - 1]);
    }
  });

  it('walks a list by cursor: every item once, in the order of the numbered pages, microseconds apart', async () => {
    const filter = '/api/audit-events?action=course.update&pageSize=60';
    const byNumber: string[] = [];
    for (let page = 1; page <= 5; page++)
      byNumber.push(...(await get(`${filter}&page=${page}`)).items.map((i) => i.id));
    const byCursor: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const p: Page = await get(`${filter}${after ? `&after=${after}` : ''}`);
      byCursor.push(...p.items.map((i) => i.id));
      expect(p.total).toBe(250);
      after = p.nextCursor;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(byCursor).toHaveLength(250);
    expect(new Set(byCursor).size).toBe(250);
    expect(byCursor).toEqual(byNumber);
  });

  it('a cursor page is not shifted by items added meanwhile (a numbered page would be)', async () => {
    const filter = '/api/audit-events?entityType=course&entityId=same-ms&pageSize=100';
    const first = await get(filter);
    const second = await get(`${filter}&after=${first.nextCursor}`);
    // 10 newer events of the same object: the numbered page 2 now starts 10 items earlier; the cursor does not.
    await t.db.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, details, created_at)
       SELECT 'course.update', 'course', 'same-ms', '{}', $1::timestamptz + interval '1 hour' + g * interval '1 second'
         FROM generate_series(1, 10) g`,
      [T0],
    );
    const secondAgain = await get(`${filter}&after=${first.nextCursor}`);
    expect(secondAgain.items.map((i) => i.id)).toEqual(second.items.map((i) => i.id));
    const numbered = await get(`${filter}&page=2`);
    expect(numbered.items[10].id).toBe(second.items[0].id);
    expect(secondAgain.total).toBe(260);
  });

  it('refuses a cursor it did not give, and a cursor on a ranked search', async () => {
    for (const after of ['bm90LWEtY3Vyc29y', 'WyJ4Il0', 'not a cursor']) {
      const res = await t.inject({
        method: 'GET',
        url: `/api/audit-events?after=${encodeURIComponent(after)}`,
        cookie: admin.cookie,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: expect.stringMatching(/^validation\.(invalid|matches)$/),
        field: 'after',
      });
    }
    // The right shape with values PostgreSQL cannot read as a time: 400, never 500.
    const forge = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const values of [
      ['x', '00000000-0000-4000-8000-000000000000'],
      ['2026-13-45T99:00:00Z', '00000000-0000-4000-8000-000000000000'],
      ['2026-02-30T00:00:00Z', '00000000-0000-4000-8000-000000000000'],
    ])
      for (const list of ['/api/audit-events', '/api/certifications']) {
        const res = await t.inject({
          method: 'GET',
          url: `${list}?after=${forge(values)}`,
          cookie: admin.cookie,
        });
        expect({ list, values, status: res.statusCode }).toEqual({ list, values, status: 400 });
      }
    const users = await get('/api/users?pageSize=1');
    const res = await t.inject({
      method: 'GET',
      url: `/api/users?q=test&after=${users.nextCursor}`,
      cookie: admin.cookie,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.invalid', field: 'after' });
  });

  it('pages people by cursor in e-mail order, within the caller’s scope', async () => {
    const unit = await t.createUnit('KE');
    const coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    await t.db.query(
      `INSERT INTO app_user (email, display_name, role, police_unit_id, password_hash)
       SELECT 'officer-' || lpad(g::text, 3, '0') || '@list.example', 'Officer ' || g, 'officer', $1, 'not-a-hash'
         FROM generate_series(1, 25) g`,
      [unit],
    );
    const emails: string[] = [];
    let after: string | null | undefined;
    do {
      const p: Page = await get(`/api/users?pageSize=10${after ? `&after=${after}` : ''}`, coordinator.cookie);
      emails.push(...p.items.map((i) => (i as unknown as { email: string }).email));
      expect(p.total).toBe(25);
      after = p.nextCursor;
    } while (after);
    expect(emails).toEqual(
      Array.from({ length: 25 }, (_, i) => `officer-${String(i + 1).padStart(3, '0')}@list.example`),
    );
  });

  it('enrolments: each one’s scope (own, unit’s, the cohort taught), its total exact on every page', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 30 });
    const unit = await t.createUnit('UA');
    const officers = await createOfficers(t, 22, unit);
    for (const o of officers) {
      const res = await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie });
      expect(res.statusCode).toBe(201);
    }
    const own = await get('/api/enrolments', officers[0].cookie);
    expect(own).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(own.totalIsEstimate).toBeUndefined();
    const coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    const first = await get('/api/enrolments', coordinator.cookie);
    const second = await get('/api/enrolments?page=2', coordinator.cookie);
    expect([first.items.length, first.total, second.items.length, second.total]).toEqual([20, 22, 2, 22]);
    // Officers of another unit teaching the cohort (local trainers: as its trainer, as co-trainer) see its enrolments.
    const lead = await t.signIn('officer');
    const co = await t.signIn('officer');
    expect((await get('/api/enrolments', lead.cookie)).total).toBe(0);
    expect((await get('/api/enrolments', co.cookie)).total).toBe(0);
    await t.db.query('UPDATE cohort SET trainer_id = $1, co_trainer_id = $2 WHERE id = $3', [lead.id, co.id, cohortId]);
    for (const teacher of [lead, co]) {
      const taught = await get('/api/enrolments?pageSize=100', teacher.cookie);
      expect(taught.total).toBe(22);
      expect(new Set(taught.items.map((i) => (i as unknown as { officerId: string }).officerId))).toEqual(
        new Set(officers.map((o) => o.id)),
      );
    }
    expect((await get('/api/enrolments', officers[1].cookie)).total).toBe(1);
  });

  it('keeps the content locales a while per process, and forgets them at once when an admin adds one', async () => {
    const translations = t.app.get(TranslationsService);
    const reader = { preferred: ['kk'], reads: ['kk'] };
    expect(await translations.readerLocales(reader)).toEqual([]);
    const added = await t.inject({
      method: 'POST',
      url: '/api/content-locales',
      cookie: admin.cookie,
      payload: { code: 'kk', name: 'Қазақ тілі' },
    });
    expect(added.statusCode).toBe(201);
    expect(await translations.readerLocales(reader)).toEqual(['kk']);
    // Written behind this process's back (as another API process would): not seen until the copy is renewed.
    await t.db.query(`INSERT INTO content_locale (code, name) VALUES ('ky', 'Кыргызча')`);
    expect(await translations.readerLocales({ preferred: ['ky'], reads: [] })).toEqual([]);
    const second = await t.inject({
      method: 'POST',
      url: '/api/content-locales',
      cookie: admin.cookie,
      payload: { code: 'tg', name: 'Тоҷикӣ' },
    });
    expect(second.statusCode).toBe(201);
    expect(await translations.readerLocales({ preferred: ['ky'], reads: ['tg'] })).toEqual(['ky', 'tg']);
  });
});
