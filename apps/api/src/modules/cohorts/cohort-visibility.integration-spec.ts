import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createPublishedCourse } from '../../../test/learning-fixtures';

/**
 * A cohort reserved for one police unit is seen by that unit, the cohort's trainer, member admins of
 * the trainer's firm and admins — in the list and in the single read alike; everyone else gets 404.
 */
describe('cohorts reserved for a police unit', () => {
  let t: TestApp;
  let admin: TestUser;
  let reservedId: string;
  let openId: string;
  const users: Record<string, TestUser> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    const unit = await t.createUnit('UA');
    const otherUnit = await t.createUnit('NG');
    const firm = await t.createFirm();
    const otherFirm = await t.createFirm();
    users.admin = admin;
    users.trainer = await t.signIn('trainer', { memberFirmId: firm });
    users.otherTrainer = await t.signIn('trainer', { memberFirmId: firm });
    users.firmAdmin = await t.signIn('member_admin', { memberFirmId: firm });
    users.otherFirmAdmin = await t.signIn('member_admin', { memberFirmId: otherFirm });
    users.coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    users.otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnit });
    [users.officer] = await createOfficers(t, 1, unit);
    [users.otherOfficer] = await createOfficers(t, 1, otherUnit);
    const { courseId } = await createPublishedCourse(t, admin);
    const create = async (extra: object) => {
      const starts = new Date(Date.now() + 14 * 86400_000);
      const r = await t.inject({
        method: 'POST',
        url: '/api/cohorts',
        cookie: admin.cookie,
        payload: {
          courseId,
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 5 * 86400_000).toISOString(),
          deliveryMode: 'online',
          language: 'uk',
          capacity: 25,
          ...extra,
        },
      });
      expect(r.statusCode).toBe(201);
      return r.json().id as string;
    };
    reservedId = await create({ policeUnitId: unit, trainerId: users.trainer.id });
    openId = await create({ trainerId: users.otherTrainer.id });
  });
  afterAll(() => t.close());

  it.each([
    ['admin', true],
    ['officer', true],
    ['coordinator', true],
    ['trainer', true],
    ['firmAdmin', true],
    ['otherOfficer', false],
    ['otherCoordinator', false],
    ['otherTrainer', false],
    ['otherFirmAdmin', false],
  ])('%s sees the reserved cohort: %s (list and get agree)', async (who, visible) => {
    const user = users[who];
    const list = await t.inject({ method: 'GET', url: '/api/cohorts?pageSize=100', cookie: user.cookie });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(openId);
    expect(ids.includes(reservedId)).toBe(visible);
    expect(list.json().total).toBe(visible ? 2 : 1);
    const get = await t.inject({ method: 'GET', url: `/api/cohorts/${reservedId}`, cookie: user.cookie });
    expect(get.statusCode).toBe(visible ? 200 : 404);
    if (visible) expect(get.json()).toMatchObject({ id: reservedId, policeUnitId: expect.any(String) });
    const open = await t.inject({ method: 'GET', url: `/api/cohorts/${openId}`, cookie: user.cookie });
    expect(open.statusCode).toBe(200);
  });
});
