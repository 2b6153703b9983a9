import { Clock } from '../../core/clock/clock';
import { TestApp, type TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createLocalTrainers, createTrainers } from '../../../test/assignment-fixtures';

const DAY = 86400_000;
const BASE = Date.UTC(2031, 1, 3, 8); // the clock is pinned a month before

/**
 * The cohort form's trainer picker (issue 16, "Scheduling help"): the matcher's hard rules, from the matcher's
 * own SQL, say who may teach a cohort and why the others may not; the booking table still has the last word.
 */
describe('trainer picker for a cohort: qualified and free first, the others with the reason', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let courseId: string;
  let otherCourseId: string;
  const ids: Record<string, string> = {};

  const at = (days: number) => new Date(BASE + days * DAY).toISOString();

  beforeAll(async () => {
    t = await TestApp.start();
    const offset = Date.parse('2031-01-03T09:00:00Z') - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
    ({ courseId: otherCourseId } = await createPublishedCourse(t, admin));
    await t.db.query(`UPDATE course SET delivery_policy = 'local_first' WHERE id = $1`, [courseId]);
    const names = ['free', 'busy', 'language', 'unqualified', 'unavailable', 'excluded', 'disabled', 'loaded', 'kenya'];
    const rows = await createTrainers(t, names.length, { courseId, languages: ['uk'], countries: ['UA'] });
    names.forEach((n, i) => (ids[n] = rows[i].id));
    await t.db.query(`UPDATE app_user SET display_name = 'Picker ' || $2 WHERE id = $1`, [ids.free, 'free']);
    await t.db.query(`UPDATE trainer_profile SET languages = '{hy}' WHERE user_id = $1`, [ids.language]);
    await t.db.query(`UPDATE trainer_profile SET course_ids = ARRAY[$2::uuid] WHERE user_id = $1`, [
      ids.unqualified,
      otherCourseId,
    ]);
    await t.db.query(
      `INSERT INTO trainer_unavailability (trainer_id, period, reason) VALUES ($1, tstzrange($2, $3), 'leave')`,
      [ids.unavailable, at(2), at(3)],
    );
    await t.db.query(`UPDATE trainer_profile SET excluded_country_codes = '{UA}' WHERE user_id = $1`, [ids.excluded]);
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [ids.disabled]);
    await t.db.query(`UPDATE trainer_profile SET load_limit_per_quarter = 0 WHERE user_id = $1`, [ids.loaded]);
    await t.db.query(`UPDATE trainer_profile SET country_codes = '{KE}' WHERE user_id = $1`, [ids.kenya]);
    const [local] = await createLocalTrainers(t, 1, { courseId, policeUnitId: unitId, languages: ['uk'] });
    ids.local = local.id;
    // "busy" teaches a cohort over days 1–4 (an admin-scheduled cohort takes a trainer booking).
    const busy = await createCohort({ trainerId: ids.busy, from: 1, to: 4 });
    expect(busy.statusCode).toBe(201);
    ids.busyCohort = busy.json().id;
  });
  afterAll(() => t.close());

  function createCohort(o: { trainerId: string; from: number; to: number }) {
    return t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: at(o.from),
        endsAt: at(o.to),
        deliveryMode: 'in_person',
        countryCode: 'UA',
        city: 'Kyiv',
        language: 'uk',
        capacity: 20,
        trainerId: o.trainerId,
      },
    });
  }

  async function options(query: Record<string, string>, who: TestUser = admin) {
    const res = await t.inject({
      method: 'GET',
      url: `/api/trainers/for-cohort?${new URLSearchParams(query)}`,
      cookie: who.cookie,
    });
    return res;
  }

  /** Reason per known trainer (undefined: not listed). */
  async function reasons(query: Record<string, string>) {
    const res = await options(query);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { id: string; excludedBy: string | null }[]; eligible: number };
    const byId = new Map(body.items.map((i) => [i.id, i.excludedBy]));
    return { body, of: (name: string) => byId.get(ids[name]) };
  }

  const inPerson = (from: number, to: number) => ({
    courseId,
    language: 'uk',
    deliveryMode: 'in_person',
    countryCode: 'UA',
    startsAt: at(from),
    endsAt: at(to),
  });

  it('names the first rule each trainer fails; qualified and free ones come first', async () => {
    const { body, of } = await reasons(inPerson(2, 5));
    expect(of('free')).toBeNull();
    expect(of('local')).toBeNull(); // a local trainer of the country, qualified live, as the matcher has them
    expect(of('busy')).toBe('busy');
    expect(of('unavailable')).toBe('busy');
    expect(of('language')).toBe('language');
    expect(of('unqualified')).toBe('not_qualified');
    expect(of('excluded')).toBe('excluded_country');
    expect(of('disabled')).toBe('disabled');
    expect(of('loaded')).toBe('load_limit');
    expect(of('kenya')).toBe('country');
    const firstExcluded = body.items.findIndex((i) => i.excludedBy !== null);
    expect(body.eligible).toBe(firstExcluded);
    expect(body.items.slice(firstExcluded).every((i) => i.excludedBy !== null)).toBe(true);
  });

  it('agrees with the booking table: the picked free trainer is booked, and then busy for overlapping dates', async () => {
    const created = await createCohort({ trainerId: ids.free, from: 10, to: 12 });
    expect(created.statusCode).toBe(201);
    expect((await reasons(inPerson(11, 13))).of('free')).toBe('busy');
    // A trainer the picker calls busy is refused by the database guarantee when picked anyway.
    const refused = await createCohort({ trainerId: ids.busy, from: 2, to: 3 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().field).toBe('trainerId');
    // Editing that cohort, its own booking does not make its trainer busy.
    expect((await reasons({ ...inPerson(10, 12), cohortId: created.json().id })).of('free')).toBeNull();
  });

  it('an online cohort reserved for a unit takes the unit’s country for local trainers; the policy can exclude them', async () => {
    const online = { courseId, language: 'uk', deliveryMode: 'online', startsAt: at(20), endsAt: at(22) };
    expect((await reasons(online)).of('local')).toBe('local_not_eligible'); // no country to be local to
    expect((await reasons({ ...online, policeUnitId: unitId })).of('local')).toBeNull();
    expect((await reasons({ ...online, policeUnitId: unitId })).of('kenya')).toBeNull(); // experts deliver online anywhere
    await t.db.query(`UPDATE course SET delivery_policy = 'experts' WHERE id = $1`, [courseId]);
    try {
      expect((await reasons({ ...online, policeUnitId: unitId })).of('local')).toBe('local_not_eligible');
    } finally {
      await t.db.query(`UPDATE course SET delivery_policy = 'local_first' WHERE id = $1`, [courseId]);
    }
  });

  it('searches by name with a typo, refuses reversed dates and is for admins only', async () => {
    const { body } = await reasons({ ...inPerson(30, 31), q: 'Pikcer free' });
    expect(body.items[0]).toMatchObject({ id: ids.free, excludedBy: null });
    const reversed = await options(inPerson(5, 2));
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().field).toBe('endsAt');
    const coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    expect((await options(inPerson(2, 5), coordinator)).statusCode).toBe(403);
  });
});
