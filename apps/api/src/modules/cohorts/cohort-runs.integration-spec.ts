import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

/*
 * Issue 12 "Holds under attack": enrolment closes at a run's start (admins may override, explicitly), and an
 * officer moves between runs of a course with "switch to this run", never seatless, never with two seats.
 * The application's clock is pinned: nothing here depends on today's date.
 */
const NOW = new Date('2030-12-04T10:00:00.000Z');
const day = 86400_000;
const at = (days: number) => new Date(NOW.getTime() + days * day);

interface Row {
  officer_id: string;
  cohort_id: string;
  status: string;
  switch_from_id: string | null;
}

describe('cohort runs: enrolment closes at the start, switching runs (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;
  let clock: Clock;
  let realNow: () => Date;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get(Clock);
    realNow = clock.now.bind(clock);
    clock.now = () => NOW;
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
  });
  afterAll(async () => {
    clock.now = realNow;
    await t.close();
  });

  const enrol = (o: TestUser, cohortId: string) =>
    t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie });
  const switchRun = (o: TestUser, enrolmentId: string, cohortId: string, extra: object = {}) =>
    t.inject({
      method: 'POST',
      url: `/api/enrolments/${enrolmentId}/switch`,
      cookie: o.cookie,
      payload: { cohortId, ...extra },
    });
  const withdraw = (o: TestUser, enrolmentId: string) =>
    t.inject({ method: 'POST', url: `/api/enrolments/${enrolmentId}/withdraw`, cookie: o.cookie, payload: {} });
  const rows = (courseId: string): Promise<Row[]> =>
    t.db.query(
      `SELECT officer_id, cohort_id, status, switch_from_id FROM enrolment WHERE course_id = $1 ORDER BY queue_number`,
      [courseId],
    );
  const seats = async (cohortId: string): Promise<number> =>
    (await t.db.query(`SELECT seats_taken FROM cohort WHERE id = $1`, [cohortId]))[0].seats_taken;

  /** Seat counters agree with the enrolments, never exceed capacity, and no officer holds two seats in the course. */
  async function expectConsistent(courseId: string) {
    const counters: { id: string; seats_taken: number; capacity: number; enrolled: number }[] = await t.db.query(
      `SELECT co.id, co.seats_taken, co.capacity,
              (SELECT count(*)::int FROM enrolment e WHERE e.cohort_id = co.id AND e.status IN ('enrolled', 'completed', 'failed')) AS enrolled
         FROM cohort co WHERE co.course_id = $1`,
      [courseId],
    );
    for (const c of counters) {
      expect(c.seats_taken).toBe(c.enrolled);
      expect(c.seats_taken).toBeLessThanOrEqual(c.capacity);
    }
    const doubles = await t.db.query(
      `SELECT officer_id FROM enrolment WHERE course_id = $1 AND status = 'enrolled' GROUP BY 1 HAVING count(*) > 1`,
      [courseId],
    );
    expect(doubles).toEqual([]);
  }

  describe('enrolment closes at the start', () => {
    let courseId: string;
    let started: string;
    let coming: string;

    beforeAll(async () => {
      ({ courseId } = await createPublishedCourse(t, admin));
      // Like the run in the issue: 16 Nov – 10 Dec, still "open", and today is 4 Dec.
      started = await createOpenCohort(t, admin, courseId, {
        startsAt: new Date('2030-11-16T08:00:00.000Z'),
        lengthDays: 24,
        capacity: 5,
      });
      coming = await createOpenCohort(t, admin, courseId, { startsAt: at(30), capacity: 5 });
    });

    it('refuses an officer’s enrolment and a coordinator’s nomination into a run that has started (409 naming cohortId), writing nothing', async () => {
      const [officer] = await createOfficers(t, 1, unitId);
      const own = await enrol(officer, started);
      expect(own.statusCode).toBe(409);
      expect(own.json().message).toBe(
        `cohortId: enrolment in cohort ${started} closed when it started (2030-11-16T08:00:00.000Z)`,
      );

      const nominated = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${started}/nominations`,
        cookie: coordinator.cookie,
        payload: { officerIds: [officer.id] },
      });
      expect(nominated.statusCode).toBe(409);
      expect(nominated.json().message).toMatch(new RegExp(`^cohortId: enrolment in cohort ${started} closed`));
      expect(nominated.json()).toMatchObject({ code: 'cohort.enrolment_closed', field: 'cohortId' });
      expect(nominated.json().params.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const admins = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${started}/nominations`,
        cookie: admin.cookie,
        payload: { officerIds: [officer.id] },
      });
      expect(admins.statusCode).toBe(409);
      expect(await rows(courseId)).toEqual([]);
      expect(await seats(started)).toBe(0);
    });

    it('closes exactly at the start: a millisecond before is accepted, the start itself is not', async () => {
      const start = new Date(NOW.getTime() + 1);
      const edge = await createOpenCohort(t, admin, courseId, { startsAt: start, capacity: 5 });
      const [early, late] = await createOfficers(t, 2, unitId);
      try {
        clock.now = () => NOW;
        expect((await enrol(early, edge)).statusCode).toBe(201);
        clock.now = () => start;
        expect((await enrol(late, edge)).statusCode).toBe(409);
      } finally {
        clock.now = () => NOW;
      }
    });

    it('refuses to approve, after the start, a request made before it (approving is joining)', async () => {
      const start = new Date(NOW.getTime() + 60_000);
      const gated = await createOpenCohort(t, admin, courseId, {
        startsAt: start,
        capacity: 5,
        requiresApproval: true,
      });
      const [officer] = await createOfficers(t, 1, unitId);
      const asked = (await enrol(officer, gated)).json();
      expect(asked.status).toBe('pending_approval');
      try {
        clock.now = () => start;
        const late = await t.inject({
          method: 'POST',
          url: `/api/enrolments/${asked.id}/approve`,
          cookie: coordinator.cookie,
          payload: {},
        });
        expect(late.statusCode).toBe(409);
        expect(late.json().message).toMatch(new RegExp(`^cohortId: enrolment in cohort ${gated} closed`));
      } finally {
        clock.now = () => NOW;
      }
      expect(await seats(gated)).toBe(0);
    });

    it('lets an admin override explicitly (allowAfterStart), audited; a coordinator asking for the override is refused (403)', async () => {
      const [officer] = await createOfficers(t, 1, unitId);
      const coordinators = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${started}/nominations`,
        cookie: coordinator.cookie,
        payload: { officerIds: [officer.id], allowAfterStart: true },
      });
      expect(coordinators.statusCode).toBe(403);
      expect(coordinators.json().message).toMatch(/^allowAfterStart: /);
      expect(coordinators.json()).toMatchObject({ code: 'cohort.late_enrolment_admin_only', field: 'allowAfterStart' });

      const override = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${started}/nominations`,
        cookie: admin.cookie,
        payload: { officerIds: [officer.id], allowAfterStart: true },
      });
      expect(override.statusCode).toBe(201);
      expect(override.json().enrolments[0]).toMatchObject({ officerId: officer.id, status: 'enrolled' });
      const audit = await t.db.query(
        `SELECT actor_id, details FROM audit_event WHERE action = 'cohort.nominate' AND entity_id = $1`,
        [started],
      );
      expect(audit).toEqual([{ actor_id: admin.id, details: expect.objectContaining({ allowAfterStart: true }) }]);

      const badFlag = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${started}/nominations`,
        cookie: admin.cookie,
        payload: { officerIds: [officer.id], allowAfterStart: 'yes' },
      });
      expect(badFlag.statusCode).toBe(400);
      expect(badFlag.json().message).toMatch(/allowAfterStart/);
    });

    it('marks in cohort lists whether enrolment is open, and filters by it', async () => {
      const [officer] = await createOfficers(t, 1, unitId);
      const list = await t.inject({
        method: 'GET',
        url: `/api/cohorts?courseId=${courseId}&upcoming=true`,
        cookie: officer.cookie,
      });
      const open = Object.fromEntries(
        list.json().items.map((c: { id: string; enrolmentOpen: boolean }) => [c.id, c.enrolmentOpen]),
      );
      expect(open[started]).toBe(false);
      expect(open[coming]).toBe(true);
      const one = await t.inject({ method: 'GET', url: `/api/cohorts/${started}`, cookie: coordinator.cookie });
      expect(one.json()).toMatchObject({ status: 'open', enrolmentOpen: false });

      const openOnly = await t.inject({
        method: 'GET',
        url: `/api/cohorts?courseId=${courseId}&enrolmentOpen=true`,
        cookie: coordinator.cookie,
      });
      const ids = openOnly.json().items.map((c: { id: string }) => c.id);
      expect(ids).toContain(coming);
      expect(ids).not.toContain(started);
    });
  });

  describe('switch to this run', () => {
    it('with a free seat: withdraws the old enrolment, promotes the old run’s waitlist, enrols in the new run — one transaction, audited', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 1 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 2 });
      const [x, y] = await createOfficers(t, 2, unitId);
      const held = (await enrol(x, a)).json();
      expect((await enrol(y, a)).json().status).toBe('waitlisted');

      const moved = await switchRun(x, held.id, b);
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({
        outcome: 'switched',
        enrolment: { cohortId: b, status: 'enrolled', switchFromEnrolmentId: null },
        previous: { id: held.id, cohortId: a, status: 'withdrawn' },
      });
      expect(await rows(courseId)).toEqual([
        { officer_id: x.id, cohort_id: a, status: 'withdrawn', switch_from_id: null },
        { officer_id: y.id, cohort_id: a, status: 'enrolled', switch_from_id: null },
        { officer_id: x.id, cohort_id: b, status: 'enrolled', switch_from_id: null },
      ]);
      expect([await seats(a), await seats(b)]).toEqual([1, 1]);
      const bell = await t.inject({ method: 'GET', url: '/api/notifications', cookie: y.cookie });
      expect(bell.json().items[0]).toMatchObject({ kind: 'enrolment.promoted', params: { cohortId: a } });
      const audit = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'enrolment.switch' AND entity_id = $1`,
        [held.id],
      );
      expect(audit).toEqual([
        { details: expect.objectContaining({ fromCohortId: a, toCohortId: b, outcome: 'switched' }) },
      ]);
      await expectConsistent(courseId);
    });

    it('refuses a run that has started, another course’s run, the same run, and a finished enrolment — changing nothing', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const { courseId: otherCourse } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 3 });
      const started = await createOpenCohort(t, admin, courseId, { startsAt: at(-2), capacity: 3 });
      const other = await createOpenCohort(t, admin, otherCourse, { startsAt: at(10), capacity: 3 });
      const [x] = await createOfficers(t, 1, unitId);
      const held = (await enrol(x, a)).json();

      const late = await switchRun(x, held.id, started);
      expect(late.statusCode).toBe(409);
      expect(late.json().message).toMatch(new RegExp(`^cohortId: enrolment in cohort ${started} closed`));
      const elsewhere = await switchRun(x, held.id, other);
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().message).toMatch(/^cohortId: a run of another course/);
      expect(elsewhere.json().code).toBe('enrolment.switch_other_course');
      const same = await switchRun(x, held.id, a);
      expect(same.statusCode).toBe(409);
      expect(same.json().message).toMatch(/^cohortId: /);
      expect(same.json().code).toBe('enrolment.switch_same_run');
      const coordinatorOverride = await switchRun(coordinator, held.id, started, { allowAfterStart: true });
      expect(coordinatorOverride.statusCode).toBe(403);
      expect(await rows(courseId)).toEqual([
        { officer_id: x.id, cohort_id: a, status: 'enrolled', switch_from_id: null },
      ]);

      // An admin may move someone into a run that has started, explicitly.
      const forced = await switchRun(admin, held.id, started, { allowAfterStart: true });
      expect(forced.statusCode).toBe(200);
      expect(forced.json().outcome).toBe('switched');
      const later = await createOpenCohort(t, admin, courseId, { startsAt: at(20), capacity: 3 });
      const again = await switchRun(x, held.id, later);
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toMatch(/^status: a withdrawn enrolment/);
      expect(again.json()).toMatchObject({ code: 'enrolment.cannot_switch', params: { status: 'withdrawn' } });
      await expectConsistent(courseId);
    });

    it('into a full run: joins its waitlist and keeps the old seat; promoted there, the switch completes and the old seat goes to the old run’s queue', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 2 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 1 });
      const c = await createOpenCohort(t, admin, courseId, { startsAt: at(70), capacity: 5 });
      const [x, z, w, v] = await createOfficers(t, 4, unitId);
      const held = (await enrol(x, a)).json();
      await enrol(z, a);
      const ws = (await enrol(w, b)).json();
      expect((await enrol(v, a)).json().status).toBe('waitlisted');

      const pending = await switchRun(x, held.id, b);
      expect(pending.statusCode).toBe(200);
      expect(pending.json()).toMatchObject({
        outcome: 'pending',
        enrolment: { cohortId: b, status: 'waitlisted', waitlistPosition: 1, switchFromEnrolmentId: held.id },
        previous: { id: held.id, status: 'enrolled' },
      });
      // Asking again changes nothing; joining a third run is still refused (one active enrolment per course).
      expect((await switchRun(x, held.id, b)).json().enrolment.id).toBe(pending.json().enrolment.id);
      expect((await enrol(x, c)).statusCode).toBe(409);
      expect([await seats(a), await seats(b)]).toEqual([2, 1]);
      await expectConsistent(courseId);

      // A seat in B comes free: X takes it, gives up A's, and V (first in A's queue) gets that one.
      expect((await withdraw(w, ws.id)).statusCode).toBe(200);
      const after = await rows(courseId);
      expect(after.filter((r) => r.officer_id === x.id)).toEqual([
        { officer_id: x.id, cohort_id: a, status: 'withdrawn', switch_from_id: null },
        { officer_id: x.id, cohort_id: b, status: 'enrolled', switch_from_id: null },
      ]);
      expect(after.find((r) => r.officer_id === v.id)).toMatchObject({ cohort_id: a, status: 'enrolled' });
      expect([await seats(a), await seats(b)]).toEqual([2, 1]);
      const bell = await t.inject({ method: 'GET', url: '/api/notifications', cookie: x.cookie });
      expect(bell.json().items[0]).toMatchObject({ kind: 'enrolment.promoted', params: { cohortId: b } });
      await expectConsistent(courseId);
    });

    it('a pending switch can be cancelled (the seat stays); withdrawing the seat instead keeps the place in the other queue', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 2 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 1 });
      const [x, y, w] = await createOfficers(t, 3, unitId);
      await enrol(w, b);
      const xa = (await enrol(x, a)).json();
      const ya = (await enrol(y, a)).json();

      const xPending = (await switchRun(x, xa.id, b)).json().enrolment;
      expect((await withdraw(x, xPending.id)).json().status).toBe('withdrawn');
      expect((await t.inject({ method: 'GET', url: `/api/enrolments/${xa.id}`, cookie: x.cookie })).json().status).toBe(
        'enrolled',
      );

      const yPending = (await switchRun(y, ya.id, b)).json().enrolment;
      expect((await withdraw(y, ya.id)).statusCode).toBe(200);
      const yb = (await t.inject({ method: 'GET', url: `/api/enrolments/${yPending.id}`, cookie: y.cookie })).json();
      expect(yb).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, switchFromEnrolmentId: null });
      expect([await seats(a), await seats(b)]).toEqual([1, 1]);
      await expectConsistent(courseId);
    });

    it('from a waitlist place it is a plain move (no seat to keep): to a free seat, or to the back of a full run’s queue', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 1 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 1 });
      const c = await createOpenCohort(t, admin, courseId, { startsAt: at(70), capacity: 1 });
      const [p, q, r, s] = await createOfficers(t, 4, unitId);
      await enrol(p, a);
      await enrol(s, c);
      const qa = (await enrol(q, a)).json();
      const ra = (await enrol(r, a)).json();
      expect([qa.status, ra.status]).toEqual(['waitlisted', 'waitlisted']);

      const toFree = await switchRun(q, qa.id, b);
      expect(toFree.json()).toMatchObject({ outcome: 'moved', enrolment: { cohortId: b, status: 'enrolled' } });
      const toFull = await switchRun(r, ra.id, c);
      expect(toFull.json()).toMatchObject({
        outcome: 'moved',
        enrolment: { cohortId: c, status: 'waitlisted', waitlistPosition: 1, switchFromEnrolmentId: null },
        previous: { status: 'withdrawn' },
      });
      expect([await seats(a), await seats(b), await seats(c)]).toEqual([1, 1, 1]);
      await expectConsistent(courseId);
    });

    it('officers waiting to switch into each other’s runs are both moved by one freed seat (a chain, one transaction)', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 2 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 1 });
      const [x, y, leaver] = await createOfficers(t, 3, unitId);
      const xa = (await enrol(x, a)).json();
      const la = (await enrol(leaver, a)).json();
      const yb = (await enrol(y, b)).json();
      // Opposite directions, at the same moment: both runs are full, so both wait, keeping their seats.
      const [xs, ys] = await Promise.all([switchRun(x, xa.id, b), switchRun(y, yb.id, a)]);
      expect([xs.json().outcome, ys.json().outcome]).toEqual(['pending', 'pending']);

      expect((await withdraw(leaver, la.id)).statusCode).toBe(200);
      const live = (await rows(courseId)).filter((r) => r.status === 'enrolled');
      expect(live.map((r) => [r.officer_id, r.cohort_id]).sort()).toEqual(
        [
          [x.id, b],
          [y.id, a],
        ].sort(),
      );
      expect([await seats(a), await seats(b)]).toEqual([1, 1]);
      await expectConsistent(courseId);
    });

    it('concurrent switches and withdrawals: no 5xx, seats never oversold, nobody who kept their enrolment is left seatless', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 12 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40), capacity: 3 });
      const c = await createOpenCohort(t, admin, courseId, { startsAt: at(70), capacity: 2 });
      const officers = await createOfficers(t, 16, unitId);
      const held: string[] = [];
      for (const o of officers) held.push((await enrol(o, a)).json().id);
      // 12 hold seats in A, 4 wait in A's queue. The first four of the seat holders also withdraw while
      // switching; everyone else races for B's 3 and C's 2 seats in alternating order.
      const calls = officers.flatMap((o, i) => {
        const target = i % 2 === 0 ? b : c;
        const both = [switchRun(o, held[i], target)];
        if (i < 4) both.push(withdraw(o, held[i]));
        return both;
      });
      const responses = await Promise.all(calls);
      expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
      expect(responses.every((r) => [200, 409].includes(r.statusCode))).toBe(true);
      await expectConsistent(courseId);
      expect([await seats(b), await seats(c)]).toEqual([3, 2]);

      const all = await rows(courseId);
      // Officers 4..15 never withdrew: each holds exactly one seat or one waitlist place in the course
      // (promotion may have given the waiting ones a seat in A), and at most one pending switch.
      for (const o of officers.slice(4)) {
        const mine = all.filter((r) => r.officer_id === o.id && ['enrolled', 'waitlisted'].includes(r.status));
        expect(mine.filter((r) => r.switch_from_id === null)).toHaveLength(1);
        expect(mine.filter((r) => r.switch_from_id !== null).length).toBeLessThanOrEqual(1);
      }
      // Seat holders among them (the first 12) never lost their seat.
      for (const o of officers.slice(4, 12)) {
        expect(all.filter((r) => r.officer_id === o.id && r.status === 'enrolled')).toHaveLength(1);
      }
    });

    it('cancelling the run an officer waits to switch out of promotes them into the seat the other run has free (review A)', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 2 });
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(1 / 24), capacity: 1 });
      const [x, z, w] = await createOfficers(t, 3, unitId);
      const xa = (await enrol(x, a)).json();
      await enrol(z, a);
      const wb = (await enrol(w, b)).json();
      expect((await switchRun(x, xa.id, b)).json().outcome).toBe('pending');
      try {
        // B has started: W's seat comes free, but X's pending switch into a started run is passed over.
        clock.now = () => at(2 / 24);
        expect((await withdraw(w, wb.id)).statusCode).toBe(200);
        expect(await seats(b)).toBe(0);
        const cancelled = await t.inject({
          method: 'POST',
          url: `/api/cohorts/${a}/status`,
          cookie: admin.cookie,
          payload: { status: 'cancelled' },
        });
        expect(cancelled.statusCode).toBe(200);
      } finally {
        clock.now = () => NOW;
      }
      // X lost A's seat; their place in B's queue became a plain one and took B's free seat.
      expect((await rows(courseId)).filter((r) => r.officer_id === x.id)).toEqual([
        { officer_id: x.id, cohort_id: a, status: 'withdrawn', switch_from_id: null },
        { officer_id: x.id, cohort_id: b, status: 'enrolled', switch_from_id: null },
      ]);
      expect([await seats(a), await seats(b)]).toEqual([0, 1]);
      const bell = await t.inject({ method: 'GET', url: '/api/notifications', cookie: x.cookie });
      expect(bell.json().items.map((n: { kind: string }) => n.kind)).toEqual(
        expect.arrayContaining(['enrolment.promoted', 'cohort.cancelled']),
      );
      await expectConsistent(courseId);
    });

    it('two runs cancelled at once, each with an officer waiting to switch into the one free seat of a third: one takes it, the other waits, never oversold', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      const b = await createOpenCohort(t, admin, courseId, { startsAt: at(1 / 24), capacity: 1 });
      const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10), capacity: 1 });
      const c = await createOpenCohort(t, admin, courseId, { startsAt: at(12), capacity: 1 });
      const [x, y, w] = await createOfficers(t, 3, unitId);
      const wb = (await enrol(w, b)).json();
      const xa = (await enrol(x, a)).json();
      const yc = (await enrol(y, c)).json();
      expect((await switchRun(x, xa.id, b)).json().outcome).toBe('pending');
      expect((await switchRun(y, yc.id, b)).json().outcome).toBe('pending');
      try {
        clock.now = () => at(2 / 24);
        expect((await withdraw(w, wb.id)).statusCode).toBe(200);
        const cancel = (id: string) =>
          t.inject({
            method: 'POST',
            url: `/api/cohorts/${id}/status`,
            cookie: admin.cookie,
            payload: { status: 'cancelled' },
          });
        const results = await Promise.all([cancel(c), cancel(a)]);
        expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
      } finally {
        clock.now = () => NOW;
      }
      const inB = (await rows(courseId)).filter((r) => r.cohort_id === b && r.officer_id !== w.id);
      expect(inB.map((r) => r.status).sort()).toEqual(['enrolled', 'waitlisted']);
      expect(inB.every((r) => r.switch_from_id === null)).toBe(true);
      expect(await seats(b)).toBe(1);
      await expectConsistent(courseId);
    });

    it('two officers racing for the last seat of a run, ten times: one switches, the other waits and keeps their seat', async () => {
      const { courseId } = await createPublishedCourse(t, admin);
      for (let round = 0; round < 10; round++) {
        const a = await createOpenCohort(t, admin, courseId, { startsAt: at(10 + round), capacity: 2 });
        const b = await createOpenCohort(t, admin, courseId, { startsAt: at(40 + round), capacity: 1 });
        const pair = await createOfficers(t, 2, unitId);
        const held = [(await enrol(pair[0], a)).json().id, (await enrol(pair[1], a)).json().id];
        const results = await Promise.all(pair.map((o, i) => switchRun(o, held[i], b)));
        expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
        expect(results.map((r) => r.json().outcome).sort()).toEqual(['pending', 'switched']);
        expect([await seats(a), await seats(b)]).toEqual([1, 1]);
        for (const o of pair) {
          const live = (await rows(courseId)).filter((r) => r.officer_id === o.id && r.status === 'enrolled');
          expect(live).toHaveLength(1);
        }
      }
      await expectConsistent(courseId);
    });
  });
});
