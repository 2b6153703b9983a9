import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

describe('enrolment: seats, waitlist and concurrency', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(() => t.close());

  it('200 concurrent requests into 25 seats: exactly 25 enrolled, 175 waitlisted first-come first-served, no 5xx', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 25 });
    const officers = await createOfficers(t, 200, unitId);
    const responses = await Promise.all(
      officers.map((o) => t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie })),
    );
    expect(responses.filter((r) => r.statusCode >= 500)).toEqual([]);
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const statuses = responses.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'enrolled').length).toBe(25);
    expect(statuses.filter((s) => s === 'waitlisted').length).toBe(175);

    const rows: { status: string; queue_number: string }[] = await t.db.query(
      `SELECT status, queue_number FROM enrolment WHERE cohort_id = $1 ORDER BY queue_number`,
      [cohortId],
    );
    // Arrival order: the first 25 served got the seats, everyone after them waits, in order.
    expect(rows.slice(0, 25).every((r) => r.status === 'enrolled')).toBe(true);
    expect(rows.slice(25).every((r) => r.status === 'waitlisted')).toBe(true);
    const positions = responses
      .filter((r) => r.json().status === 'waitlisted')
      .map((r) => r.json().waitlistPosition)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 175 }, (_, i) => i + 1));
    const [cohort] = await t.db.query(`SELECT seats_taken, capacity FROM cohort WHERE id = $1`, [cohortId]);
    expect(cohort).toEqual({ seats_taken: 25, capacity: 25 });
  });

  it('20 parallel requests from one officer give one enrolment', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const [officer] = await createOfficers(t, 1, unitId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201).length).toBe(1);
    expect(responses.filter((r) => r.statusCode === 200).length).toBe(19);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [cohortId]);
    expect(n).toBe(1);
    const [cohort] = await t.db.query(`SELECT seats_taken FROM cohort WHERE id = $1`, [cohortId]);
    expect(cohort.seats_taken).toBe(1);
  });

  it('serves the waitlist in arrival order, and a withdrawal promotes exactly the first in line and notifies them', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 2 });
    const officers = await createOfficers(t, 5, unitId);
    const results: { id: string; status: string; waitlistPosition: number | null }[] = [];
    for (const o of officers)
      results.push(
        (await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie })).json(),
      );
    expect(results.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);

    const withdrawn = await t.inject({
      method: 'POST',
      url: `/api/enrolments/${results[0].id}/withdraw`,
      cookie: officers[0].cookie,
    });
    expect(withdrawn.json().status).toBe('withdrawn');
    // The promoted officer is told, with a link to their enrolment.
    const told = await t.inject({ method: 'GET', url: '/api/notifications', cookie: officers[2].cookie });
    expect(told.json().unread).toBe(1);
    expect(told.json().items[0]).toMatchObject({
      kind: 'enrolment.promoted',
      params: { cohortId, enrolmentId: results[2].id },
      objectType: 'enrolment',
      objectId: results[2].id,
      link: '/learning',
      read: false,
    });
    const after = await Promise.all(
      results.map((r, i) => t.inject({ method: 'GET', url: `/api/enrolments/${r.id}`, cookie: officers[i].cookie })),
    );
    expect(after.map((r) => [r.json().status, r.json().waitlistPosition])).toEqual([
      ['withdrawn', null],
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    // Opening the enrolment (each officer just did) marks its notification read.
    const bell = await t.inject({ method: 'GET', url: '/api/notifications', cookie: officers[2].cookie });
    expect(bell.json().unread).toBe(0);
    expect(bell.json().items[0]).toMatchObject({ kind: 'enrolment.promoted', params: { cohortId }, read: true });
    const others = await t.inject({ method: 'GET', url: '/api/notifications', cookie: officers[3].cookie });
    expect(others.json().unread).toBe(0);
    const [cohort] = await t.db.query(`SELECT seats_taken FROM cohort WHERE id = $1`, [cohortId]);
    expect(cohort.seats_taken).toBe(2);
  });

  it('concurrent withdrawals promote each waitlisted officer once, never over capacity', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 10 });
    const officers = await createOfficers(t, 30, unitId);
    const enrolments: { id: string }[] = [];
    for (const o of officers)
      enrolments.push(
        (await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie })).json(),
      );
    const withdrawals = await Promise.all(
      officers
        .slice(0, 10)
        .map((o, i) =>
          t.inject({ method: 'POST', url: `/api/enrolments/${enrolments[i].id}/withdraw`, cookie: o.cookie }),
        ),
    );
    expect(withdrawals.every((w) => w.statusCode === 200)).toBe(true);
    const rows: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM enrolment WHERE cohort_id = $1 GROUP BY 1 ORDER BY 1`,
      [cohortId],
    );
    expect(rows).toEqual([
      { status: 'enrolled', n: 10 },
      { status: 'waitlisted', n: 10 },
      { status: 'withdrawn', n: 10 },
    ]);
    const promoted: { officer_id: string }[] = await t.db.query(
      `SELECT officer_id FROM enrolment WHERE cohort_id = $1 AND status = 'enrolled'`,
      [cohortId],
    );
    expect(promoted.map((p) => p.officer_id).sort()).toEqual(
      officers
        .slice(10, 20)
        .map((o) => o.id)
        .sort(),
    );
  });

  it('refuses a second active enrolment in another run of the same course, and enrolment into a cohort that is not open', async () => {
    const first = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const second = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const [officer] = await createOfficers(t, 1, unitId);
    expect(
      (await t.inject({ method: 'POST', url: `/api/cohorts/${first}/enrolments`, cookie: officer.cookie })).statusCode,
    ).toBe(201);
    const parallel = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${second}/enrolments`,
      cookie: officer.cookie,
    });
    expect(parallel.statusCode).toBe(409);
    expect(parallel.json().message).toMatch(/^cohortId: .*another run/);

    const closed = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${closed}/status`,
      cookie: admin.cookie,
      payload: { status: 'running' },
    });
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${closed}/status`,
      cookie: admin.cookie,
      payload: { status: 'completed' },
    });
    const [other] = await createOfficers(t, 1, unitId);
    const late = await t.inject({ method: 'POST', url: `/api/cohorts/${closed}/enrolments`, cookie: other.cookie });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/^cohortId: the cohort is completed/);
  });

  it('cancelling a cohort withdraws everyone and notifies them', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 1 });
    const officers = await createOfficers(t, 2, unitId);
    for (const o of officers)
      await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie });
    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', seatsLeft: 1 });
    for (const o of officers) {
      const bell = await t.inject({ method: 'GET', url: '/api/notifications', cookie: o.cookie });
      expect(bell.json().items.map((n: { kind: string }) => n.kind)).toContain('cohort.cancelled');
    }
    const reopen = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'open' },
    });
    expect(reopen.statusCode).toBe(409);
  });

  it('raising capacity promotes from the waitlist', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 1 });
    const officers = await createOfficers(t, 3, unitId);
    for (const o of officers)
      await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie });
    const raised = await t.inject({
      method: 'PATCH',
      url: `/api/cohorts/${cohortId}`,
      cookie: admin.cookie,
      payload: { capacity: 2 },
    });
    expect(raised.json()).toMatchObject({ capacity: 2, seatsLeft: 0, waitlisted: 1 });
    const lowered = await t.inject({
      method: 'PATCH',
      url: `/api/cohorts/${cohortId}`,
      cookie: admin.cookie,
      payload: { capacity: 1 },
    });
    expect(lowered.statusCode).toBe(400);
    expect(lowered.json().message).toMatch(/^capacity:/);
  });
});
