import { randomBytes } from 'node:crypto';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers } from '../../../test/assignment-fixtures';

jest.setTimeout(120_000);

/** A small deterministic generator (LCG), so the cascade is the same on every run. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const SEATED = ['enrolled', 'completed', 'failed'];

describe('cascade reach: lineage and officers reached, four generations deep (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  let firmA: string;
  let firmB: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    firmA = await t.createFirm();
    firmB = await t.createFirm();
    member = await t.signIn('member_admin', { memberFirmId: firmA });
    // Three courses: an officer holds one seat per course, so being reached twice takes two courses.
    const courses: string[] = [];
    for (let i = 0; i < 3; i++) courses.push((await createPublishedCourse(t, admin)).courseId);
    const courseId = courses[0];
    const taken = new Set<string>();
    const experts = [
      ...(await createTrainers(t, 2, { courseId, firms: [firmA] })),
      ...(await createTrainers(t, 1, { courseId, firms: [firmB] })),
    ].map((e) => e.id);
    const units: { id: string; country: string }[] = [];
    for (const country of ['UA', 'UA', 'PL', 'MD']) units.push({ id: await t.createUnit(country), country });
    const rnd = generator(20311);
    const tag = randomBytes(3).toString('hex');
    let officerNo = 0;
    const everyone: string[] = [];

    const newOfficer = async () => {
      const unit = units[rnd(units.length)];
      const [{ id }] = await t.db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id) VALUES ($1, $2, 'officer', 'unused', $3) RETURNING id`,
        [`cascade-${tag}-${++officerNo}@example.test`, `Officer ${officerNo}`, unit.id],
      );
      everyone.push(id);
      return { id: id as string, country: unit.country };
    };
    let day = 0;
    const cohort = async (trainerId: string, coTrainerId: string | null, status: string) => {
      day += 7;
      // Two in three are reserved for a unit (that unit's country's delivery); the others are open online cohorts.
      const unit = rnd(3) === 0 ? null : units[rnd(units.length)].id;
      const [{ id }] = await t.db.query(
        `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, trainer_id, co_trainer_id, status, police_unit_id)
         VALUES ($1, '2029-01-01'::timestamptz + make_interval(days => $2), '2029-01-03'::timestamptz + make_interval(days => $2), 'online', 'uk', 200, $3, $4, $5, $6)
         RETURNING id`,
        [courses[rnd(courses.length)], day, trainerId, coTrainerId, status, unit],
      );
      return id as string;
    };
    /** Seats the officer unless they already hold a seat in the cohort's course; answers whether they were seated. */
    const enrol = async (cohortId: string, officerId: string, status: string) => {
      const [{ course_id }] = await t.db.query(`SELECT course_id FROM cohort WHERE id = $1`, [cohortId]);
      if (taken.has(`${officerId}:${course_id}`)) return false;
      taken.add(`${officerId}:${course_id}`);
      await t.db.query(
        `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) VALUES ($1, $2, $3, $4::enrolment_status)`,
        [cohortId, course_id, officerId, status],
      );
      return true;
    };
    const makeLocal = (officer: { id: string; country: string }, trainedIn: string) =>
      t.db.query(
        `INSERT INTO trainer_profile (user_id, languages, course_ids, country_codes, local_since, trained_in_cohort_id)
         VALUES ($1, '{uk}', ARRAY[$2]::uuid[], ARRAY[$3]::char(2)[], now(), $4)`,
        [officer.id, courseId, officer.country, trainedIn],
      );

    // Generation by generation: each trainer delivers one to three cohorts (now and then one is cancelled, or
    // co-delivered with an expert); some officers withdraw; some officers are seated twice (by two lineages);
    // one or two completers of a cohort become the next generation's local trainers.
    let frontier = experts;
    for (let generation = 0; generation < 4; generation++) {
      const next: string[] = [];
      for (const [i, trainer] of frontier.entries()) {
        const cohorts = 1 + rnd(3);
        for (let c = 0; c < cohorts; c++) {
          const first = i === 0 && c === 0; // keeps the cascade going four generations deep
          const coDelivered = generation > 0 && !first && rnd(4) === 0;
          const status = !first && rnd(7) === 0 ? 'cancelled' : 'completed';
          const cohortId = coDelivered
            ? await cohort(experts[rnd(experts.length)], trainer, status)
            : await cohort(trainer, null, status);
          const completers: { id: string; country: string }[] = [];
          for (let k = 0, n = 2 + rnd(4); k < n; k++) {
            const officer = await newOfficer();
            const drawn = rnd(9) === 0 ? 'withdrawn' : rnd(6) === 0 ? 'failed' : 'completed';
            const seat = first && k < 2 ? 'completed' : drawn;
            await enrol(cohortId, officer.id, seat);
            if (seat === 'completed') completers.push(officer);
          }
          // Someone already reached elsewhere takes a seat here too (counted once per trainer, firm, country).
          if (everyone.length > 5 && rnd(2) === 0)
            await enrol(cohortId, everyone[rnd(everyone.length - 5)], 'enrolled');
          if (status === 'cancelled' || next.length >= 6) continue;
          for (const officer of completers.slice(0, first ? 2 : rnd(2))) {
            await makeLocal(officer, cohortId);
            next.push(officer.id);
          }
        }
      }
      frontier = next;
    }
    // The fourth generation teaches too.
    for (const trainer of frontier) {
      const cohortId = await cohort(trainer, null, 'completed');
      for (let k = 0; k < 3; k++) await enrol(cohortId, (await newOfficer()).id, 'completed');
    }
  }, 200_000);
  afterAll(() => t.close());

  /** The expected figures, by walking the raw rows in JavaScript (no recursive SQL, no shared query). */
  async function walk() {
    const cohorts: { id: string; trainer_id: string | null; co_trainer_id: string | null; status: string }[] =
      await t.db.query(`SELECT id, trainer_id, co_trainer_id, status FROM cohort`);
    const enrolments: { cohort_id: string; officer_id: string; status: string }[] = await t.db.query(
      `SELECT cohort_id, officer_id, status FROM enrolment`,
    );
    const profiles: { user_id: string; trained_in_cohort_id: string | null; local: boolean; country: string }[] =
      await t.db.query(
        `SELECT user_id, trained_in_cohort_id, local_since IS NOT NULL AS local, country_codes[1] AS country FROM trainer_profile`,
      );
    const users: { id: string; role: string; member_firm_id: string | null; country: string | null }[] =
      await t.db.query(
        `SELECT u.id, u.role, u.member_firm_id, pu.country_code AS country FROM app_user u LEFT JOIN police_unit pu ON pu.id = u.police_unit_id`,
      );
    const user = new Map(users.map((u) => [u.id, u]));
    const deliverers = new Map<string, string[]>();
    for (const c of cohorts)
      if (c.status !== 'cancelled')
        deliverers.set(
          c.id,
          [c.trainer_id, c.co_trainer_id].filter((x): x is string => !!x),
        );
    const seatedBy = new Map<string, Set<string>>();
    for (const e of enrolments)
      if (SEATED.includes(e.status))
        for (const d of deliverers.get(e.cohort_id) ?? []) {
          if (!seatedBy.has(d)) seatedBy.set(d, new Set());
          seatedBy.get(d)!.add(e.officer_id);
        }
    const childrenOf = new Map<string, string[]>();
    for (const p of profiles)
      if (p.local && p.trained_in_cohort_id)
        for (const parent of deliverers.get(p.trained_in_cohort_id) ?? []) {
          if (!childrenOf.has(parent)) childrenOf.set(parent, []);
          childrenOf.get(parent)!.push(p.user_id);
        }
    /** Every descendant of a root with the deepest generation it is reached at, over paths that never revisit. */
    const descendants = (root: string) => {
      const deepest = new Map<string, number>();
      const visit = (node: string, depth: number, path: Set<string>) => {
        for (const child of childrenOf.get(node) ?? []) {
          if (path.has(child)) continue;
          deepest.set(child, Math.max(deepest.get(child) ?? 0, depth + 1));
          visit(child, depth + 1, new Set([...path, child]));
        }
      };
      visit(root, 0, new Set([root]));
      return deepest;
    };
    const union = (trainers: Iterable<string>) => {
      const out = new Set<string>();
      for (const tr of trainers) for (const o of seatedBy.get(tr) ?? []) out.add(o);
      return out;
    };
    const experts = users.filter((u) => u.role === 'trainer');
    const perExpert = new Map(
      experts.map((e) => {
        const d = descendants(e.id);
        return [
          e.id,
          {
            direct: (seatedBy.get(e.id) ?? new Set()).size,
            cascade: union(d.keys()).size,
            localTrainers: d.size,
            generations: Math.max(0, ...d.values()),
            descendants: d,
          },
        ];
      }),
    );
    const perFirm = (firmId: string) => {
      const mine = experts.filter((e) => e.member_firm_id === firmId);
      const desc = new Map<string, number>();
      for (const e of mine)
        for (const [k, v] of perExpert.get(e.id)!.descendants) desc.set(k, Math.max(desc.get(k) ?? 0, v));
      return {
        experts: mine.length,
        direct: union(mine.map((e) => e.id)).size,
        cascade: union(desc.keys()).size,
        localTrainers: desc.size,
        generations: Math.max(0, ...desc.values()),
      };
    };
    const perCountry = new Map<
      string,
      { localTrainers: number; byExperts: Set<string>; byLocal: Set<string>; generations: number }
    >();
    const country = (code: string) => {
      if (!perCountry.has(code))
        perCountry.set(code, { localTrainers: 0, byExperts: new Set(), byLocal: new Set(), generations: 0 });
      return perCountry.get(code)!;
    };
    for (const p of profiles)
      if (p.local && user.get(p.user_id)!.role !== 'trainer') country(p.country).localTrainers++;
    for (const [trainer, officers] of seatedBy)
      for (const o of officers) {
        const c = user.get(o)!.country;
        if (!c) continue;
        (user.get(trainer)!.role === 'trainer' ? country(c).byExperts : country(c).byLocal).add(o);
      }
    const localCountry = new Map(profiles.filter((p) => p.local).map((p) => [p.user_id, p.country]));
    for (const e of perExpert.values())
      for (const [d, g] of e.descendants)
        country(localCountry.get(d)!).generations = Math.max(country(localCountry.get(d)!).generations, g);
    return { perExpert, perFirm, perCountry };
  }

  it('per expert, firm and country, the API equals a walk of the raw rows; the cascade is four generations deep', async () => {
    // The generated data has every case the definitions care about.
    const [shape] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM cohort WHERE co_trainer_id IS NOT NULL) AS co_delivered,
              (SELECT count(*)::int FROM cohort WHERE status = 'cancelled') AS cancelled,
              (SELECT count(*)::int FROM enrolment WHERE status = 'withdrawn') AS withdrawn,
              (SELECT count(*)::int FROM trainer_profile WHERE local_since IS NOT NULL) AS locals`,
    );
    expect(shape.co_delivered).toBeGreaterThan(0);
    expect(shape.cancelled).toBeGreaterThan(0);
    expect(shape.withdrawn).toBeGreaterThan(0);
    expect(shape.locals).toBeGreaterThanOrEqual(8);
    const expected = await walk();
    const experts = await t.inject({ method: 'GET', url: '/api/reporting/cascade/experts', cookie: admin.cookie });
    expect(experts.statusCode).toBe(200);
    expect(experts.json().items).toHaveLength(expected.perExpert.size);
    for (const item of experts.json().items) {
      const e = expected.perExpert.get(item.trainerId)!;
      expect(item).toMatchObject({
        direct: e.direct,
        cascade: e.cascade,
        localTrainers: e.localTrainers,
        generations: e.generations,
      });
    }
    expect(Math.max(...experts.json().items.map((i: { generations: number }) => i.generations))).toBe(4);
    expect(experts.json().items.some((i: { cascade: number }) => i.cascade > 10)).toBe(true);

    const firms = await t.inject({ method: 'GET', url: '/api/reporting/cascade/firms', cookie: admin.cookie });
    for (const firm of [firmA, firmB])
      expect(firms.json().items.find((f: { memberFirmId: string }) => f.memberFirmId === firm)).toMatchObject(
        expected.perFirm(firm),
      );

    const countries = await t.inject({ method: 'GET', url: '/api/reporting/cascade/countries', cookie: admin.cookie });
    const got = new Map(countries.json().items.map((c: { countryCode: string }) => [c.countryCode, c]));
    expect([...got.keys()].sort()).toEqual([...expected.perCountry.keys()].sort());
    for (const [code, c] of expected.perCountry)
      expect(got.get(code)).toMatchObject({
        localTrainers: c.localTrainers,
        byExperts: c.byExperts.size,
        byLocalTrainers: c.byLocal.size,
        generations: c.generations,
      });
  });

  it('a member admin sees their own firm only; per-expert reach is for admins', async () => {
    const expected = (await walk()).perFirm(firmA);
    expect(expected.direct).toBeGreaterThan(0);
    const firms = await t.inject({
      method: 'GET',
      url: `/api/reporting/cascade/firms?memberFirmId=${firmB}`,
      cookie: member.cookie,
    });
    expect(firms.statusCode).toBe(200);
    // Every officer and local trainer here is of a country of one or two police units, which the uptake
    // dashboard withholds outside an admin's view: the firm's reach leaves them out (rounding of what is shown:
    // cascade-privacy.integration-spec.ts).
    expect(firms.json().items).toEqual([
      expect.objectContaining({
        memberFirmId: firmA,
        experts: expected.experts,
        direct: 0,
        cascade: 0,
        localTrainers: 0,
        generations: 0,
      }),
    ]);
    // Per expert: admins only (an expert's reach can lie in one country). Per country: the countries here
    // have one or two units each, so a member admin gets every one withheld (cascade-privacy.integration-spec.ts).
    expect(
      (await t.inject({ method: 'GET', url: '/api/reporting/cascade/experts', cookie: member.cookie })).statusCode,
    ).toBe(403);
    const countries = await t.inject({ method: 'GET', url: '/api/reporting/cascade/countries', cookie: member.cookie });
    expect(countries.statusCode).toBe(200);
    for (const code of ['UA', 'PL', 'MD'])
      expect(countries.json().items.find((c: { countryCode: string }) => c.countryCode === code)).toMatchObject({
        withheld: true,
        byExperts: null,
        byLocalTrainers: null,
      });
    const officer = await t.signIn('officer');
    expect(
      (await t.inject({ method: 'GET', url: '/api/reporting/cascade/countries', cookie: officer.cookie })).statusCode,
    ).toBe(403);
  });

  it('a country’s delivery over time: local, imported and co-delivered cohorts per month', async () => {
    const rows: {
      starts_at: Date;
      role: string;
      co_trainer_id: string | null;
      status: string;
      country: string | null;
    }[] = await t.db.query(
      `SELECT co.starts_at, t.role, co.co_trainer_id, co.status, u.country_code AS country
           FROM cohort co JOIN app_user t ON t.id = co.trainer_id LEFT JOIN police_unit u ON u.id = co.police_unit_id`,
    );
    for (const code of ['UA', 'PL', 'MD']) {
      const months = new Map<string, { month: string; local: number; expert: number; coDelivered: number }>();
      for (const r of rows) {
        if (r.status === 'cancelled' || r.country !== code) continue;
        const month = r.starts_at.toISOString().slice(0, 7);
        if (!months.has(month)) months.set(month, { month, local: 0, expert: 0, coDelivered: 0 });
        const m = months.get(month)!;
        if (r.co_trainer_id) m.coDelivered++;
        else if (r.role === 'trainer') m.expert++;
        else m.local++;
      }
      const series = await t.inject({
        method: 'GET',
        url: `/api/reporting/cascade/countries/${code}?from=2028-12&to=2031-12`,
        cookie: admin.cookie,
      });
      expect(series.statusCode).toBe(200);
      // Every month of the period, those without a cohort as zeros.
      const every = Array.from({ length: 37 }, (_, i) => {
        const month = `${2028 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}`;
        return months.get(month) ?? { month, local: 0, expert: 0, coDelivered: 0 };
      });
      expect([...months.keys()].every((m) => m >= '2028-12' && m <= '2031-12')).toBe(true);
      expect(series.json()).toEqual({
        countryCode: code,
        from: '2028-12',
        to: '2031-12',
        suppressed: false,
        withheld: false,
        months: every,
      });
    }
    // Local delivery happened somewhere in the generated data.
    expect(rows.some((r) => r.country && r.role !== 'trainer' && r.status !== 'cancelled')).toBe(true);
  });
});
