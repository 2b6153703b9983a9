import { TestApp, TestUser } from '../../../test/test-app';
import { suppress } from './reporting.policy';
import { UptakeCache } from './uptake-cache';

/**
 * The uptake figures are kept per API process for the rollup's snapshot (issue 21): asked again under the
 * same "as of", the figures come from memory (the rollup is not read again, so a change written into it
 * behind the refresh's back is not seen); a refresh (a new "as of") gives the new figures at once. What is
 * kept is the raw counts: each viewer still gets their own suppression and withheld areas.
 *
 * The figures are written straight into the rollup table, with fixed months and instants.
 */
describe('uptake figures kept for the rollup’s snapshot', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let cache: UptakeCache;
  const units: Record<string, string> = {};
  const AS_OF = '2026-04-01T00:00:00.000Z';
  const LATER = '2026-04-02T00:00:00.000Z';
  const PERIOD = 'from=2026-01&to=2026-03';

  const json = async (user: TestUser, url: string) => {
    const res = await t.inject({ method: 'GET', url, cookie: user.cookie });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    return res.json();
  };
  const countries = (user: TestUser) => json(user, `/api/reporting/uptake?level=country&${PERIOD}`);
  const country = async (user: TestUser, code: string) =>
    (await countries(user)).rows.find((r: { key: string }) => r.key === code);

  beforeAll(async () => {
    t = await TestApp.start();
    cache = t.app.get(UptakeCache);
    // Latvia: three units (shown to member admins, rounded); Finland: one (withheld from them), in Western
    // Europe beside France's three (so that Finland's is the only area withheld).
    for (const [key, code] of [
      ['L1', 'LV'],
      ['L2', 'LV'],
      ['L3', 'LV'],
      ['F1', 'FI'],
      ['R1', 'FR'],
      ['R2', 'FR'],
      ['R3', 'FR'],
    ])
      units[key] = await t.createUnit(code, `Unit ${key}`);
    for (const [unit, month, enrolments] of [
      ['L1', '2026-01', 13],
      ['L2', '2026-02', 10],
      ['F1', '2026-01', 12],
      ['R1', '2026-01', 30],
      ['R2', '2026-02', 9],
    ] as const)
      await t.db.query(
        `INSERT INTO uptake_unit_month (police_unit_id, month, enrolments, completions) VALUES ($1, $2, $3, 0)`,
        [units[unit], `${month}-01`, enrolments],
      );
    await t.db.query(`INSERT INTO uptake_refresh (id, as_of, duration_ms) VALUES (1, $1, 1)`, [AS_OF]);
    admin = await t.signIn('admin');
    member = await t.signIn('member_admin');
  });
  afterAll(() => t?.close());

  it('reads the rollup once per snapshot: asked again, the kept figures; after a refresh, the new ones', async () => {
    const first = await countries(admin);
    expect(first.asOf).toBe(AS_OF);
    expect(first.rows.find((r: { key: string }) => r.key === 'LV').enrolments).toBe(23);
    const loads = cache.misses;

    // Written behind the refresh's back, under the same "as of": not read.
    await t.db.query(`UPDATE uptake_unit_month SET enrolments = enrolments + 100 WHERE police_unit_id = $1`, [
      units.L1,
    ]);
    const again = await countries(admin);
    expect(again).toEqual(first);
    expect(cache.misses).toBe(loads);

    // A refresh: a new "as of", so the figures are read again, with the change.
    await t.db.query(`UPDATE uptake_refresh SET as_of = $1`, [LATER]);
    const fresh = await countries(admin);
    expect(fresh.asOf).toBe(LATER);
    expect(fresh.rows.find((r: { key: string }) => r.key === 'LV').enrolments).toBe(123);
    expect(cache.misses).toBe(loads + 1);

    // The monthly series is kept the same way.
    const series = await json(admin, `/api/reporting/uptake/series?country=LV&${PERIOD}`);
    const seriesLoads = cache.misses;
    expect(await json(admin, `/api/reporting/uptake/series?country=LV&${PERIOD}`)).toEqual(series);
    expect(cache.misses).toBe(seriesLoads);
    expect(series.months.map((m: { enrolments: number }) => m.enrolments)).toEqual([113, 10, 0]);
  });

  it('keeps counts, not answers: after an admin’s exact figures, a member admin still gets rounded and withheld ones', async () => {
    await t.db.query(`UPDATE uptake_refresh SET as_of = $1`, ['2026-04-03T00:00:00.000Z']);
    const exact = await country(admin, 'LV');
    const exactFinland = await country(admin, 'FI');
    expect({ lv: exact.enrolments, fi: exactFinland.enrolments }).toEqual({ lv: 123, fi: 12 });
    const loads = cache.misses;

    const shown = await country(member, 'LV');
    const finland = await country(member, 'FI');
    // The same kept rows (no new read), suppressed for this viewer.
    expect(cache.misses).toBe(loads);
    expect(shown.enrolments).toBe(suppress(123, true));
    expect(shown.enrolments).not.toBe(123);
    expect(finland).toMatchObject({ withheld: true, enrolments: null });

    // And the admin's answer after the member admin's is exact again.
    expect((await country(admin, 'LV')).enrolments).toBe(123);
  });
});
