import { randomUUID } from 'node:crypto';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

/**
 * Lesson completions made offline: the portal queues them with an id of its own (`clientId`) and sends
 * them when back online, perhaps twice, perhaps at once, in any order. The server records each once and
 * answers a repeat as the first time; an id given to another completion, an enrolment withdrawn meanwhile
 * and a malformed id are refused with a code, never a 500.
 */
describe('offline lesson completions (clientId)', () => {
  let t: TestApp;
  let admin: TestUser;
  let kyiv: string;
  let courseId: string;
  let lessonIds: string[];
  let otherCourse: { courseId: string; lessonIds: string[] };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    kyiv = await t.createUnit('UA');
    ({ courseId, lessonIds } = await createPublishedCourse(t, admin, { lessons: 3, questions: 4 }));
    otherCourse = await createPublishedCourse(t, admin, { lessons: 2, questions: 4 });
  });
  afterAll(() => t.close());

  async function enrolment(officer: TestUser, course = courseId): Promise<string> {
    const cohortId = await createOpenCohort(t, admin, course);
    const r = await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie });
    expect(r.json()).toMatchObject({ status: 'enrolled' });
    return r.json().id;
  }

  const complete = (officer: TestUser, id: string, lessonId: string, payload?: unknown) =>
    t.inject({
      method: 'PUT',
      url: `/api/enrolments/${id}/lessons/${lessonId}/completion`,
      cookie: officer.cookie,
      payload,
    });

  const rows = (id: string) =>
    t.db.query(`SELECT lesson_id, client_id FROM lesson_completion WHERE enrolment_id = $1 ORDER BY lesson_id`, [id]);

  it('records a clientId once when it is sent twice at the same moment, and answers both alike', async () => {
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolment(officer);
    const clientId = randomUUID();
    const answers = await Promise.all([
      complete(officer, id, lessonIds[0], { clientId }),
      complete(officer, id, lessonIds[0], { clientId }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(answers[0].json()).toEqual(answers[1].json());
    expect(answers[0].json()).toMatchObject({ completedLessonIds: [lessonIds[0]], enrolment: { progressPercent: 33 } });
    expect(await rows(id)).toEqual([{ lesson_id: lessonIds[0], client_id: clientId }]);

    // Later, after other lessons: the same answer for that id, still one row for it.
    const second = randomUUID();
    expect((await complete(officer, id, lessonIds[1], { clientId: second })).statusCode).toBe(200);
    const replay = await complete(officer, id, lessonIds[0], { clientId });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().completedLessonIds).toEqual([lessonIds[0], lessonIds[1]]);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM lesson_completion WHERE client_id = $1`, [
      clientId,
    ]);
    expect(count).toBe(1);
  });

  it('accepts offline completions in any order, and one of a lesson already saved online', async () => {
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolment(officer);
    expect((await complete(officer, id, lessonIds[0])).statusCode).toBe(200); // online, no body
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const i of [2, 0, 1])
      expect((await complete(officer, id, lessonIds[i], { clientId: ids[i] })).statusCode).toBe(200);
    for (const i of [1, 2, 0])
      expect((await complete(officer, id, lessonIds[i], { clientId: ids[i] })).statusCode).toBe(200);
    const saved = await rows(id);
    expect(saved).toHaveLength(3);
    expect(saved.map((r: { lesson_id: string }) => r.lesson_id).sort()).toEqual([...lessonIds].sort());
    const progress = (await t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: officer.cookie })).json();
    expect(progress.progressPercent).toBe(100);
  });

  it('refuses a clientId already given to another lesson or another enrolment with a code, not a 500', async () => {
    const [officer, colleague] = await createOfficers(t, 2, kyiv);
    const id = await enrolment(officer);
    const otherId = await enrolment(officer, otherCourse.courseId);
    const colleagues = await enrolment(colleague);
    const clientId = randomUUID();
    expect((await complete(officer, id, lessonIds[0], { clientId })).statusCode).toBe(200);

    const refusals = [
      await complete(officer, id, lessonIds[1], { clientId }),
      await complete(officer, otherId, otherCourse.lessonIds[0], { clientId }),
      await complete(colleague, colleagues, lessonIds[0], { clientId }),
    ];
    for (const r of refusals) {
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'enrolment.client_id_reused', field: 'clientId' });
    }
    expect(await rows(id)).toEqual([{ lesson_id: lessonIds[0], client_id: clientId }]);
    expect(await rows(otherId)).toEqual([]);
    expect(await rows(colleagues)).toEqual([]);

    // A new id sent at once for two enrolments (two row locks): one is recorded, the other refused.
    const raced = randomUUID();
    const both = await Promise.all([
      complete(officer, id, lessonIds[2], { clientId: raced }),
      complete(colleague, colleagues, lessonIds[2], { clientId: raced }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'enrolment.client_id_reused' });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM lesson_completion WHERE client_id = $1`, [
      raced,
    ]);
    expect(count).toBe(1);
  });

  it('refuses a completion for an enrolment withdrawn meanwhile, and still answers one recorded before', async () => {
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolment(officer);
    const before = randomUUID();
    expect((await complete(officer, id, lessonIds[0], { clientId: before })).statusCode).toBe(200);
    const withdrawn = await t.inject({ method: 'POST', url: `/api/enrolments/${id}/withdraw`, cookie: officer.cookie });
    expect(withdrawn.statusCode).toBe(200);

    for (const payload of [{ clientId: randomUUID() }, undefined]) {
      const refused = await complete(officer, id, lessonIds[1], payload);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'enrolment.no_longer_active', field: 'enrolmentId' });
    }
    // The completion recorded before the withdrawal, sent again (its answer was lost): the same answer.
    const replay = await complete(officer, id, lessonIds[0], { clientId: before });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().completedLessonIds).toEqual([lessonIds[0]]);
    expect(await rows(id)).toEqual([{ lesson_id: lessonIds[0], client_id: before }]);
  });

  it('answers 400 naming clientId when it is not a UUID, and saves nothing', async () => {
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolment(officer);
    for (const clientId of ['not-a-uuid', 42, '', `${randomUUID()}x`]) {
      const r = await complete(officer, id, lessonIds[0], { clientId });
      expect(r.statusCode).toBe(400);
      const body = r.json();
      const fields = [body.field, ...(body.errors ?? []).map((e: { field: string }) => e.field)];
      expect(fields).toContain('clientId');
    }
    const unknown = await complete(officer, id, lessonIds[0], { clientId: randomUUID(), extra: true });
    expect(unknown.statusCode).toBe(400);
    expect(await rows(id)).toEqual([]);
  });
});
