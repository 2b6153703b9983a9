import { Clock } from '../../core/clock/clock';
import { selectRows } from '../../core/database/sql';
import { generateUptakeDataset } from '../../database/seeds/uptake-dataset';
import { TestApp, TestUser } from '../../../test/test-app';
import {
  AreaFigures,
  AreaFiguresRow,
  UptakeLevel,
  UptakeScope,
  ZERO_FIGURES,
  areaFiguresSql,
  firmFiguresSql,
  keptAnswers,
  keptAreaFiguresSql,
  keptSeriesAnswers,
  keptSeriesSql,
  monthlySeriesSql,
  toAreaFigures,
} from './uptake-figures';
import { refreshUptake } from './uptake-rollup';

/**
 * The default period's figures kept by the refresh (issue 21, "uptake cold"): the last 12 months up to the
 * month of the application's clock, pinned here (never today's date). Kept answers must be the computed ones,
 * exactly, at every level and place they answer; a month inside the period counts, the month before does not;
 * a request for another period (or once the month has moved on) is computed; and a refresh replaces the kept
 * rows in one commit (a reader during it sees the old ones, whole).
 */
describe('uptake figures kept for the default period', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let coordinator: TestUser;
  // Mid-June 2031, UTC: the default period is 2030-07 to 2031-06.
  const NOW = new Date('2031-06-15T12:00:00.000Z');
  const FROM = '2030-07';
  const TO = '2031-06';
  const DEFAULT: UptakeScope = { from: `${FROM}-01`, to: `${TO}-01`, courseIds: null };
  let region: string;
  let country: string;
  let unit: string;

  async function refresh(onProgress?: (percent: number) => Promise<void>) {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      return await refreshUptake(runner, onProgress, { now: t.app.get(Clock).now() });
    } finally {
      await runner.release();
    }
  }

  /** A statement's rows as figures by key (an area missing is all zeros, as the service reads it). */
  async function figures(statement: { sql: string; params: unknown[] }): Promise<Map<string, AreaFigures>> {
    const rows = await selectRows<AreaFiguresRow>(t.db.manager, statement.sql, statement.params);
    return new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as string, toAreaFigures(r)]));
  }

  /** The kept and the computed figures side by side over the union of their keys. */
  async function bothWays(level: UptakeLevel, scope: UptakeScope) {
    const [kept, computed] = await Promise.all([
      figures(keptAreaFiguresSql(level, scope)),
      figures(areaFiguresSql(level, scope)),
    ]);
    const keys = [...new Set([...kept.keys(), ...computed.keys()])].sort();
    const side = (m: Map<string, AreaFigures>) => Object.fromEntries(keys.map((k) => [k, m.get(k) ?? ZERO_FIGURES]));
    return { kept: side(kept), computed: side(computed), keys };
  }

  const get = async (user: TestUser, url: string) => {
    const res = await t.inject({ method: 'GET', url, cookie: user.cookie });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    return res.json();
  };

  /** What the API answers every viewer for the default view (rounding and withholding applied per viewer). */
  const defaultAnswers = async () => ({
    regions: await get(admin, '/api/reporting/uptake?level=region'),
    countries: await get(admin, `/api/reporting/uptake?level=country&from=${FROM}&to=${TO}`),
    regionCountries: await get(admin, `/api/reporting/uptake?level=country&region=${region}`),
    series: await get(admin, `/api/reporting/uptake/series?country=${country}`),
    firms: await get(admin, '/api/reporting/uptake/firms'),
    memberSeries: await get(member, `/api/reporting/uptake/series?region=${region}`),
    memberFirms: await get(member, '/api/reporting/uptake/firms'),
    units: await get(admin, `/api/reporting/uptake?level=unit&country=${country}`),
    memberCountries: await get(member, '/api/reporting/uptake?level=country'),
    memberRegion: await get(member, `/api/reporting/uptake?level=country&region=${region}`),
    myUnit: await get(coordinator, '/api/reporting/uptake/my-unit'),
  });

  /** Moves the snapshot's "as of" on, so the API process keeps nothing it read before. */
  const nextSnapshot = () => t.db.query(`UPDATE uptake_refresh SET as_of = as_of + interval '1 millisecond'`);

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    await generateUptakeDataset(t.db, {
      seed: 21,
      firms: 3,
      units: 40,
      officers: 700,
      trainers: 50,
      courses: 6,
      enrolments: 7000,
      requests: 400,
      months: 18,
      endMonth: TO,
      certifications: true,
      passwordHash: 'not-a-login',
    });
    // The unit with the most delivered cohorts reserved for it, its country and region; the coordinator's unit.
    const [busiest] = await t.db.query(
      `SELECT pu.id, pu.country_code::text AS country, c.region_code::text AS region
       FROM cohort co JOIN police_unit pu ON pu.id = co.police_unit_id JOIN country c ON c.code = pu.country_code
       WHERE co.status = 'completed' GROUP BY 1, 2, 3 ORDER BY count(*) DESC, pu.id LIMIT 1`,
    );
    ({ id: unit, country, region } = busiest);
    // The period's edge: two delivered cohorts of the unit, one starting in the last second before the period
    // (2030-06, outside), one at its first instant (2030-07, inside).
    const edge = await t.db.query(
      `SELECT id FROM cohort WHERE police_unit_id = $1 AND status = 'completed' ORDER BY id LIMIT 2`,
      [unit],
    );
    expect(edge).toHaveLength(2);
    const [outside, inside] = edge.map((r: { id: string }) => r.id);
    const move = `UPDATE cohort SET starts_at = $2, ends_at = $2::timestamptz + (ends_at - starts_at) WHERE id = $1`;
    await t.db.query(move, [outside, '2030-06-30T23:59:59.999Z']);
    await t.db.query(move, [inside, '2030-07-01T00:00:00.000Z']);
    admin = await t.signIn('admin');
    member = await t.signIn('member_admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    await refresh();
  });

  afterAll(() => t?.close());

  it('keeps the default period beside the "as of", from the application clock', async () => {
    const [row] = await t.db.query(
      `SELECT to_char(default_from, 'YYYY-MM-DD') AS "from", to_char(default_to, 'YYYY-MM-DD') AS "to" FROM uptake_refresh`,
    );
    expect(row).toEqual({ from: '2030-07-01', to: '2031-06-01' });
    const [{ levels }] = await t.db.query(
      `SELECT array_agg(DISTINCT level ORDER BY level) AS levels FROM uptake_default_area`,
    );
    expect(levels).toEqual(['country', 'region', 'total', 'unit']);
  });

  it('answers every level and place it covers exactly as the figures computed from the rollups', async () => {
    const scopes: [UptakeLevel, Partial<UptakeScope>][] = [
      ['region', {}],
      ['region', { region }],
      ['country', {}],
      ['country', { region }],
      ['country', { country }],
      ['unit', {}],
      ['unit', { region }],
      ['unit', { country }],
      ['unit', { unitId: unit }],
    ];
    for (const [level, place] of scopes) {
      const scope = { ...DEFAULT, ...place };
      expect({ level, place, covered: keptAnswers(level, scope) }).toEqual({ level, place, covered: true });
      const { kept, computed, keys } = await bothWays(level, scope);
      expect(keys).toContain('total');
      expect(keys.length).toBeGreaterThan(1);
      expect({ level, place, figures: kept }).toEqual({ level, place, figures: computed });
    }
    // Figures that do not add up across areas are there: distinct officers and trainers, the median.
    const { kept } = await bothWays('country', DEFAULT);
    expect(kept.total.officersEnrolled).toBeGreaterThan(0);
    expect(kept.total.trainersDelivered).toBeGreaterThan(0);
    expect(kept.total.medianHoursToTrainer).not.toBeNull();
  });

  it('keeps each place’s monthly trend and each member firm’s delivery exactly as computed', async () => {
    const rows = async (statement: { sql: string; params: unknown[] }) =>
      (await selectRows<{ as_of: Date | null }>(t.db.manager, statement.sql, statement.params)).map(
        ({ as_of: _asOf, ...rest }) => rest,
      );
    for (const place of [{}, { region }, { country }, { unitId: unit }]) {
      const scope = { ...DEFAULT, ...place };
      expect(keptSeriesAnswers(scope)).toBe(true);
      const kept = await rows(keptSeriesSql(scope));
      expect(kept).toHaveLength(12);
      expect({ place, kept }).toEqual({ place, kept: await rows(monthlySeriesSql(scope)) });
      expect(kept.some((m) => (m as { enrolments: number }).enrolments > 0)).toBe(true);
    }
    const [{ id: firm }] = await t.db.query(`SELECT id FROM member_firm ORDER BY id LIMIT 1`);
    for (const firmId of [null, firm]) {
      const kept = await rows(firmFiguresSql(DEFAULT, firmId, true));
      expect(kept.length).toBeGreaterThan(0);
      expect({ firmId, kept }).toEqual({ firmId, kept: await rows(firmFiguresSql(DEFAULT, firmId)) });
    }
  });

  it('counts the period’s first month and not the month before it', async () => {
    const delivered = async (from: string, to: string) =>
      (
        await figures(areaFiguresSql('unit', { from: `${from}-01`, to: `${to}-01`, courseIds: null, unitId: unit }))
      ).get('total')!.cohortsDelivered;
    const kept = (await figures(keptAreaFiguresSql('unit', { ...DEFAULT, unitId: unit }))).get('total')!;
    // The kept period holds 2030-07 (with `inside`) and not 2030-06 (with `outside`).
    const [{ july, june }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE starts_at >= '2030-07-01T00:00:00Z' AND starts_at < '2030-08-01T00:00:00Z')::int AS july,
              count(*) FILTER (WHERE starts_at >= '2030-06-01T00:00:00Z' AND starts_at < '2030-07-01T00:00:00Z')::int AS june
       FROM cohort WHERE status = 'completed' AND police_unit_id = $1`,
      [unit],
    );
    expect(july).toBeGreaterThanOrEqual(1);
    expect(june).toBeGreaterThanOrEqual(1);
    expect(kept.cohortsDelivered).toBe(await delivered(FROM, TO));
    expect(kept.cohortsDelivered - (await delivered('2030-08', TO))).toBe(july);
    expect((await delivered('2030-06', TO)) - kept.cohortsDelivered).toBe(june);
  });

  it('is read for the default view (every viewer, rules applied per viewer), and computed for any other request', async () => {
    const kept = await defaultAnswers();
    // The same answers computed: the kept period taken away, under a new "as of".
    const [saved] = await t.db.query(`SELECT default_from, default_to FROM uptake_refresh`);
    await t.db.query(`UPDATE uptake_refresh SET default_from = NULL, default_to = NULL`);
    await nextSnapshot();
    const computed = await defaultAnswers();
    const strip = (answers: Record<string, { asOf: string }>) =>
      Object.fromEntries(Object.entries(answers).map(([k, { asOf: _asOf, ...rest }]) => [k, rest]));
    expect(strip(computed)).toEqual(strip(kept));
    expect(kept.memberCountries.suppressed).toBe(true);
    expect(kept.myUnit.unit.officersEnrolled).not.toBeNull();

    // Which path answered: a mark written into the kept total shows only where the kept rows are read.
    await t.db.query(`UPDATE uptake_refresh SET default_from = $1, default_to = $2`, [
      saved.default_from,
      saved.default_to,
    ]);
    await t.db.query(`UPDATE uptake_default_area SET enrolments = 999999 WHERE level = 'total'`);
    await t.db.query(
      `UPDATE uptake_default_month SET enrolments = 999999 WHERE level = 'total' AND month = '2031-06-01'`,
    );
    await nextSnapshot();
    const total = async (url: string) => (await get(admin, url)).total.enrolments;
    expect(await total('/api/reporting/uptake?level=country')).toBe(999999);
    expect((await get(admin, '/api/reporting/uptake/series')).months.at(-1).enrolments).toBe(999999);
    expect((await get(admin, '/api/reporting/uptake/series?from=2030-08')).months.at(-1).enrolments).not.toBe(999999);
    expect(await total(`/api/reporting/uptake?level=region&from=${FROM}&to=${TO}`)).toBe(999999);
    // Another period, a topic, a region listed within a country: computed.
    expect(await total(`/api/reporting/uptake?level=country&from=2030-08&to=${TO}`)).not.toBe(999999);
    const [{ topic }] = await t.db.query(`SELECT topics[1] AS topic FROM course WHERE cardinality(topics) > 0 LIMIT 1`);
    expect(await total(`/api/reporting/uptake?level=country&topic=${encodeURIComponent(topic)}`)).not.toBe(999999);
    // The month has moved on and no refresh has run since: the default is now 2030-08 to 2031-07, computed.
    t.app.get(Clock).now = () => new Date('2031-07-01T00:00:00.000Z');
    try {
      // Signed in again: a session idle for two weeks has expired.
      const later = await t.signIn('admin');
      expect((await get(later, '/api/reporting/uptake?level=country')).total.enrolments).not.toBe(999999);
    } finally {
      t.app.get(Clock).now = () => NOW;
    }
    await refresh();
    expect(await total('/api/reporting/uptake?level=country')).toBe(computed.countries.total.enrolments);
  });

  it('is not read once a country has moved to another region, until the next refresh', async () => {
    await refresh();
    await t.db.query(`UPDATE uptake_default_area SET enrolments = 999999 WHERE level = 'total'`);
    await nextSnapshot();
    const total = async (url: string) => (await get(admin, url)).total.enrolments;
    expect(await total('/api/reporting/uptake?level=country')).toBe(999999);
    const [{ other }] = await t.db.query(`SELECT min(code)::text AS other FROM region WHERE code <> $1`, [region]);
    // Another period's regions, computed and kept by the process's cache for this "as of".
    const regions = `/api/reporting/uptake?level=region&from=2030-08&to=${TO}`;
    const enrolmentsOf = (answer: { rows: { key: string; enrolments: number }[] }, key: string) =>
      answer.rows.find((r) => r.key === key)?.enrolments ?? 0;
    const before = await get(admin, regions);
    await t.db.query(`UPDATE country SET region_code = $2 WHERE code = $1`, [country, other]);
    try {
      // The cache's figures held the country in its old region: they are read again.
      const after = await get(admin, regions);
      expect(enrolmentsOf(after, region)).toBeLessThan(enrolmentsOf(before, region));
      expect(enrolmentsOf(after, other)).toBeGreaterThan(enrolmentsOf(before, other));
      // No new "as of": the regions' countries changing is enough for the kept figures, and for any cached ones.
      expect(await total('/api/reporting/uptake?level=country')).not.toBe(999999);
      const inRegion = await get(admin, `/api/reporting/uptake?level=country&region=${other}`);
      expect(inRegion.rows.map((r: { key: string }) => r.key)).toContain(country);
    } finally {
      await t.db.query(`UPDATE country SET region_code = $2 WHERE code = $1`, [country, region]);
    }
    // Back as the refresh saw it: the kept figures are read again.
    expect(await total('/api/reporting/uptake?level=country')).toBe(999999);
    await refresh();
    expect(await total('/api/reporting/uptake?level=country')).not.toBe(999999);
  });

  it('is replaced by a refresh in one commit: a reader during it sees the old rows, whole, then the new', async () => {
    const read = async () => {
      const rows = await selectRows<AreaFiguresRow>(
        t.db.manager,
        keptAreaFiguresSql('country', DEFAULT).sql,
        keptAreaFiguresSql('country', DEFAULT).params,
      );
      return {
        asOf: rows.map((r) => new Date(r.as_of!).toISOString()),
        figures: Object.fromEntries(rows.map((r) => [r.key, toAreaFigures(r)])),
      };
    };
    const before = await read();
    expect(new Set(before.asOf).size).toBe(1);
    // New raw rows for the next refresh: a third of the unit's delivered cohorts of the period cancelled.
    await t.db.query(
      `UPDATE cohort SET status = 'cancelled' WHERE id IN (
         SELECT id FROM cohort WHERE police_unit_id = $1 AND status = 'completed' AND starts_at >= '2030-07-01T00:00:00Z'
         ORDER BY id LIMIT 3)`,
      [unit],
    );
    const during: Awaited<ReturnType<typeof read>>[] = [];
    const percents: number[] = [];
    await refresh(async (percent) => {
      percents.push(percent);
      // Inside the refresh's transaction, after each step (the kept rows deleted, then written again).
      if (percent < 100) during.push(await read());
    });
    const after = await read();
    expect(percents.length).toBeGreaterThan(5);
    expect(during.length).toBe(percents.filter((p) => p < 100).length);
    for (const seen of during) expect(seen).toEqual(before);
    expect(after.asOf[0]).not.toBe(before.asOf[0]);
    expect(new Set(after.asOf).size).toBe(1);
    expect(after.figures[country]).not.toEqual(before.figures[country]);
    // And the new rows are the computed figures of the new snapshot.
    const { kept, computed } = await bothWays('country', DEFAULT);
    expect(kept).toEqual(computed);
  });
});
