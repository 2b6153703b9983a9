import { randomBytes } from 'node:crypto';
import { SUPPRESSED_COUNT, withheldAreas } from '@icspa/domain';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers } from '../../../test/assignment-fixtures';

jest.setTimeout(120_000);

/**
 * The cascade's per-country views outside an admin's view, attacked as the uptake figures are in
 * uptake-privacy.integration-spec.ts: a member admin reading one police unit's figures from a country that
 * holds a single unit (Finland), directly, month by month, or as a difference (their firm's reach less the
 * countries shown). The strongest form of the last: every answer a member admin gets is the same before and
 * after the withheld country's rows change (more officers seated, another local trainer, more cohorts), so
 * no combination of answers can tell anything about them; an admin's answers change (the change mattered).
 *
 * Expected figures come from walking the raw rows in JavaScript, not from the feature's SQL.
 */

const PERIOD = 'from=2029-01&to=2029-06';
const round = (n: number) => (n === 0 ? 0 : n < 5 ? SUPPRESSED_COUNT : Math.round(n / 5) * 5);

describe('cascade reach per country outside an admin’s view: withheld countries, no differencing', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let firm: string;
  let expert: string;
  let courseId: string;
  const units: Record<string, string> = {};
  const cohorts: Record<string, string> = {};
  const tag = randomBytes(3).toString('hex');
  let officerNo = 0;

  const officer = async (unit: string) => {
    const [{ id }] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id) VALUES ($1, $2, 'officer', 'unused', $3) RETURNING id`,
      [`privacy-${tag}-${++officerNo}@example.test`, `Офіцер ${officerNo}`, units[unit]],
    );
    return id as string;
  };
  const cohort = async (key: string, trainer: string, coTrainer: string | null, unit: string, month: string) => {
    const [{ id }] = await t.db.query(
      `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, trainer_id, co_trainer_id, status, police_unit_id)
       VALUES ($1, $2::timestamptz, $2::timestamptz + interval '2 days', 'online', 'uk', 200, $3, $4, 'completed', $5) RETURNING id`,
      [courseId, `${month}-10T08:00:00Z`, trainer, coTrainer, units[unit]],
    );
    cohorts[key] = id;
    return id as string;
  };
  const seat = async (cohortKey: string, unit: string, n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = await officer(unit);
      await t.db.query(
        `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) VALUES ($1, $2, $3, 'completed')`,
        [cohorts[cohortKey], courseId, id],
      );
      ids.push(id);
    }
    return ids;
  };
  const makeLocal = (userId: string, country: string, trainedIn: string) =>
    t.db.query(
      `INSERT INTO trainer_profile (user_id, languages, course_ids, country_codes, local_since, trained_in_cohort_id)
       VALUES ($1, '{uk}', ARRAY[$2]::uuid[], ARRAY[$3]::char(2)[], '2029-01-01T00:00:00Z', $4)`,
      [userId, courseId, country, cohorts[trainedIn]],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    firm = await t.createFirm();
    member = await t.signIn('member_admin', { memberFirmId: firm });
    courseId = (await createPublishedCourse(t, admin)).courseId;
    expert = (await createTrainers(t, 1, { courseId, firms: [firm], countries: ['LV', 'FI'] }))[0].id;
    // Latvia: three units (shown). Finland: a single unit (its figures would be that unit's). Sweden, beside
    // Finland in western Europe, holds three units and no delivery (withheld beside Finland, the complement).
    for (const [key, country] of [
      ['LV1', 'LV'],
      ['LV2', 'LV'],
      ['LV3', 'LV'],
      ['FI1', 'FI'],
      ['SE1', 'SE'],
      ['SE2', 'SE'],
      ['SE3', 'SE'],
    ])
      units[key] = await t.createUnit(country, `Unit ${key}`);

    // The expert teaches in both countries; each country gets a local trainer who teaches in turn.
    await cohort('lv-expert', expert, null, 'LV1', '2029-02');
    const [latvianLocal] = await seat('lv-expert', 'LV2', 7);
    await cohort('fi-expert', expert, null, 'FI1', '2029-02');
    const [finnishLocal] = await seat('fi-expert', 'FI1', 6);
    await makeLocal(latvianLocal, 'LV', 'lv-expert');
    await makeLocal(finnishLocal, 'FI', 'fi-expert');
    await cohort('lv-local', latvianLocal, null, 'LV3', '2029-03');
    await seat('lv-local', 'LV3', 9);
    await cohort('lv-co', expert, latvianLocal, 'LV1', '2029-04');
    await seat('lv-co', 'LV1', 4);
    await cohort('fi-local', finnishLocal, null, 'FI1', '2029-03');
    await seat('fi-local', 'FI1', 8);
  }, 200_000);
  afterAll(() => t.close());

  const get = async (user: TestUser, url: string) => {
    const res = await t.inject({ method: 'GET', url, cookie: user.cookie });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    return res.json();
  };

  /** Every cascade answer a member admin can ask for, every way the API allows. */
  const everything = async (user: TestUser) => {
    const answers: Record<string, unknown> = {};
    for (const url of [
      '/api/reporting/cascade/firms',
      `/api/reporting/cascade/firms?memberFirmId=${firm}`,
      '/api/reporting/cascade/countries',
      '/api/reporting/cascade/countries?region=eastern-europe',
      '/api/reporting/cascade/countries?region=western-europe',
      `/api/reporting/cascade/countries/LV?${PERIOD}`,
      `/api/reporting/cascade/countries/FI?${PERIOD}`,
      '/api/reporting/cascade/countries/FI?from=2029-03&to=2029-03',
      '/api/reporting/cascade/countries/FI',
    ])
      answers[url] = await get(user, url);
    return answers;
  };

  /** The figures by walking the raw rows, counting only officers and local trainers of `countries`. */
  async function walk(countries: Set<string>) {
    const cohortRows: {
      id: string;
      trainer_id: string;
      co_trainer_id: string | null;
      starts_at: Date;
      country: string;
    }[] = await t.db.query(
      `SELECT co.id, co.trainer_id, co.co_trainer_id, co.starts_at, u.country_code AS country
           FROM cohort co JOIN police_unit u ON u.id = co.police_unit_id WHERE co.status <> 'cancelled'`,
    );
    const seats: { cohort_id: string; officer_id: string; country: string }[] = await t.db.query(
      `SELECT e.cohort_id, e.officer_id, u.country_code AS country FROM enrolment e
         JOIN app_user o ON o.id = e.officer_id JOIN police_unit u ON u.id = o.police_unit_id
        WHERE e.status IN ('enrolled', 'completed', 'failed')`,
    );
    const locals: { user_id: string; trained_in_cohort_id: string; country: string }[] = await t.db.query(
      `SELECT user_id, trained_in_cohort_id, country_codes[1] AS country FROM trainer_profile WHERE local_since IS NOT NULL`,
    );
    const byCohort = new Map(cohortRows.map((c) => [c.id, c]));
    const taught = (trainers: Set<string>) =>
      new Set(
        seats
          .filter((s) => countries.has(s.country))
          .filter((s) => {
            const c = byCohort.get(s.cohort_id);
            return c && (trainers.has(c.trainer_id) || (c.co_trainer_id !== null && trainers.has(c.co_trainer_id)));
          })
          .map((s) => s.officer_id),
      );
    // The firm's single expert's descendants (one generation in this fixture: checked below).
    const children = locals.filter((l) => {
      const c = byCohort.get(l.trained_in_cohort_id);
      return c && (c.trainer_id === expert || c.co_trainer_id === expert);
    });
    expect(locals.every((l) => children.includes(l))).toBe(true);
    const shownChildren = children.filter((l) => countries.has(l.country));
    const localIds = new Set(locals.map((l) => l.user_id));
    const firmFigures = {
      direct: taught(new Set([expert])).size,
      cascade: taught(new Set(children.map((l) => l.user_id))).size,
      localTrainers: shownChildren.length,
      generations: shownChildren.length ? 1 : 0,
    };
    const country = (code: string) => {
      const inCountry = seats.filter((s) => s.country === code);
      const reachedBy = (local: boolean) =>
        new Set(
          inCountry
            .filter((s) => {
              const c = byCohort.get(s.cohort_id)!;
              return [c.trainer_id, c.co_trainer_id].some((tr) => tr !== null && localIds.has(tr) === local);
            })
            .map((s) => s.officer_id),
        ).size;
      return {
        localTrainers: locals.filter((l) => l.country === code).length,
        byExperts: reachedBy(false),
        byLocalTrainers: reachedBy(true),
      };
    };
    const months = (code: string) =>
      ['2029-01', '2029-02', '2029-03', '2029-04', '2029-05', '2029-06'].map((month) => {
        const of = cohortRows.filter((c) => c.country === code && c.starts_at.toISOString().startsWith(month));
        return {
          month,
          local: of.filter((c) => !c.co_trainer_id && localIds.has(c.trainer_id)).length,
          expert: of.filter((c) => !c.co_trainer_id && !localIds.has(c.trainer_id)).length,
          coDelivered: of.filter((c) => c.co_trainer_id).length,
        };
      });
    return { firmFigures, country, months };
  }

  it('Finland (one unit) is withheld everywhere a member admin looks; Latvia is shown, rounded, equal to a walk of the rows', async () => {
    const areas: { code: string; region: string; units: number }[] = await t.db.query(
      `SELECT c.code::text AS code, c.region_code::text AS region, count(pu.id)::int AS units
         FROM country c LEFT JOIN police_unit pu ON pu.country_code = c.code GROUP BY 1, 2`,
    );
    const hidden = withheldAreas(areas).countries;
    expect(hidden.has('FI')).toBe(true);
    expect(hidden.has('LV')).toBe(false);
    const shown = new Set(areas.map((a) => a.code).filter((c) => !hidden.has(c)));
    const expected = await walk(shown);

    const countries = await get(member, '/api/reporting/cascade/countries');
    expect(countries.suppressed).toBe(true);
    const fi = countries.items.find((c: { countryCode: string }) => c.countryCode === 'FI');
    expect(fi).toEqual({
      countryCode: 'FI',
      name: expect.any(String),
      regionCode: 'western-europe',
      withheld: true,
      localTrainers: null,
      byExperts: null,
      byLocalTrainers: null,
      generations: null,
    });
    // Every withheld country with police units is listed, delivery or not (the list says nothing about them).
    for (const a of areas)
      if (hidden.has(a.code) && a.units > 0)
        expect(countries.items.find((c: { countryCode: string }) => c.countryCode === a.code)?.withheld).toBe(true);
    const lv = expected.country('LV');
    expect(countries.items.find((c: { countryCode: string }) => c.countryCode === 'LV')).toEqual({
      countryCode: 'LV',
      name: expect.any(String),
      regionCode: 'eastern-europe',
      withheld: false,
      localTrainers: round(lv.localTrainers),
      byExperts: round(lv.byExperts),
      byLocalTrainers: round(lv.byLocalTrainers),
      generations: 1,
    });

    const fiSeries = await get(member, `/api/reporting/cascade/countries/FI?${PERIOD}`);
    expect(fiSeries).toMatchObject({ countryCode: 'FI', from: '2029-01', to: '2029-06', withheld: true });
    expect(fiSeries.months).toHaveLength(6);
    for (const m of fiSeries.months)
      expect(m).toEqual({ month: m.month, local: null, expert: null, coDelivered: null });
    const lvSeries = await get(member, `/api/reporting/cascade/countries/LV?${PERIOD}`);
    expect(lvSeries).toMatchObject({ countryCode: 'LV', withheld: false, suppressed: true });
    expect(lvSeries.months).toEqual(
      expected.months('LV').map((m) => ({
        month: m.month,
        local: round(m.local),
        expert: round(m.expert),
        coDelivered: round(m.coDelivered),
      })),
    );

    // The firm's reach counts only officers and local trainers of the countries shown: their firm's reach
    // less Latvia's can then never be Finland's.
    const [own] = (await get(member, '/api/reporting/cascade/firms')).items;
    expect(own).toMatchObject({
      memberFirmId: firm,
      direct: round(expected.firmFigures.direct),
      cascade: round(expected.firmFigures.cascade),
      localTrainers: round(expected.firmFigures.localTrainers),
      generations: expected.firmFigures.generations,
    });

    // An admin sees Finland exactly, from the same walk over every country.
    const all = await walk(new Set(areas.map((a) => a.code)));
    const adminCountries = await get(admin, '/api/reporting/cascade/countries');
    expect(adminCountries.items.find((c: { countryCode: string }) => c.countryCode === 'FI')).toEqual({
      countryCode: 'FI',
      name: expect.any(String),
      regionCode: 'western-europe',
      withheld: false,
      generations: 1,
      ...all.country('FI'),
    });
    expect((await get(admin, '/api/reporting/cascade/firms')).items).toContainEqual(
      expect.objectContaining({ memberFirmId: firm, ...all.firmFigures }),
    );
    expect((await get(admin, `/api/reporting/cascade/countries/FI?${PERIOD}`)).months).toEqual(all.months('FI'));
  });

  it('no member-admin answer changes when Finland’s rows change (no difference of answers can reveal them)', async () => {
    const memberBefore = await everything(member);
    const adminBefore = await everything(admin);
    // Finland only: more officers in the expert's and the local trainer's cohorts, a second local trainer
    // (trained by the expert) who teaches a cohort of their own, and a co-delivered cohort.
    await seat('fi-expert', 'FI1', 11);
    await seat('fi-local', 'FI1', 12);
    const [second] = await seat('fi-expert', 'FI1', 1);
    await makeLocal(second, 'FI', 'fi-expert');
    await cohort('fi-local-2', second, null, 'FI1', '2029-05');
    await seat('fi-local-2', 'FI1', 6);
    await cohort('fi-co', expert, second, 'FI1', '2029-03');
    await seat('fi-co', 'FI1', 5);

    const memberAfter = await everything(member);
    expect(memberAfter).toEqual(memberBefore);
    // The change was material: every one of these admin answers moved.
    const adminAfter = await everything(admin);
    for (const url of [
      '/api/reporting/cascade/firms',
      '/api/reporting/cascade/countries',
      `/api/reporting/cascade/countries/FI?${PERIOD}`,
    ])
      expect({ url, answer: adminAfter[url] }).not.toEqual({ url, answer: adminBefore[url] });
  });

  it('per-expert reach stays with admins; officers and coordinators see no cascade country', async () => {
    expect(
      (await t.inject({ method: 'GET', url: '/api/reporting/cascade/experts', cookie: member.cookie })).statusCode,
    ).toBe(403);
    for (const role of ['officer', 'coordinator', 'trainer'] as const) {
      const user = await t.signIn(role, { policeUnitId: units.LV1, memberFirmId: firm });
      for (const url of ['/api/reporting/cascade/countries', `/api/reporting/cascade/countries/LV?${PERIOD}`])
        expect({ role, url, status: (await t.inject({ method: 'GET', url, cookie: user.cookie })).statusCode }).toEqual(
          { role, url, status: 403 },
        );
    }
  });

  it('the monthly series checks its period and country', async () => {
    for (const [url, status] of [
      ['/api/reporting/cascade/countries/LV?from=2029-06&to=2029-01', 400],
      ['/api/reporting/cascade/countries/LV?from=2019-01&to=2029-06', 400],
      ['/api/reporting/cascade/countries/LV?from=2029-13', 400],
      ['/api/reporting/cascade/countries/LV?from=2029-01%00', 400],
      ['/api/reporting/cascade/countries/lv', 400],
      ['/api/reporting/cascade/countries/QQ', 404],
    ] as const)
      expect({ url, status: (await t.inject({ method: 'GET', url, cookie: member.cookie })).statusCode }).toEqual({
        url,
        status,
      });
  });
});
