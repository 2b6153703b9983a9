import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

describe('learning: progress, assessments and who may see what', () => {
  let t: TestApp;
  let admin: TestUser;
  let kyiv: string;
  let lagos: string;
  let courseId: string;
  let lessonIds: string[];
  let trainer: TestUser;
  let otherTrainer: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    kyiv = await t.createUnit('UA');
    lagos = await t.createUnit('NG');
    trainer = await t.signIn('trainer');
    otherTrainer = await t.signIn('trainer');
    ({ courseId, lessonIds } = await createPublishedCourse(t, admin, {
      lessons: 3,
      questions: 6,
      questionsPerAttempt: 4,
      attemptLimit: 2,
      timeLimitMinutes: 20,
    }));
  });
  afterAll(() => t.close());

  async function enrolled(officer: TestUser, cohortId: string): Promise<string> {
    const r = await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie });
    expect(r.json()).toMatchObject({ status: 'enrolled' });
    return r.json().id;
  }

  it('saves lesson completion, reports progress and the next lesson, and completes after lessons and a passed assessment', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId);
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolled(officer, cohortId);
    let e = (await t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: officer.cookie })).json();
    expect(e).toMatchObject({ progressPercent: 0, nextLessonId: lessonIds[0] });

    const first = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${id}/lessons/${lessonIds[0]}/completion`,
      cookie: officer.cookie,
    });
    expect(first.json()).toMatchObject({
      completedLessonIds: [lessonIds[0]],
      enrolment: { progressPercent: 33, nextLessonId: lessonIds[1] },
    });
    const again = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${id}/lessons/${lessonIds[0]}/completion`,
      cookie: officer.cookie,
    });
    expect(again.json().completedLessonIds).toEqual([lessonIds[0]]);
    for (const lesson of lessonIds.slice(1))
      await t.inject({
        method: 'PUT',
        url: `/api/enrolments/${id}/lessons/${lesson}/completion`,
        cookie: officer.cookie,
      });
    e = (await t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: officer.cookie })).json();
    expect(e).toMatchObject({ progressPercent: 100, nextLessonId: null, status: 'enrolled' });

    // Pass the assessment: the correct answers come from the admin view of the bank.
    const bank = (
      await t.inject({ method: 'GET', url: `/api/courses/${courseId}/assessment`, cookie: admin.cookie })
    ).json();
    const attempt = (
      await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie })
    ).json();
    const answers = attempt.questions.map((q: { id: string }) => ({
      questionId: q.id,
      optionIds: bank.questions.find((b: { id: string }) => b.id === q.id).correct,
    }));
    const result = await t.inject({
      method: 'POST',
      url: `/api/attempts/${attempt.id}/submit`,
      cookie: officer.cookie,
      payload: { answers },
    });
    expect(result.json()).toMatchObject({ score: 100, passed: true });
    e = (await t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: officer.cookie })).json();
    expect(e.status).toBe('completed');
    expect(e.completedAt).not.toBeNull();
  });

  it('never sends correct answers before submission, refuses a resubmission and a late submission', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId);
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolled(officer, cohortId);
    const started = await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie });
    expect(started.statusCode).toBe(201);
    const attempt = started.json();
    expect(attempt.questions).toHaveLength(4);
    const payloads = [
      started.body,
      (await t.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, cookie: officer.cookie })).body,
      (await t.inject({ method: 'GET', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie })).body,
      (await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie })).body, // resume
      (await t.inject({ method: 'GET', url: `/api/courses/${courseId}`, cookie: officer.cookie })).body,
    ];
    for (const body of payloads) expect(body).not.toMatch(/"correct"/);
    expect(JSON.parse(payloads[3]).id).toBe(attempt.id);
    expect(
      (await t.inject({ method: 'GET', url: `/api/courses/${courseId}/assessment`, cookie: officer.cookie }))
        .statusCode,
    ).toBe(403);

    const wrong = attempt.questions.map((q: { id: string; options: { id: string }[] }) => ({
      questionId: q.id,
      optionIds: [q.options[2].id],
    }));
    const submitted = await t.inject({
      method: 'POST',
      url: `/api/attempts/${attempt.id}/submit`,
      cookie: officer.cookie,
      payload: { answers: wrong },
    });
    expect(submitted.json()).toMatchObject({ score: 0, passed: false, attemptsLeft: 1 });
    // A retake is left: the learner does not get the answers to take into it; an admin does.
    expect(submitted.body).not.toMatch(/"correct"/);
    expect(
      (await t.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, cookie: officer.cookie })).body,
    ).not.toMatch(/"correct"/);
    expect(
      (await t.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, cookie: admin.cookie })).json().questions[0]
        .correct,
    ).toHaveLength(1);
    const resubmit = await t.inject({
      method: 'POST',
      url: `/api/attempts/${attempt.id}/submit`,
      cookie: officer.cookie,
      payload: { answers: [] },
    });
    expect(resubmit.statusCode).toBe(409);
    expect(resubmit.json().message).toMatch(/^attempt: already submitted/);
    const [stored] = await t.db.query(`SELECT score FROM assessment_attempt WHERE id = $1`, [attempt.id]);
    expect(stored.score).toBe(0);

    // Second (last) attempt, submitted after its 20-minute limit: the clock moves on.
    const second = (
      await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie })
    ).json();
    const clock = t.app.get(Clock);
    const realNow = clock.now.bind(clock);
    clock.now = () => new Date(realNow().getTime() + 21 * 60_000);
    try {
      const late = await t.inject({
        method: 'POST',
        url: `/api/attempts/${second.id}/submit`,
        cookie: officer.cookie,
        payload: { answers: [] },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().message).toBe('attempt: the time limit has passed');
      const exhausted = await t.inject({
        method: 'POST',
        url: `/api/enrolments/${id}/attempts`,
        cookie: officer.cookie,
      });
      expect(exhausted.statusCode).toBe(409);
      expect(exhausted.json().message).toMatch(/^attempt: all 2 attempts are used/);
    } finally {
      clock.now = realNow;
    }
  });

  it('refuses answers to questions outside the attempt', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId);
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolled(officer, cohortId);
    const attempt = (
      await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: officer.cookie })
    ).json();
    const bogus = await t.inject({
      method: 'POST',
      url: `/api/attempts/${attempt.id}/submit`,
      cookie: officer.cookie,
      payload: { answers: [{ questionId: '00000000-0000-4000-8000-000000000000', optionIds: [] }] },
    });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.json().message).toMatch(/^answers.questionId:/);
  });

  it('keeps an officer out of another officer’s enrolment, progress and attempts', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId);
    const [owner, colleague] = await createOfficers(t, 2, kyiv);
    const [stranger] = await createOfficers(t, 1, lagos);
    const id = await enrolled(owner, cohortId);
    const attempt = (
      await t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: owner.cookie })
    ).json();
    for (const intruder of [colleague, stranger]) {
      const reads = await Promise.all([
        t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: intruder.cookie }),
        t.inject({ method: 'GET', url: `/api/enrolments/${id}/progress`, cookie: intruder.cookie }),
        t.inject({ method: 'GET', url: `/api/enrolments/${id}/attempts`, cookie: intruder.cookie }),
        t.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, cookie: intruder.cookie }),
        t.inject({
          method: 'PUT',
          url: `/api/enrolments/${id}/lessons/${lessonIds[0]}/completion`,
          cookie: intruder.cookie,
        }),
        t.inject({ method: 'POST', url: `/api/enrolments/${id}/attempts`, cookie: intruder.cookie }),
        t.inject({
          method: 'POST',
          url: `/api/attempts/${attempt.id}/submit`,
          cookie: intruder.cookie,
          payload: { answers: [] },
        }),
        t.inject({ method: 'POST', url: `/api/enrolments/${id}/withdraw`, cookie: intruder.cookie }),
      ]);
      expect(reads.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
      const list = await t.inject({ method: 'GET', url: '/api/enrolments', cookie: intruder.cookie });
      expect(list.json().items.map((e: { id: string }) => e.id)).not.toContain(id);
    }
    const [row] = await t.db.query(
      `SELECT status, submitted_at FROM enrolment e JOIN assessment_attempt a ON a.enrolment_id = e.id WHERE e.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'enrolled', submitted_at: null });
  });

  it('lets a coordinator nominate officers of their own unit only, and see their unit’s enrolments', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 10 });
    const coordinator = await t.signIn('coordinator', { policeUnitId: kyiv });
    const [mine1, mine2] = await createOfficers(t, 2, kyiv);
    const [foreign] = await createOfficers(t, 1, lagos);
    const refused = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/nominations`,
      cookie: coordinator.cookie,
      payload: { officerIds: [mine1.id, foreign.id] },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/^officerIds:/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [cohortId]);
    expect(n).toBe(0); // all or nothing

    const nominated = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/nominations`,
      cookie: coordinator.cookie,
      payload: { officerIds: [mine1.id, mine2.id] },
    });
    expect(nominated.statusCode).toBe(201);
    expect(nominated.json().enrolments.map((e: { status: string }) => e.status)).toEqual(['enrolled', 'enrolled']);
    const bell = (await t.inject({ method: 'GET', url: '/api/notifications', cookie: mine1.cookie })).json();
    expect(bell.items[0]).toMatchObject({ kind: 'enrolment.nominated' });
    const unitList = (
      await t.inject({ method: 'GET', url: '/api/enrolments?pageSize=100', cookie: coordinator.cookie })
    ).json();
    expect(
      unitList.items.every(
        (e: { officerId: string }) => [mine1.id, mine2.id, coordinator.id].includes(e.officerId) || e.officerId,
      ),
    ).toBe(true);
    const foreignIds = (
      await t.db.query(
        `SELECT e.id FROM enrolment e JOIN app_user u ON u.id = e.officer_id WHERE u.police_unit_id = $1`,
        [lagos],
      )
    ).map((r: { id: string }) => r.id);
    for (const e of unitList.items) expect(foreignIds).not.toContain(e.id);
    const officers = (
      await t.inject({
        method: 'GET',
        url: `/api/police-units/${kyiv}/officers?pageSize=100`,
        cookie: coordinator.cookie,
      })
    ).json();
    expect(officers.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([mine1.id, mine2.id]));
    expect(
      (await t.inject({ method: 'GET', url: `/api/police-units/${lagos}/officers`, cookie: coordinator.cookie }))
        .statusCode,
    ).toBe(404);
  });

  it('asks for the coordinator’s approval when the cohort requires it', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 1, requiresApproval: true });
    const coordinator = await t.signIn('coordinator', { policeUnitId: kyiv });
    const otherCoordinator = await t.signIn('coordinator', { policeUnitId: lagos });
    const [officer] = await createOfficers(t, 1, kyiv);
    const asked = (
      await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie })
    ).json();
    expect(asked.status).toBe('pending_approval');
    expect(
      (await t.inject({ method: 'POST', url: `/api/enrolments/${asked.id}/approve`, cookie: otherCoordinator.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.inject({ method: 'POST', url: `/api/enrolments/${asked.id}/approve`, cookie: officer.cookie }))
        .statusCode,
    ).toBe(403);
    const approved = await t.inject({
      method: 'POST',
      url: `/api/enrolments/${asked.id}/approve`,
      cookie: coordinator.cookie,
    });
    expect(approved.json().status).toBe('enrolled');
  });

  it('shows a cohort’s roster to its trainer only, and lets that trainer grade in-person enrolments', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { trainerId: trainer.id, deliveryMode: 'in_person' });
    const [officer] = await createOfficers(t, 1, kyiv);
    const id = await enrolled(officer, cohortId);
    const early = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${id}/grade`,
      cookie: trainer.cookie,
      payload: { attended: true, passed: true },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/^status: grades are given once the cohort runs/);
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'running' },
    });
    const roster = await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/roster`, cookie: trainer.cookie });
    expect(roster.statusCode).toBe(200);
    // A member-firm trainer sees the participant by pseudonym: no officer id, name or e-mail (officer-name.ts).
    expect(roster.json().entries).toEqual([
      expect.objectContaining({
        id,
        officerId: null,
        officerEmail: null,
        officerName: expect.stringMatching(/^Participant 1 · [0-9A-Z]{2}-[0-9A-Z]{3}$/),
        officerPseudonym: { number: 1, code: expect.stringMatching(/^[0-9A-Z]{2}-[0-9A-Z]{3}$/) },
      }),
    ]);
    expect(
      (await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/roster`, cookie: otherTrainer.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.inject({ method: 'GET', url: `/api/enrolments/${id}`, cookie: otherTrainer.cookie })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.inject({
          method: 'PUT',
          url: `/api/enrolments/${id}/grade`,
          cookie: otherTrainer.cookie,
          payload: { attended: true, passed: true },
        })
      ).statusCode,
    ).toBe(404);
    const trainerView = (await t.inject({ method: 'GET', url: '/api/enrolments', cookie: otherTrainer.cookie })).json();
    expect(trainerView.total).toBe(0);

    const graded = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${id}/grade`,
      cookie: trainer.cookie,
      payload: { attended: true, passed: true },
    });
    expect(graded.json()).toMatchObject({ status: 'completed', attended: true });
    const audit = (
      await t.inject({ method: 'GET', url: `/api/audit-events?entityId=${id}`, cookie: admin.cookie })
    ).json();
    expect(audit.items[0]).toMatchObject({ action: 'enrolment.grade', actor: { id: trainer.id } });
  });

  it('rejects bad cohort input naming the field, and officers’ attempts to set status or capacity', async () => {
    const starts = new Date(Date.now() + 86400_000).toISOString();
    const before = new Date(Date.now() - 86400_000).toISOString();
    const cases: Array<[object, string]> = [
      [{ courseId, startsAt: starts, endsAt: before, deliveryMode: 'online', language: 'uk', capacity: 10 }, 'endsAt'],
      [
        { courseId, startsAt: starts, endsAt: starts, deliveryMode: 'online', language: 'uk', capacity: -5 },
        'capacity',
      ],
      [
        { courseId, startsAt: 'tomorrow', endsAt: starts, deliveryMode: 'online', language: 'uk', capacity: 10 },
        'startsAt',
      ],
      [
        {
          courseId,
          startsAt: starts,
          endsAt: new Date(Date.now() + 2 * 86400_000).toISOString(),
          deliveryMode: 'in_person',
          language: 'uk',
          capacity: 10,
        },
        'countryCode',
      ],
      [
        {
          courseId,
          startsAt: starts,
          endsAt: new Date(Date.now() + 2 * 86400_000).toISOString(),
          deliveryMode: 'online',
          language: 'fr',
          capacity: 10,
        },
        'language',
      ],
      [
        { courseId: 'abc', startsAt: starts, endsAt: starts, deliveryMode: 'online', language: 'uk', capacity: 10 },
        'courseId',
      ],
    ];
    const [{ n: cohortsBefore }] = await t.db.query(`SELECT count(*)::int AS n FROM cohort`);
    for (const [payload, field] of cases) {
      const r = await t.inject({ method: 'POST', url: '/api/cohorts', cookie: admin.cookie, payload });
      expect({ field, status: r.statusCode }).toEqual({ field, status: 400 });
      expect(r.json().message).toContain(field);
    }
    const [{ n: cohortsAfter }] = await t.db.query(`SELECT count(*)::int AS n FROM cohort`);
    expect(cohortsAfter).toBe(cohortsBefore);

    const cohortId = await createOpenCohort(t, admin, courseId);
    const [officer] = await createOfficers(t, 1, kyiv);
    for (const field of ['status', 'capacity']) {
      const r = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${cohortId}/enrolments`,
        cookie: officer.cookie,
        payload: { [field]: field === 'status' ? 'enrolled' : 999 },
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().message).toBe(`${field}: is not allowed`);
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [cohortId]);
    expect(n).toBe(0);
  });

  it('filters and searches the catalogue; officers never see drafts', async () => {
    const draft = await t.inject({
      method: 'POST',
      url: '/api/courses',
      cookie: admin.cookie,
      payload: {
        code: 'DW-999',
        title: 'Hidden draft course',
        summary: 'Not yet published for officers.',
        level: 'advanced',
        topics: ['dark-web'],
        languages: ['en'],
        hours: 4,
      },
    });
    const [officer] = await createOfficers(t, 1, kyiv);
    const list = (await t.inject({ method: 'GET', url: '/api/courses?pageSize=100', cookie: officer.cookie })).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(courseId);
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(draft.json().id);
    expect(
      (await t.inject({ method: 'GET', url: `/api/courses/${draft.json().id}`, cookie: officer.cookie })).statusCode,
    ).toBe(404);
    const search = (
      await t.inject({ method: 'GET', url: '/api/courses?q=preserving%20evidence', cookie: officer.cookie })
    ).json();
    expect(search.items.map((c: { id: string }) => c.id)).toContain(courseId);
    const none = (
      await t.inject({ method: 'GET', url: '/api/courses?q=cryptocurrency', cookie: officer.cookie })
    ).json();
    expect(none.items.map((c: { id: string }) => c.id)).not.toContain(courseId);
    expect(
      (
        await t.inject({
          method: 'GET',
          url: '/api/courses?topic=digital-forensics&language=uk&level=foundation',
          cookie: officer.cookie,
        })
      ).json().total,
    ).toBeGreaterThanOrEqual(1);
    expect(
      (await t.inject({ method: 'GET', url: '/api/courses?language=zh-CN', cookie: officer.cookie }))
        .json()
        .items.map((c: { id: string }) => c.id),
    ).not.toContain(courseId);
    const adminDrafts = (
      await t.inject({ method: 'GET', url: '/api/courses?status=draft', cookie: admin.cookie })
    ).json();
    expect(adminDrafts.items.map((c: { id: string }) => c.id)).toContain(draft.json().id);
  });

  it('re-orders modules and lessons for admins', async () => {
    const course = await t.inject({ method: 'GET', url: `/api/courses/${courseId}`, cookie: admin.cookie });
    const moduleId = course.json().modules[0].id;
    const reversed = [...lessonIds].reverse();
    expect(
      (
        await t.inject({
          method: 'PUT',
          url: `/api/modules/${moduleId}/lesson-order`,
          cookie: admin.cookie,
          payload: { ids: reversed },
        })
      ).statusCode,
    ).toBe(204);
    const after = (await t.inject({ method: 'GET', url: `/api/courses/${courseId}`, cookie: admin.cookie })).json();
    expect(after.modules[0].lessons.map((l: { id: string }) => l.id)).toEqual(reversed);
    const partial = await t.inject({
      method: 'PUT',
      url: `/api/modules/${moduleId}/lesson-order`,
      cookie: admin.cookie,
      payload: { ids: reversed.slice(1) },
    });
    expect(partial.statusCode).toBe(400);
    // A published course keeps what it needs: its only module cannot go, and nothing changes.
    const removal = await t.inject({ method: 'DELETE', url: `/api/modules/${moduleId}`, cookie: admin.cookie });
    expect(removal.statusCode).toBe(409);
    expect(removal.json().message).toMatch(/^status: the course is published/);
    expect(
      (await t.inject({ method: 'GET', url: `/api/courses/${courseId}`, cookie: admin.cookie })).json().modules,
    ).toHaveLength(1);
    await t.inject({
      method: 'PUT',
      url: `/api/modules/${moduleId}/lesson-order`,
      cookie: admin.cookie,
      payload: { ids: lessonIds },
    });
  });

  it('lists a coordinator’s unit’s enrolments, and with mine=true only their own (My learning)', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId);
    const coordinator = await t.signIn('coordinator', { policeUnitId: kyiv });
    const [colleague] = await createOfficers(t, 1, kyiv);
    const own = await enrolled(coordinator, cohortId);
    const theirs = await enrolled(colleague, cohortId);

    const unit = await t.inject({ method: 'GET', url: '/api/enrolments?pageSize=100', cookie: coordinator.cookie });
    expect(unit.statusCode).toBe(200);
    const unitIds = unit.json().items.map((e: { id: string }) => e.id);
    expect(unitIds).toEqual(expect.arrayContaining([own, theirs]));

    const mine = await t.inject({
      method: 'GET',
      url: '/api/enrolments?mine=true&pageSize=100',
      cookie: coordinator.cookie,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: own, officerId: coordinator.id }] });

    const colleagueMine = await t.inject({ method: 'GET', url: '/api/enrolments?mine=true', cookie: colleague.cookie });
    expect(colleagueMine.json().items.map((e: { id: string }) => e.id)).toEqual([theirs]);

    const bad = await t.inject({ method: 'GET', url: '/api/enrolments?mine=yes', cookie: coordinator.cookie });
    expect(bad.statusCode).toBe(400);
  });
});
