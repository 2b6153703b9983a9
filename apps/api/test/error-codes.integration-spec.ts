import { randomUUID } from 'node:crypto';
import { createOfficers, createOpenCohort, createPublishedCourse } from './learning-fixtures';
import { TestApp, TestUser, TEST_PASSWORD } from './test-app';

/**
 * Every refusal carries a stable `code` (and the `field` at fault, and its `params`) beside the English
 * `message`, so the portal can say it in the reader's language.
 */
describe('error codes in answers', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(() => t.close());

  it('401 on a wrong password: auth.credentials_not_recognised, the message unchanged', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: `${TEST_PASSWORD}-wrong` },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'email or password: not recognised',
      code: 'auth.credentials_not_recognised',
    });
    const anonymous = await t.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.json()).toMatchObject({ statusCode: 401, code: 'auth.sign_in_first' });
  });

  it('400 from validation: a code per constraint with its values, the field, and every problem listed', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: '2031-03-01T09:00:00.000Z',
        endsAt: '2031-03-05T17:00:00.000Z',
        deliveryMode: 'online',
        language: 'english!',
        capacity: 0,
      },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: body.errors[0].code, field: body.errors[0].field });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          code: 'validation.format.language_tag',
          field: 'language',
          message: 'language: must be a BCP 47 language tag such as en or pt-BR',
        },
        { code: 'validation.min', field: 'capacity', params: { min: 1 }, message: 'capacity: must not be less than 1' },
      ]),
    );
    expect(body.message).toBe(body.errors.map((e: { message: string }) => e.message).join('; '));

    const single = await t.inject({ method: 'GET', url: '/api/cohorts?pageSize=5000', cookie: admin.cookie });
    expect(single.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'pageSize: must not be greater than 100',
      code: 'validation.max',
      field: 'pageSize',
      params: { max: 100 },
    });
    const unknownField = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.test', password: 'x', role: 'admin' },
    });
    expect(unknownField.json()).toMatchObject({ code: 'validation.not_allowed', field: 'role' });
  });

  it('400 from the transport bounds: malformed id, JSON, nesting, NUL characters', async () => {
    const badId = await t.inject({ method: 'GET', url: '/api/cohorts/not-a-uuid', cookie: admin.cookie });
    expect(badId.json()).toMatchObject({ statusCode: 400, code: 'validation.isUuid', field: 'id' });
    const malformed = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.json()).toMatchObject({ statusCode: 400, code: 'http.malformed_json', field: 'body' });
    const deep = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: `{"email":${'['.repeat(40)}${']'.repeat(40)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(deep.json()).toMatchObject({ code: 'http.too_deep', field: 'email', params: { max: 32 } });
    const nul = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a\u0000@b.test', password: 'x' },
    });
    expect(nul.json()).toMatchObject({ code: 'validation.nul_character', field: 'email' });
  });

  it('404, 413 and 415 from the framework carry codes too', async () => {
    const route = await t.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(route.json()).toMatchObject({ statusCode: 404, code: 'http.route_not_found' });
    const cohort = await t.inject({ method: 'GET', url: `/api/cohorts/${randomUUID()}`, cookie: admin.cookie });
    expect(cohort.json()).toMatchObject({
      statusCode: 404,
      code: 'cohort.not_found',
      field: 'id',
      message: 'id: no such cohort',
    });
    const form = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'email=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.json()).toMatchObject({
      statusCode: 415,
      code: 'http.unsupported_media_type',
      field: 'content-type',
      params: { contentType: 'text/plain' },
    });
    const huge = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024), password: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.json()).toMatchObject({ statusCode: 413, code: 'http.body_too_large', field: 'body' });
  });

  it('409 and 403 on enrolment and nomination conflicts name the code and the field', async () => {
    const first = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const second = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const [officer] = await createOfficers(t, 1, unitId);
    await t.inject({ method: 'POST', url: `/api/cohorts/${first}/enrolments`, cookie: officer.cookie });
    const again = await t.inject({ method: 'POST', url: `/api/cohorts/${second}/enrolments`, cookie: officer.cookie });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'cohortId: the officer already has an active enrolment in another run of this course',
      code: 'enrolment.already_enrolled',
      field: 'cohortId',
    });

    // A coordinator nominating an officer of another unit.
    const [stranger] = await createOfficers(t, 1, await t.createUnit('UA'));
    const nomination = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${second}/nominations`,
      cookie: coordinator.cookie,
      payload: { officerIds: [stranger.id] },
    });
    expect(nomination.statusCode).toBe(403);
    expect(nomination.json()).toMatchObject({ code: 'enrolment.nominate_own_unit', field: 'officerIds' });

    // A status change a cohort cannot make: the parameters the portal's text needs.
    const cancel = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${first}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });
    expect(cancel.statusCode).toBe(200);
    const reopen = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${first}/status`,
      cookie: admin.cookie,
      payload: { status: 'open' },
    });
    expect(reopen.json()).toMatchObject({
      statusCode: 409,
      code: 'cohort.invalid_transition',
      field: 'status',
      params: { status: 'cancelled', to: 'open' },
    });
  });

  it('429 on repeated failed sign-ins: auth.too_many_sign_ins with the seconds to wait', async () => {
    const target = await t.signIn('officer');
    let last;
    for (let i = 0; i < 30; i++) {
      last = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: target.email, password: `${TEST_PASSWORD}-${i}` },
      });
      if (last.statusCode === 429) break;
    }
    expect(last!.statusCode).toBe(429);
    const body = last!.json();
    expect(body).toMatchObject({ code: 'auth.too_many_sign_ins', field: 'email' });
    expect(body.params.seconds).toBe(Number(last!.headers['retry-after']));
  });

  it('answered nothing without a catalogued code', () => {
    expect(t.answersWithoutCode()).toEqual([]);
  });
});
