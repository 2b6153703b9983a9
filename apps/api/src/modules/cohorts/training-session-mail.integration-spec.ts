import ICAL from 'ical.js';
import { Worker } from 'bullmq';
import { Clock } from '../../core/clock/clock';
import { OutboxService } from '../../core/outbox/outbox.service';
import { JobName, QueueName } from '../../core/queue/queue-registry';
import { bullConnection } from '../../core/queue/queue.service';
import { waitFor } from '../../../test/assignment-fixtures';
import { createOfficers, createPublishedCourse } from '../../../test/learning-fixtures';
import { SmtpCatcher } from '../../../test/smtp-catcher';
import { TestApp } from '../../../test/test-app';
import { MailService } from '../notifications/email/mail.service';

const BASE = Date.UTC(2031, 2, 3, 7);

/**
 * A moved or cancelled training session reaches everyone enrolled by e-mail (the notifications' send-email
 * job, a real SMTP server started here), with an `.ics` an independent parser reads: the feed's UID, the
 * session's SEQUENCE, the new instants; METHOD:REQUEST for a change, METHOD:CANCEL for a cancellation.
 */
describe('training session changes by e-mail', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let worker: Worker;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://academy.example' });
    t.app.get(Clock).now = () => new Date(BASE - 20 * 86400_000);
    const mail = t.app.get(MailService);
    worker = new Worker(
      QueueName.Mail,
      async (job) => (job.name === JobName.SendEmail ? mail.send(job.data.emailId) : null),
      { connection: bullConnection(t.config), prefix: t.config.redisPrefix },
    );
    worker.on('error', () => undefined);
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    await smtp.stop();
    await t?.close();
  });

  it('sends the changed session as METHOD:REQUEST and the cancelled one as METHOD:CANCEL, with the feed’s UID', async () => {
    const admin = await t.signIn('admin');
    const trainer = await t.signIn('trainer');
    const { courseId } = await createPublishedCourse(t, admin);
    const created = await t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: new Date(BASE).toISOString(),
        endsAt: new Date(BASE + 8 * 3600_000).toISOString(),
        deliveryMode: 'in_person',
        countryCode: 'UA',
        city: 'Kyiv',
        language: 'uk',
        capacity: 10,
        timeZone: 'Europe/Kyiv',
        trainerId: trainer.id,
      },
    });
    const cohortId = created.json().id;
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'open' },
    });
    const [officer] = await createOfficers(t, 1, await t.createUnit('UA'));
    await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie });
    const email = (await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [officer.id]))[0].email;
    const second = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/sessions`,
      cookie: trainer.cookie,
      payload: {
        startsAt: new Date(BASE + 86400_000).toISOString(),
        endsAt: new Date(BASE + 86400_000 + 8 * 3600_000).toISOString(),
        timeZone: 'Europe/Kyiv',
        venueName: 'Hall A',
      },
    });
    const sessionId = second.json().id;
    const movedStart = new Date(BASE + 2 * 86400_000).toISOString();
    const moved = await t.inject({
      method: 'PATCH',
      url: `/api/training-sessions/${sessionId}`,
      cookie: trainer.cookie,
      payload: { startsAt: movedStart, endsAt: new Date(BASE + 2 * 86400_000 + 6 * 3600_000).toISOString() },
    });
    expect(moved.statusCode).toBe(200);
    await t.app.get(OutboxService).relay();
    await waitFor('the change e-mail', async () => smtp.to(email).length === 1, 20_000);
    const read = (index: number, filename: string) => {
      const ics = smtp.to(email)[index].parsed.attachments.find((a) => a.filename === filename);
      expect(ics?.contentType).toBe('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
      return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
    };
    const change = read(0, 'session.ics');
    expect(change.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(change.event.uid).toBe(`training-session-${sessionId}@icspa.academy`);
    expect(change.event.sequence).toBe(1);
    expect(change.event.startDate.toJSDate().toISOString()).toBe(movedStart);
    expect(change.event.location).toBe('Hall A');

    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/training-sessions/${sessionId}/cancel`,
      cookie: trainer.cookie,
      payload: {},
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.get(OutboxService).relay();
    await waitFor('the cancellation e-mail', async () => smtp.to(email).length === 2, 20_000);
    const cancel = read(1, 'session-cancelled.ics');
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.uid).toBe(`training-session-${sessionId}@icspa.academy`);
    expect(cancel.event.sequence).toBe(2);
    expect(cancel.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('moving a one-session cohort sends the session’s update, and cancelling the cohort its METHOD:CANCEL', async () => {
    const admin = await t.signIn('admin');
    const trainer = await t.signIn('trainer');
    const { courseId } = await createPublishedCourse(t, admin);
    const start = BASE + 10 * 86400_000;
    const created = await t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 8 * 3600_000).toISOString(),
        deliveryMode: 'in_person',
        countryCode: 'UA',
        city: 'Lviv',
        language: 'uk',
        capacity: 10,
        timeZone: 'Europe/Kyiv',
        trainerId: trainer.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const cohortId = created.json().id;
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'open' },
    });
    const [officer] = await createOfficers(t, 1, await t.createUnit('UA'));
    await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie });
    const email = (await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [officer.id]))[0].email;
    const sessions = await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/sessions`, cookie: admin.cookie });
    expect(sessions.json().items).toHaveLength(1);
    const sessionId = sessions.json().items[0].id;
    const ics = (index: number, filename: string) => {
      const file = smtp.to(email)[index].parsed.attachments.find((a) => a.filename === filename);
      expect(file?.contentType).toBe('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
      return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
    };

    const movedStart = new Date(start + 86400_000).toISOString();
    const moved = await t.inject({
      method: 'PATCH',
      url: `/api/cohorts/${cohortId}`,
      cookie: admin.cookie,
      payload: { startsAt: movedStart, endsAt: new Date(start + 86400_000 + 8 * 3600_000).toISOString() },
    });
    expect(moved.statusCode).toBe(200);
    await t.app.get(OutboxService).relay();
    await waitFor('the move e-mail', async () => smtp.to(email).length >= 1, 20_000);
    const change = ics(0, 'session.ics');
    expect(change.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(change.event.uid).toBe(`training-session-${sessionId}@icspa.academy`);
    expect(change.event.sequence).toBe(1);
    expect(change.event.startDate.toJSDate().toISOString()).toBe(movedStart);

    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.get(OutboxService).relay();
    // The cohort's notice (the enrolment is withdrawn) and the session's (the calendar's), nothing more.
    await waitFor('the cancellation e-mails', async () => smtp.to(email).length >= 3, 20_000);
    const withIcs = smtp
      .to(email)
      .map((m, i) => ({ i, names: m.parsed.attachments.map((a) => a.filename) }))
      .filter((m) => m.names.includes('session-cancelled.ics'));
    expect(withIcs).toHaveLength(1);
    const cancel = ics(withIcs[0].i, 'session-cancelled.ics');
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.uid).toBe(`training-session-${sessionId}@icspa.academy`);
    expect(cancel.event.sequence).toBe(2);
    expect(cancel.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // One message per change: the move was told once (by the session's notice, not also by the cohort's).
    const kinds = await t.db.query(`SELECT kind FROM notification WHERE user_id = $1 ORDER BY created_at, kind`, [
      officer.id,
    ]);
    expect(kinds.map((k: { kind: string }) => k.kind).filter((k: string) => k !== 'enrolment.confirmed')).toEqual(
      expect.arrayContaining(['training_session.changed', 'cohort.cancelled', 'training_session.cancelled']),
    );
    expect(kinds.filter((k: { kind: string }) => k.kind === 'cohort.changed')).toHaveLength(0);
  });
});
