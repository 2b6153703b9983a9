import { randomUUID } from 'node:crypto';
import { TestApp, TestUser } from '../../../test/test-app';
import type { UptakeRowDto } from './dtos/uptake.dto';

/**
 * Attacks on the figures shown outside an admin's view, each written as the attacker would run it: a
 * coordinator recovering the country's exact totals from its mean unit (mean × units, the completion rate)
 * and hidden counts by differencing periods, and a member admin reading one police unit's figures from a
 * country (or region) that holds a single unit, directly or as a region less its other countries.
 *
 * The figures are written straight into the rollup tables (the dashboard reads nothing else), with fixed
 * months, so the counts are exact and nothing depends on today's date.
 */

interface Seat {
  unit: string;
  month: string;
  enrolments: number;
  completions: number;
  /** The course taught (c1 unless said): c1 is on fraud, c2 on OSINT. */
  course?: 'c1' | 'c2';
}

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
/** Every period the month filters allow within the fixture: [from, to]. */
const RANGES = MONTHS.flatMap((from, i) => MONTHS.slice(i).map((to) => [from, to] as const));

describe('uptake figures outside an admin’s view resist differencing', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let coordinator: TestUser;
  const units: Record<string, string> = {};
  const courses: Record<string, string> = {};
  /** Every filter the API allows beside the period: none, each course, each topic. */
  const filters = () => ['', `&courseId=${courses.c1}`, `&courseId=${courses.c2}`, '&topic=fraud', '&topic=osint'];

  const get = async (user: TestUser, url: string) => {
    const res = await t.inject({ method: 'GET', url, cookie: user.cookie });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    return res;
  };
  const json = async (user: TestUser, url: string) => (await get(user, url)).json();

  /** Seat-holding enrolments per unit and month, each enrolment a distinct officer. */
  async function seats(rows: Seat[]) {
    for (const r of rows) {
      const params = [units[r.unit], `${r.month}-01`, r.enrolments, r.completions];
      await t.db.query(
        `INSERT INTO uptake_unit_month (police_unit_id, month, enrolments, completions) VALUES ($1, $2, $3, $4)
         ON CONFLICT (month, police_unit_id) DO UPDATE
         SET enrolments = uptake_unit_month.enrolments + $3, completions = uptake_unit_month.completions + $4`,
        params,
      );
      const course = courses[r.course ?? 'c1'];
      await t.db.query(
        `INSERT INTO uptake_unit_course_month (police_unit_id, month, enrolments, completions, course_id) VALUES ($1, $2, $3, $4, $5)`,
        [...params, course],
      );
      for (let i = 0; i < r.enrolments; i++) {
        const officer = randomUUID();
        await t.db.query(`INSERT INTO uptake_officer (officer_id, police_unit_id, months) VALUES ($1, $2, $3)`, [
          officer,
          units[r.unit],
          [`${r.month}-01`],
        ]);
        await t.db.query(
          `INSERT INTO uptake_officer_course (officer_id, police_unit_id, months, course_id) VALUES ($1, $2, $3, $4)`,
          [officer, units[r.unit], [`${r.month}-01`], course],
        );
      }
    }
  }

  beforeAll(async () => {
    t = await TestApp.start();
    // Eastern Europe: Latvia with three units (the coordinator's is L1). Western Europe: Finland with a
    // single unit, France with three.
    for (const [key, country] of [
      ['L1', 'LV'],
      ['L2', 'LV'],
      ['L3', 'LV'],
      ['F1', 'FI'],
      ['R1', 'FR'],
      ['R2', 'FR'],
      ['R3', 'FR'],
    ])
      units[key] = await t.createUnit(country, `Unit ${key}`);
    for (const [key, topic] of [
      ['c1', 'fraud'],
      ['c2', 'osint'],
    ])
      courses[key] = (
        await t.db.query(
          `INSERT INTO course (code, title, summary, level, topics, hours, status) VALUES ($1, $1, '', 'foundation', $2, 8, 'published') RETURNING id`,
          [key.toUpperCase(), [topic]],
        )
      )[0].id;
    await seats([
      // Latvia: 33 enrolments in January to March (13 completed), and 2 more in April, both completed:
      // April's 2 is a hidden count ("<5") wherever Latvia's months are shown.
      { unit: 'L1', month: '2026-01', enrolments: 15, completions: 5 },
      { unit: 'L1', month: '2026-01', enrolments: 5, completions: 2, course: 'c2' },
      { unit: 'L2', month: '2026-02', enrolments: 10, completions: 6 },
      { unit: 'L3', month: '2026-03', enrolments: 3, completions: 0 },
      { unit: 'L2', month: '2026-04', enrolments: 2, completions: 2 },
      // Finland's only unit, and France.
      { unit: 'F1', month: '2026-01', enrolments: 12, completions: 6 },
      { unit: 'R1', month: '2026-01', enrolments: 30, completions: 10 },
      { unit: 'R2', month: '2026-02', enrolments: 9, completions: 5 },
    ]);
    admin = await t.signIn('admin');
    member = await t.signIn('member_admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: units.L1 });
  });

  afterAll(() => t?.close());

  /** Latvia's figures as a member admin is shown them for a period. */
  const latviaShown = async (from: string, to: string, filter = ''): Promise<UptakeRowDto> =>
    (await json(member, `/api/reporting/uptake?level=country&country=LV&from=${from}&to=${to}${filter}`)).rows[0];
  const myUnit = (from: string, to: string, filter = '') =>
    json(coordinator, `/api/reporting/uptake/my-unit?from=${from}&to=${to}${filter}`);
  /** The attacker's step: the country total a mean stands for. */
  const totalFrom = (mean: number, countryUnits: number) => Math.round(mean * countryUnits * 10) / 10;

  describe('a coordinator’s country mean', () => {
    it('gives back no more than the rounded country total (mean × units), never the exact one', async () => {
      const mine = await myUnit('2026-01', '2026-03');
      expect(mine.countryUnits).toBe(3);
      const exact = (await json(admin, `/api/reporting/uptake?level=country&country=LV&from=2026-01&to=2026-03`))
        .rows[0] as UptakeRowDto;
      expect(exact.enrolments).toBe(33);
      const shown = await latviaShown('2026-01', '2026-03');
      expect(shown.enrolments).toBe(35);
      const recovered = totalFrom(mine.countryAverage.enrolments, mine.countryUnits);
      // On the exact mean (11.0) the attacker gets 33; from the rounded total, 35 (± the mean's rounding).
      expect(Math.abs(recovered - 35)).toBeLessThanOrEqual(0.05 * mine.countryUnits);
      expect(Math.round(recovered)).not.toBe(33);
    });

    it('cannot be differenced across two periods to reveal a hidden monthly count', async () => {
      // April's 2 Latvian enrolments are hidden in the monthly series.
      const series = await json(member, `/api/reporting/uptake/series?country=LV&from=2026-04&to=2026-04`);
      expect(series.months[0].enrolments).toBe('<5');
      const march = await myUnit('2026-01', '2026-03');
      const april = await myUnit('2026-01', '2026-04');
      for (const f of ['enrolments', 'officersEnrolled', 'completions'] as const) {
        const diff =
          totalFrom(april.countryAverage[f], april.countryUnits) -
          totalFrom(march.countryAverage[f], march.countryUnits);
        // Only rounded totals differ: a multiple of 5 (up to the means' own rounding), never April's 2.
        expect({ f, diff: Math.round(diff) % 5 }).toEqual({ f, diff: 0 });
        expect({ f, diff: Math.round(diff) }).not.toEqual({ f, diff: 2 });
      }
    });

    it('tells no period or course filter, however chosen, more than a member admin is shown for the country', async () => {
      for (const [from, to] of RANGES) {
        for (const filter of filters()) {
          const [mine, shown] = await Promise.all([myUnit(from, to, filter), latviaShown(from, to, filter)]);
          for (const f of ['enrolments', 'completions', 'officersEnrolled'] as const) {
            const mean = mine.countryAverage[f];
            if (mean === null) continue;
            // mean × units is the shown total, give or take the mean's own rounding to 0.1 (never the exact one).
            const recovered = totalFrom(mean, mine.countryUnits);
            expect({
              from,
              to,
              filter,
              f,
              near: Math.abs(recovered - (shown[f] as number)) <= 0.05 * mine.countryUnits,
            }).toEqual({ from, to, filter, f, near: true });
          }
        }
      }
    });

    it('takes the completion rate from the rounded counts, so it cannot give the exact ones back', async () => {
      for (const [from, to] of RANGES) {
        for (const filter of filters()) {
          const [mine, shown] = await Promise.all([myUnit(from, to, filter), latviaShown(from, to, filter)]);
          const rate = mine.countryAverage.completionRate;
          if (rate === null) continue;
          // On the exact counts January to March gives 13/33 = 0.394: 0.394 × 33 = 13 completions exactly.
          expect({ from, to, filter, rate }).toEqual({
            from,
            to,
            filter,
            rate: Math.round(((shown.completions as number) / (shown.enrolments as number)) * 1000) / 1000,
          });
        }
      }
      const mine = await myUnit('2026-01', '2026-03');
      expect(mine.countryAverage.completionRate).not.toBe(0.394);
    });
  });

  describe('a member admin, in areas of fewer than 3 police units', () => {
    const withheldRow = (row: UptakeRowDto) => {
      expect(row.withheld).toBe(true);
      expect({ key: row.key, enrolments: row.enrolments, officers: row.officersEnrolled }).toEqual({
        key: row.key,
        enrolments: null,
        officers: null,
      });
      const { key, name, regionCode, countryCode, hotspot, withheld, unitsKnown, ...figures } = row;
      void [key, name, regionCode, countryCode, hotspot, withheld, unitsKnown];
      expect(Object.values(figures).every((v) => v === null)).toBe(true);
    };

    it('sees no figure of a single-unit country, however asked', async () => {
      const q = 'from=2026-01&to=2026-04';
      const countries = await json(member, `/api/reporting/uptake?level=country&${q}`);
      const fi = countries.rows.find((r: UptakeRowDto) => r.key === 'FI');
      withheldRow(fi);
      expect(fi.unitsKnown).toBe(1);
      // The country as a filter: its row, the total, the region row it reduces to, and its trend.
      const only = await json(member, `/api/reporting/uptake?level=country&country=FI&${q}`);
      withheldRow(only.rows[0]);
      withheldRow(only.total);
      const asRegion = await json(member, `/api/reporting/uptake?level=region&country=FI&${q}`);
      for (const row of asRegion.rows) withheldRow(row);
      withheldRow(asRegion.total);
      const series = await json(member, `/api/reporting/uptake/series?country=FI&${q}`);
      expect(series.withheld).toBe(true);
      for (const m of series.months)
        expect([m.enrolments, m.completions, m.cohortsDelivered, m.requestsRaised, m.requestsFilled]).toEqual([
          null,
          null,
          null,
          null,
          null,
        ]);
      const csv = (await get(member, `/api/reporting/uptake/export?table=areas&level=country&country=FI&${q}`)).body;
      // The figures' lines (the export stamp's line holds today's date and time, which may well hold a 12).
      const figures = csv.split('\n').filter((line: string) => !line.includes('# Exported by'));
      expect(figures.length).toBeGreaterThan(2);
      expect(figures.join('\n')).not.toContain('12');
      // Admins keep the exact figures.
      const exact = await json(admin, `/api/reporting/uptake?level=country&country=FI&${q}`);
      expect(exact.rows[0]).toEqual(expect.objectContaining({ withheld: false, enrolments: 12, completions: 6 }));
    });

    it('cannot subtract the region’s other countries from the region to get the single unit back', async () => {
      const q = 'from=2026-01&to=2026-04';
      const region = (await json(member, `/api/reporting/uptake?level=region&region=western-europe&${q}`)).rows[0];
      // Western Europe (4 units) is shown: FI's unit with France's three.
      expect(region).toEqual(expect.objectContaining({ withheld: false, unitsKnown: 4, enrolments: 50 }));
      const countries = (await json(member, `/api/reporting/uptake?level=country&region=western-europe&${q}`)).rows;
      const shown = countries.filter((r: UptakeRowDto) => !r.withheld);
      // Region less the shown countries must not be one country's single unit: France is withheld with Finland.
      const remainder = region.unitsKnown - shown.reduce((sum: number, r: UptakeRowDto) => sum + r.unitsKnown, 0);
      expect(remainder === 0 || remainder >= 3).toBe(true);
      withheldRow(countries.find((r: UptakeRowDto) => r.key === 'FR'));
      // Latvia, with three units and in a region of its own, is shown.
      const latvia = await latviaShown('2026-01', '2026-04');
      expect(latvia).toEqual(expect.objectContaining({ withheld: false, enrolments: 35 }));
    });
  });
  describe('plan delivery (issue 18)', () => {
    const AS_OF = '2026-05-01T00:00:00.000Z';
    const planDelivery = (user: TestUser, query = '') => json(user, `/api/reporting/uptake/plan-delivery${query}`);
    /** Quarter → [planned, trained, certified, delivery]. */
    const byQuarter = (body: {
      quarters: { quarter: string; planned: unknown; trained: unknown; certified: unknown; delivery: unknown }[];
    }) => Object.fromEntries(body.quarters.map((q) => [q.quarter, [q.planned, q.trained, q.certified, q.delivery]]));

    beforeAll(async () => {
      // Latvia (three units, shown to a member admin): a small plan in the first quarter, a larger one after.
      await t.db.query(
        `INSERT INTO uptake_plan_delivery (country_code, quarter, planned, trained, certified)
         VALUES ('LV', '2027-Q1', 3, 1, 0), ('LV', '2027-Q2', 27, 13, 6), ('LV', '2027-Q3', 200, 199, 0)`,
      );
      await t.db.query(
        `INSERT INTO uptake_refresh (id, as_of, duration_ms) VALUES (1, $1, 1)
         ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of`,
        [AS_OF],
      );
    });

    it('gives a member admin delivery from the counts as shown, none where either is "<5"', async () => {
      const theirs = await planDelivery(member, '?country=LV');
      expect(theirs.suppressed).toBe(true);
      // Q1: 3 planned, 1 trained, both "<5": a percentage would rest on hidden counts (it gave 30 % before).
      // Q2: 25 and 15 as shown: 60 % (the exact 13 ÷ 27 rounded to 10 % gave 50). Q3: 200 and 200 as shown.
      expect(byQuarter(theirs)).toEqual({
        '2027-Q1': ['<5', '<5', 0, null],
        '2027-Q2': [25, 15, 5, 60],
        '2027-Q3': [200, 200, 0, 100],
      });
      // Latvia: 230 planned, 213 trained, shown as 230 and 215.
      expect(theirs.countries).toEqual([
        expect.objectContaining({ countryCode: 'LV', withheld: false, planned: 230, trained: 215, delivery: 93 }),
      ]);
      // Admins: exact counts, and a whole percent rounded down, so 199 of 200 is not "100 % or more".
      const exact = await planDelivery(admin, '?country=LV');
      expect(byQuarter(exact)).toEqual({
        '2027-Q1': [3, 1, 0, 33],
        '2027-Q2': [27, 13, 6, 48],
        '2027-Q3': [200, 199, 0, 99],
      });
      expect(exact.countries[0]).toMatchObject({ planned: 230, trained: 213, delivery: 92 });
      expect(exact.asOf).toBe(AS_OF);
    });

    it('reads its rows and their "as of" in one statement: a refresh committing meanwhile cannot mix two', async () => {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      const later = '2026-05-01T00:10:00.000Z';
      try {
        // A refresh under way: it holds the rollup while it rewrites it and its "as of".
        await runner.startTransaction();
        await runner.query(`LOCK TABLE uptake_plan_delivery IN ACCESS EXCLUSIVE MODE`);
        const pending = t.inject({
          method: 'GET',
          url: '/api/reporting/uptake/plan-delivery?country=LV',
          cookie: admin.cookie,
        });
        const deadline = Date.now() + 10_000;
        for (;;) {
          const [{ n }] = await t.db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE wait_event_type = 'Lock' AND query LIKE '%uptake_plan_delivery%' AND pid <> pg_backend_pid()`,
          );
          if (n > 0) break;
          if (Date.now() > deadline) throw new Error('the request never waited for the rollup');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Whatever else the request reads on its own has had time to run.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await runner.query(`UPDATE uptake_plan_delivery SET trained = trained + 1 WHERE quarter = '2027-Q1'`);
        await runner.query(`UPDATE uptake_refresh SET as_of = $1`, [later]);
        await runner.commitTransaction();
        const body = (await pending).json();
        // The new rows with the new instant (before: the new rows with the old "as of").
        expect({ asOf: body.asOf, q1: byQuarter(body)['2027-Q1'] }).toEqual({ asOf: later, q1: [3, 2, 0, 66] });
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await t.db.query(`UPDATE uptake_plan_delivery SET trained = 1 WHERE quarter = '2027-Q1'`);
        await t.db.query(`UPDATE uptake_refresh SET as_of = $1`, [AS_OF]);
      }
    });
  });
});
