import { Clock } from '../../core/clock/clock';
import { TestApp, type TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers } from '../../../test/assignment-fixtures';

const DAY = 86400_000;
const NOW = Date.parse('2031-01-03T09:00:00Z');

/** The cohort list as people expect it (issue 16): upcoming first by the application's clock, and its filters. */
describe('cohort list: upcoming first, date span, country, trainer, sort', () => {
  let t: TestApp;
  let admin: TestUser;
  let courseId: string;
  let trainerId: string;
  const c: Record<string, string> = {};
  const at = (days: number) => new Date(NOW + days * DAY);

  beforeAll(async () => {
    t = await TestApp.start();
    // The application's clock, not the machine's, decides what is upcoming.
    const offset = NOW - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
    ({ courseId } = await createPublishedCourse(t, admin));
    [{ id: trainerId }] = await createTrainers(t, 1, { courseId, countries: ['KE'] });
    // Past and running cohorts straight in the database (the API refuses starts in the past).
    const insert = async (name: string, from: number, to: number, status: string, country: string | null) => {
      const [row] = await t.db.query(
        `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, status)
         VALUES ($1, $2, $3, $4, 'en', $5, $6, 20, $7) RETURNING id`,
        [courseId, at(from), at(to), country ? 'in_person' : 'online', country, country ? 'City' : null, status],
      );
      c[name] = row.id;
    };
    await insert('longAgo', -400, -395, 'completed', 'UA');
    await insert('lastMonth', -30, -25, 'completed', 'KE');
    await insert('running', -2, 3, 'running', null);
    const create = async (name: string, from: number, to: number, extra: Record<string, unknown>) => {
      const res = await t.inject({
        method: 'POST',
        url: '/api/cohorts',
        cookie: admin.cookie,
        payload: { courseId, startsAt: at(from), endsAt: at(to), language: 'en', capacity: 20, ...extra },
      });
      expect(res.statusCode).toBe(201);
      c[name] = res.json().id;
    };
    await create('nextYear', 365, 370, { deliveryMode: 'online' });
    await create('nextWeek', 7, 9, { deliveryMode: 'in_person', countryCode: 'KE', city: 'Nairobi', trainerId });
    await create('nextMonth', 30, 32, { deliveryMode: 'in_person', countryCode: 'UA', city: 'Kyiv' });
  });
  afterAll(() => t.close());

  async function list(query: string, cookie = admin.cookie): Promise<string[]> {
    const res = await t.inject({
      method: 'GET',
      url: `/api/cohorts?courseId=${courseId}&pageSize=100${query}`,
      cookie,
    });
    expect(res.statusCode).toBe(200);
    const names = Object.fromEntries(Object.entries(c).map(([k, v]) => [v, k]));
    return res.json().items.map((i: { id: string }) => names[i.id]);
  }

  it('lists cohorts not yet ended first, soonest first, then ended ones, latest first', async () => {
    expect(await list('')).toEqual(['running', 'nextWeek', 'nextMonth', 'nextYear', 'lastMonth', 'longAgo']);
    expect(await list('&sort=upcoming')).toEqual(await list(''));
    expect(await list('&sort=starts')).toEqual([
      'longAgo',
      'lastMonth',
      'running',
      'nextWeek',
      'nextMonth',
      'nextYear',
    ]);
    expect(await list('&sort=-starts')).toEqual([
      'nextYear',
      'nextMonth',
      'nextWeek',
      'running',
      'lastMonth',
      'longAgo',
    ]);
  });

  it('follows the application clock: a year on, last year’s cohorts are past', async () => {
    const clock = t.app.get(Clock);
    const before = clock.now;
    clock.now = () => at(366);
    try {
      // (a session opened at that time: sessions expire by the same clock)
      const cookie = await t.sessionCookie(admin.id);
      expect(await list('', cookie)).toEqual(['nextYear', 'nextMonth', 'nextWeek', 'running', 'lastMonth', 'longAgo']);
    } finally {
      clock.now = before;
    }
  });

  it('filters by the span it runs in (from/to, dates as UTC days), country, trainer and status', async () => {
    const day = (n: number) => at(n).toISOString().slice(0, 10);
    expect(await list(`&from=${day(0)}&to=${day(31)}`)).toEqual(['running', 'nextWeek', 'nextMonth']);
    // `to` includes its whole day: a cohort starting that day is in.
    expect(await list(`&from=${day(7)}&to=${day(7)}`)).toEqual(['nextWeek']);
    expect(await list(`&to=${day(-1)}`)).toEqual(['running', 'lastMonth', 'longAgo']);
    expect(await list('&countryCode=UA')).toEqual(['nextMonth', 'longAgo']);
    expect(await list(`&trainerId=${trainerId}`)).toEqual(['nextWeek']);
    // The admin home's "starting soon without a trainer" link.
    expect(await list(`&withoutTrainer=true&from=${day(0)}&to=${day(31)}`)).toEqual(['running', 'nextMonth']);
    expect(await list('&withoutTrainer=false')).toEqual(await list(''));
    expect(await list('&status=completed&sort=starts')).toEqual(['longAgo', 'lastMonth']);
  });

  it('refuses malformed filters with the field named', async () => {
    for (const [query, field] of [
      ['&from=yesterday', 'from'],
      ['&to=2031-02-30', 'to'],
      ['&countryCode=ua', 'countryCode'],
      ['&trainerId=nope', 'trainerId'],
      ['&withoutTrainer=yes', 'withoutTrainer'],
      ['&sort=title', 'sort'],
    ]) {
      const res = await t.inject({ method: 'GET', url: `/api/cohorts?${query.slice(1)}`, cookie: admin.cookie });
      expect(res.statusCode).toBe(400);
      expect(res.json().field ?? res.json().errors?.[0]?.field).toBe(field);
    }
  });
});
