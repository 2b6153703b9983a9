import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

describe('nominations racing over the same officers (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
  });
  afterAll(() => t.close());

  it('an admin and a coordinator nominating the same officers in opposite order into two runs of a course: no 5xx, one live enrolment each', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const runs = [
      await createOpenCohort(t, admin, courseId, { capacity: 100 }),
      await createOpenCohort(t, admin, courseId, { capacity: 100, startsInDays: 30 }),
    ];
    const statuses: number[] = [];
    for (let round = 0; round < 6; round++) {
      const ids = (await createOfficers(t, 5, unitId)).map((o) => o.id);
      const reversed = [...ids].reverse();
      const responses = await Promise.all(
        [
          [coordinator, runs[0], ids],
          [admin, runs[1], reversed],
          [admin, runs[0], reversed],
          [coordinator, runs[1], ids],
        ].map(([user, cohortId, officerIds]) =>
          t.inject({
            method: 'POST',
            url: `/api/cohorts/${cohortId as string}/nominations`,
            cookie: (user as TestUser).cookie,
            payload: { officerIds },
          }),
        ),
      );
      for (const r of responses) {
        statuses.push(r.statusCode);
        if (r.statusCode === 409) expect(r.json().message).toMatch(/\S/);
      }
      // Exactly one run got the whole batch (all or nothing): the others were told 409.
      expect(responses.filter((r) => r.statusCode === 201).length).toBeGreaterThanOrEqual(1);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const doubles = await t.db.query(
      `SELECT officer_id FROM enrolment WHERE course_id = $1 AND status IN ('pending_approval', 'enrolled', 'waitlisted')
        GROUP BY officer_id HAVING count(*) > 1`,
      [courseId],
    );
    expect(doubles).toEqual([]);
  });
});
