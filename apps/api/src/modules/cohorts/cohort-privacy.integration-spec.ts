import { Worker } from 'bullmq';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JobName, QueueName } from '../../core/queue/queue-registry';
import { bullConnection } from '../../core/queue/queue.service';
import { waitFor } from '../../../test/assignment-fixtures';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { SmtpCatcher } from '../../../test/smtp-catcher';
import { TestApp, TestUser } from '../../../test/test-app';
import { MailService } from '../notifications/email/mail.service';
import { COHORT_MESSAGES_PER_HOUR } from './cohort-message-throttle';

const auditCount = async (t: TestApp, action: string, cohortId: string) =>
  Number(
    (
      await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, cohortId])
    )[0].n,
  );

/**
 * Named rosters: a police unit's coordinator (for a cohort with the unit's officers, or reserved for the unit) or
 * an admin records, with a reason, that member-firm staff see the unit's officers in a cohort by name; recorded,
 * audited, withdrawn. Reading the choices follows one scope.
 */
describe('named rosters (opt-in)', () => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  let otherTrainer: TestUser;
  let firmAdmin: TestUser;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let thirdCoordinator: TestUser;
  let officer: TestUser;
  let unit: string;
  let otherUnit: string;
  let thirdUnit: string;
  let cohortId: string;
  let reservedId: string;

  const put = (user: TestUser, id: string, payload: object) =>
    t.inject({ method: 'PUT', url: `/api/cohorts/${id}/named-roster`, cookie: user.cookie, payload });
  const get = (user: TestUser, id: string) =>
    t.inject({ method: 'GET', url: `/api/cohorts/${id}/named-roster`, cookie: user.cookie });
  const del = (user: TestUser, id: string, unitId?: string) =>
    t.inject({
      method: 'DELETE',
      url: `/api/cohorts/${id}/named-roster${unitId ? `?policeUnitId=${unitId}` : ''}`,
      cookie: user.cookie,
    });
  const rows = async (id: string) =>
    (await t.db.query(
      `SELECT police_unit_id, reason, opted_by_id FROM cohort_named_roster WHERE cohort_id = $1 ORDER BY reason`,
      [id],
    )) as Array<{ police_unit_id: string; reason: string; opted_by_id: string }>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    const firm = await t.createFirm();
    trainer = await t.signIn('trainer', { memberFirmId: firm });
    otherTrainer = await t.signIn('trainer');
    firmAdmin = await t.signIn('member_admin', { memberFirmId: firm });
    unit = await t.createUnit('UA');
    otherUnit = await t.createUnit('KE');
    thirdUnit = await t.createUnit('BR');
    coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnit });
    thirdCoordinator = await t.signIn('coordinator', { policeUnitId: thirdUnit });
    [officer] = await createOfficers(t, 1, unit);
    const { courseId } = await createPublishedCourse(t, admin);
    cohortId = await createOpenCohort(t, admin, courseId, { trainerId: trainer.id });
    const enrolled = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/enrolments`,
      cookie: officer.cookie,
    });
    expect(enrolled.statusCode).toBe(201);
    const starts = new Date(Date.now() + 200 * 86400_000);
    const reserved = await t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 2 * 86400_000).toISOString(),
        deliveryMode: 'online',
        language: 'uk',
        capacity: 10,
        policeUnitId: thirdUnit,
      },
    });
    expect(reserved.statusCode).toBe(201);
    reservedId = reserved.json().id;
  });
  afterAll(() => t.close());

  it('the unit’s coordinator opts in with a reason; a repeat changes nothing; a new reason is recorded again', async () => {
    const first = await put(coordinator, cohortId, { reason: '  Joint operation: trainer must know the team  ' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      cohortId,
      policeUnitId: unit,
      reason: 'Joint operation: trainer must know the team',
      optedByName: 'Test coordinator',
    });
    expect(await rows(cohortId)).toEqual([
      { police_unit_id: unit, reason: 'Joint operation: trainer must know the team', opted_by_id: coordinator.id },
    ]);
    expect(await auditCount(t, 'cohort.named_roster_opt_in', cohortId)).toBe(1);
    const [event] = await t.db.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'cohort.named_roster_opt_in' AND entity_id = $1`,
      [cohortId],
    );
    expect(event).toMatchObject({
      actor_id: coordinator.id,
      details: { policeUnitId: unit, reason: 'Joint operation: trainer must know the team' },
    });

    const again = await put(coordinator, cohortId, { reason: 'Joint operation: trainer must know the team' });
    expect(again.statusCode).toBe(200);
    expect(await auditCount(t, 'cohort.named_roster_opt_in', cohortId)).toBe(1);
    expect(await rows(cohortId)).toHaveLength(1);

    const changed = await put(coordinator, cohortId, { policeUnitId: unit, reason: 'Certification ceremony' });
    expect(changed.json().reason).toBe('Certification ceremony');
    expect(await auditCount(t, 'cohort.named_roster_opt_in', cohortId)).toBe(2);
  });

  it('refuses another unit’s coordinator (403 on a cohort they see, 404 on one reserved for another unit)', async () => {
    // Their own unit has no officer in this cohort.
    const own = await put(otherCoordinator, cohortId, { reason: 'We would like names' });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'cohort.named_roster_forbidden', field: 'policeUnitId' });
    const foreign = await put(otherCoordinator, cohortId, { policeUnitId: unit, reason: 'Names please' });
    expect(foreign.statusCode).toBe(403);
    const hidden = await put(otherCoordinator, reservedId, { reason: 'Names please' });
    expect(hidden.statusCode).toBe(404);
    expect((await del(otherCoordinator, cohortId, unit)).statusCode).toBe(403);
    expect((await put(trainer, cohortId, { policeUnitId: unit, reason: 'I want names' })).statusCode).toBe(403);
    expect((await put(officer, cohortId, { reason: 'I want names' })).statusCode).toBe(403);
    expect(await rows(cohortId)).toHaveLength(1);
  });

  it('a coordinator may opt in a cohort reserved for their unit, even before anyone enrols', async () => {
    const r = await put(thirdCoordinator, reservedId, { reason: 'Unit-only course, names agreed' });
    expect(r.statusCode).toBe(200);
    expect(await rows(reservedId)).toEqual([
      { police_unit_id: thirdUnit, reason: 'Unit-only course, names agreed', opted_by_id: thirdCoordinator.id },
    ]);
  });

  it('validates the reason and the unit', async () => {
    const missing = await put(coordinator, cohortId, {});
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('reason');
    const blank = await put(coordinator, cohortId, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    const long = await put(coordinator, cohortId, { reason: 'x'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(JSON.stringify(long.json())).toContain('reason');
    const nul = await put(coordinator, cohortId, { reason: 'bad\u0000reason' });
    expect(nul.statusCode).toBe(400);
    expect(JSON.stringify(nul.json())).toContain('reason');
    const noUnit = await put(admin, cohortId, { reason: 'Admin decision' });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json()).toMatchObject({ code: 'validation.required', field: 'policeUnitId' });
    const ghost = await put(admin, cohortId, { policeUnitId: '00000000-0000-4000-8000-000000000000', reason: 'Ghost' });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json()).toMatchObject({ code: 'police_unit.not_found', field: 'policeUnitId' });
  });

  it('admins opt in any unit; each reader sees the choices their scope allows', async () => {
    const r = await put(admin, cohortId, { policeUnitId: otherUnit, reason: 'Alliance decision' });
    expect(r.statusCode).toBe(200);
    const units = (user: TestUser) =>
      get(user, cohortId).then((res) => {
        expect(res.statusCode).toBe(200);
        return res.json().items as Array<{ policeUnitId: string; reason: string | null; optedByName: string | null }>;
      });
    expect((await units(admin)).map((i) => i.policeUnitId).sort()).toEqual([unit, otherUnit].sort());
    expect(await units(coordinator)).toEqual([
      expect.objectContaining({ policeUnitId: unit, reason: 'Certification ceremony' }),
    ]);
    expect(await units(otherCoordinator)).toEqual([
      expect.objectContaining({ policeUnitId: otherUnit, reason: 'Alliance decision' }),
    ]);
    const seenByTrainer = await units(trainer);
    expect(seenByTrainer.map((i) => i.policeUnitId).sort()).toEqual([unit, otherUnit].sort());
    expect(seenByTrainer.every((i) => i.reason === null && i.optedByName === null)).toBe(true);
    expect(await units(otherTrainer)).toEqual([]);
    expect(await units(officer)).toEqual([]);
    expect((await get(firmAdmin, cohortId)).statusCode).toBe(403);
    expect((await get(otherCoordinator, reservedId)).statusCode).toBe(404);
  });

  it('withdraws: the row goes, the withdrawal is audited once, a repeat is harmless', async () => {
    const gone = await del(coordinator, cohortId);
    expect(gone.statusCode).toBe(204);
    expect((await rows(cohortId)).map((r) => r.police_unit_id)).toEqual([otherUnit]);
    expect(await auditCount(t, 'cohort.named_roster_withdraw', cohortId)).toBe(1);
    expect((await del(coordinator, cohortId)).statusCode).toBe(204);
    expect(await auditCount(t, 'cohort.named_roster_withdraw', cohortId)).toBe(1);
    expect((await del(admin, cohortId, otherUnit)).statusCode).toBe(204);
    expect(await rows(cohortId)).toEqual([]);
    expect(await auditCount(t, 'cohort.named_roster_withdraw', cohortId)).toBe(2);
  });
});

/**
 * Messages to participants: the platform relays a trainer's message as a notification (bell, and e-mail as each
 * chose), one e-mail per recipient from the platform's address; the sender learns only how many.
 */
describe('messages relayed to participants', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let worker: Worker;
  let admin: TestUser;
  let trainer: TestUser;
  let otherTrainer: TestUser;
  let officers: TestUser[];
  let stranger: TestUser;
  let cohortId: string;
  let enrolmentIds: string[];
  let strangerEnrolmentId: string;

  const send = (user: TestUser, payload: object, id = cohortId) =>
    t.inject({ method: 'POST', url: `/api/cohorts/${id}/messages`, cookie: user.cookie, payload });

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://academy.example' });
    const mail = t.app.get(MailService);
    worker = new Worker(
      QueueName.Mail,
      async (job) => (job.name === JobName.SendEmail ? mail.send(job.data.emailId) : null),
      { connection: bullConnection(t.config), prefix: t.config.redisPrefix },
    );
    worker.on('error', () => undefined);
    await worker.waitUntilReady();
    admin = await t.signIn('admin');
    trainer = await t.signIn('trainer');
    otherTrainer = await t.signIn('trainer');
    const { courseId } = await createPublishedCourse(t, admin);
    cohortId = await createOpenCohort(t, admin, courseId, { trainerId: trainer.id });
    const otherCohort = await createOpenCohort(t, admin, courseId, { trainerId: otherTrainer.id });
    officers = await createOfficers(t, 3, await t.createUnit('UA'));
    [stranger] = await createOfficers(t, 1, await t.createUnit('KE'));
    enrolmentIds = [];
    for (const o of officers) {
      const r = await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: o.cookie });
      enrolmentIds.push(r.json().id);
    }
    strangerEnrolmentId = (
      await t.inject({ method: 'POST', url: `/api/cohorts/${otherCohort}/enrolments`, cookie: stranger.cookie })
    ).json().id;
    // The third participant reads such messages in the bell only.
    const pref = await t.inject({
      method: 'PUT',
      url: '/api/auth/me/notification-preferences',
      cookie: officers[2].cookie,
      payload: { items: [{ kind: 'cohort.message', delivery: 'in_app' }] },
    });
    expect(pref.statusCode).toBe(200);
  });
  afterAll(async () => {
    await worker?.close();
    await smtp.stop();
    await t?.close();
  });

  it('reaches every participant, one e-mail each from the platform, and tells the sender only how many', async () => {
    const r = await send(trainer, {
      subject: 'Week 2 room\r\nBcc: spy@example.test',
      body: 'Bring your <laptop> & charger.\nRoom 4B.',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ sent: 3 });
    for (const o of officers) expect(r.body).not.toContain(o.email);
    expect(r.body).not.toContain('@');

    await t.app.get(OutboxService).relay();
    await waitFor('the two e-mails', async () => smtp.messages.length >= 2, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages).toHaveLength(2);
    for (const o of officers.slice(0, 2)) {
      const [m] = smtp.to(o.email);
      expect(m.envelope.to).toEqual([o.email]);
      const to = m.parsed.to && !Array.isArray(m.parsed.to) ? m.parsed.to.value.map((v) => v.address) : [];
      expect(to).toEqual([o.email]);
      expect(m.parsed.cc).toBeUndefined();
      expect(m.parsed.from?.value[0].address).not.toBe(trainer.email);
      expect(m.raw).not.toContain(trainer.email);
      for (const other of officers.filter((x) => x !== o)) expect(m.raw).not.toContain(other.email);
      expect(m.parsed.subject).toContain('Week 2 room Bcc: spy@example.test');
      expect(m.parsed.text).toContain('Bring your <laptop> & charger.');
      expect(m.parsed.html).toContain('Bring your &lt;laptop&gt; &amp; charger.');
      expect(m.parsed.html).not.toContain('<laptop>');
    }
    expect(smtp.to('spy@example.test')).toEqual([]);
    expect(smtp.to(officers[2].email)).toEqual([]);

    for (const o of officers) {
      const bell = await t.inject({ method: 'GET', url: '/api/notifications?kind=cohort.message', cookie: o.cookie });
      expect(bell.json().items).toEqual([
        expect.objectContaining({
          kind: 'cohort.message',
          objectType: 'cohort',
          objectId: cohortId,
          params: expect.objectContaining({
            body: 'Bring your <laptop> & charger.\nRoom 4B.',
            trainerName: 'Test trainer',
          }),
        }),
      ]);
    }
    const [event] = await t.db.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'cohort.message' AND entity_id = $1`,
      [cohortId],
    );
    expect(event.actor_id).toBe(trainer.id);
    expect(event.details.subject).toBe('Week 2 room\r\nBcc: spy@example.test');
    expect(event.details.officerIds).toHaveLength(3);
    expect(JSON.stringify(event.details)).not.toContain('laptop');
  });

  it('sends to the chosen enrolments only; enrolments of another cohort are refused naming enrolmentIds', async () => {
    const one = await send(trainer, {
      subject: 'Just you',
      body: 'See me after class.',
      enrolmentIds: [enrolmentIds[1]],
    });
    expect(one.json()).toEqual({ sent: 1 });
    const notes = async (o: TestUser) =>
      (await t.inject({ method: 'GET', url: '/api/notifications?kind=cohort.message', cookie: o.cookie })).json()
        .total as number;
    expect(await notes(officers[1])).toBe(2);
    expect(await notes(officers[0])).toBe(1);
    const foreign = await send(trainer, {
      subject: 'Hello',
      body: 'Hi',
      enrolmentIds: [enrolmentIds[0], strangerEnrolmentId],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'cohort.message_not_in_cohort', field: 'enrolmentIds' });
    expect(await notes(stranger)).toBe(0);
    expect(await notes(officers[0])).toBe(1);
  });

  it('refuses a trainer of another cohort, a participant and member admins; bounds the sizes', async () => {
    const other = await send(otherTrainer, { subject: 'Hi', body: 'Hello' });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('cohort.message_forbidden');
    expect((await send(officers[0], { subject: 'Hi', body: 'Hello all' })).statusCode).toBe(403);
    expect((await send(await t.signIn('member_admin'), { subject: 'Hi', body: 'Hello' })).statusCode).toBe(403);
    const long = await send(trainer, { subject: 'x'.repeat(151), body: 'Hello' });
    expect(long.statusCode).toBe(400);
    expect(JSON.stringify(long.json())).toContain('subject');
    const big = await send(trainer, { subject: 'Hi', body: 'x'.repeat(5001) });
    expect(big.statusCode).toBe(400);
    expect(JSON.stringify(big.json())).toContain('body');
    expect((await send(trainer, { subject: 'Hi', body: 'a\u0000b' })).statusCode).toBe(400);
    expect(await t.db.query(`SELECT 1 FROM notification WHERE user_id = $1`, [stranger.id])).toEqual([]);
  });

  it('admins may write too; each sender is rate-limited (429 with Retry-After)', async () => {
    expect(
      (await send(admin, { subject: 'From the alliance', body: 'Welcome', enrolmentIds: [enrolmentIds[2]] })).json(),
    ).toEqual({
      sent: 1,
    });
    // The trainer has sent 2 so far.
    for (let i = 2; i < COHORT_MESSAGES_PER_HOUR; i++) {
      const ok = await send(trainer, { subject: `Note ${i}`, body: 'In the bell', enrolmentIds: [enrolmentIds[2]] });
      expect(ok.statusCode).toBe(200);
    }
    const over = await send(trainer, { subject: 'One more', body: 'Too many', enrolmentIds: [enrolmentIds[2]] });
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('cohort.message_too_many');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await send(admin, { subject: 'Still me', body: 'Fine', enrolmentIds: [enrolmentIds[2]] })).statusCode).toBe(
      200,
    );
  });
  it('names a protected local trainer as each recipient may see them: their unit by name, others by a code', async () => {
    const theirUnit = stranger.policeUnitId!;
    const [local] = await createOfficers(t, 1, theirUnit);
    const [colleague] = await createOfficers(t, 1, theirUnit);
    await t.db.query(`UPDATE app_user SET display_name = 'Прихована Тренерка', protected_at = now() WHERE id = $1`, [
      local.id,
    ]);
    await t.db.query(`UPDATE cohort SET co_trainer_id = $2 WHERE id = $1`, [cohortId, local.id]);
    const joined = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/enrolments`,
      cookie: colleague.cookie,
    });
    expect(joined.statusCode).toBe(201);
    const r = await send(local, { subject: 'From your co-trainer', body: 'See you on Monday.' });
    expect(r.json()).toEqual({ sent: 4 });
    const sender = async (o: TestUser) =>
      (await t.inject({ method: 'GET', url: '/api/notifications?kind=cohort.message', cookie: o.cookie })).json()
        .items[0].params.trainerName as string;
    expect(await sender(colleague)).toBe('Прихована Тренерка');
    expect(await sender(officers[0])).toMatch(/^Officer [0-9A-Z]{2}-[0-9A-Z]{3}$/);
    expect(
      JSON.stringify(await t.db.query(`SELECT params FROM notification WHERE user_id = $1`, [officers[1].id])),
    ).not.toContain('Прихована');
  });
});
