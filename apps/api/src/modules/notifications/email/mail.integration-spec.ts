import ICAL from 'ical.js';
import { Worker } from 'bullmq';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { JOB_IDS, JobName, QueueName } from '../../../core/queue/queue-registry';
import { bullConnection, QueueService } from '../../../core/queue/queue.service';
import { createTrainers, waitFor } from '../../../../test/assignment-fixtures';
import { SmtpCatcher } from '../../../../test/smtp-catcher';
import { TestApp, type TestUser } from '../../../../test/test-app';
import { MatchTrainingRequestUseCase } from '../../trainer-assignment/usecases/match-training-request/match-training-request.usecase';
import { NotificationsService } from '../notifications.service';
import { recipients } from '../notifications.queries';
import { MailService } from './mail.service';

/**
 * E-mail end to end: notifications written in a transaction, the outbox relayed to BullMQ, the `send-email`
 * job (a BullMQ worker in this process, with the registry's retry options) sending through nodemailer to a
 * real SMTP server this test starts.
 */
describe('messages and e-mail', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let worker: Worker;
  let runs: string[];
  let admin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      EMAIL_RETRY_DELAY_MS: '400',
      PUBLIC_URL: 'https://academy.example',
      MAIL_FROM: 'Icspa Academy <academy@example.org>',
    });
    runs = [];
    const mail = t.app.get(MailService);
    worker = new Worker(
      QueueName.Mail,
      async (job) => {
        if (job.name !== JobName.SendEmail) return null;
        runs.push(job.data.emailId);
        return mail.send(job.data.emailId);
      },
      { connection: bullConnection(t.config), prefix: t.config.redisPrefix },
    );
    worker.on('error', () => undefined);
    await worker.waitUntilReady();
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await worker?.close();
    await smtp.stop();
    await t?.close();
  });

  const relay = () => t.app.get(OutboxService).relay();

  async function user(options: { locale?: string | null; name?: string } = {}): Promise<TestUser> {
    const u = await t.signIn('officer');
    await t.db.query(`UPDATE app_user SET locale = $2, display_name = coalesce($3, display_name) WHERE id = $1`, [
      u.id,
      options.locale ?? null,
      options.name ?? null,
    ]);
    return u;
  }

  async function notify(userId: string, kind: Parameters<NotificationsService['notify']>[2], params: object) {
    await t.db.transaction((m) =>
      t.app.get(NotificationsService).notify(m, [userId], kind, params as Record<string, string | number | null>),
    );
  }

  async function emails(userId: string) {
    return t.db.query(
      `SELECT id, kind, status, attempts, sent_at, provider_message_id, subject FROM email_message WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    ) as Promise<
      Array<{
        id: string;
        kind: string;
        status: string;
        attempts: number;
        provider_message_id: string;
        subject: string;
      }>
    >;
  }

  it('a proposal reaches a Portuguese-speaking trainer in Portuguese, with accept/decline links and a valid .ics of the period', async () => {
    const [{ id: courseId }] = await t.db.query(
      `INSERT INTO course (code, title, summary, level, topics, hours, status)
       VALUES ('MX-101', 'Perícia digital em dispositivos móveis', '', 'foundation', '{digital-forensics}', 8, 'published') RETURNING id`,
    );
    const unitId = await t.createUnit('BR');
    const [trainer] = await createTrainers(t, 1, { courseId, languages: ['pt'], countries: ['BR'] });
    const trainerEmail = (await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [trainer.id]))[0].email;
    await t.db.query(`UPDATE app_user SET locale = 'pt-BR', display_name = 'Ana Souza' WHERE id = $1`, [trainer.id]);
    const start = '2031-03-10T12:00:00.000Z';
    const end = '2031-03-14T12:00:00.000Z';
    const [{ id: requestId }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       VALUES ($1, $2, 'pt', tstzrange($3, $4), 'in_person', 12) RETURNING id`,
      [unitId, courseId, start, end],
    );
    await t.app.get(MatchTrainingRequestUseCase).execute({ requestId, round: 1 });
    const [{ id: assignmentId }] = await t.db.query(`SELECT id FROM assignment WHERE training_request_id = $1`, [
      requestId,
    ]);
    await relay();
    await waitFor('the proposal e-mail', async () => smtp.to(trainerEmail).length === 1, 20_000);

    const mail = smtp.to(trainerEmail)[0];
    expect(mail.envelope.to).toEqual([trainerEmail]);
    expect(mail.parsed.subject).toBe('Proposta de instrutor: Perícia digital em dispositivos móveis');
    expect(mail.parsed.from?.value[0]).toEqual({ address: 'academy@example.org', name: 'Icspa Academy' });
    expect(mail.parsed.to && 'value' in mail.parsed.to ? mail.parsed.to.value[0].name : '').toBe('Ana Souza');
    expect(mail.parsed.text).toContain('Olá, Ana Souza,');
    expect(mail.parsed.text).toContain(
      'Você foi proposto como instrutor de Perícia digital em dispositivos móveis. Aceite ou recuse a designação.',
    );
    const [{ expires_at: answerBy }] = await t.db.query(`SELECT expires_at FROM assignment WHERE id = $1`, [
      assignmentId,
    ]);
    const answerByText = new Intl.DateTimeFormat('pt-BR', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(answerBy);
    expect(mail.parsed.text).toContain(`Responda até ${answerByText}.`);
    expect(mail.parsed.text).toContain(
      `Aceitar a proposta: https://academy.example/proposals?assignment=${assignmentId}&answer=accept`,
    );
    expect(mail.parsed.text).toContain(
      `Recusar a proposta: https://academy.example/proposals?assignment=${assignmentId}&answer=decline`,
    );
    expect(mail.parsed.html).toContain('<html lang="pt-BR">');
    expect(mail.parsed.html).toContain(
      `href="https://academy.example/proposals?assignment=${assignmentId}&amp;answer=accept"`,
    );
    expect(mail.parsed.messageId).toMatch(/@icspa\.academy>$/);

    const ics = mail.parsed.attachments.find((a) => a.filename === 'proposal.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(start);
    expect(event.endDate.toJSDate().toISOString()).toBe(end);
    expect(event.uid).toBe(`assignment-${assignmentId}@icspa.academy`);
    expect(event.summary).toBe('Perícia digital em dispositivos móveis');
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');

    const [row] = await emails(trainer.id);
    expect(row).toMatchObject({ kind: 'assignment.proposed', status: 'sent', attempts: 1 });
    expect(row.provider_message_id).toBe(`<${row.id}@icspa.academy>`);

    // The bell links to the proposal; answering it marks the notification read.
    const cookie = await t.sessionCookie(trainer.id);
    const bell = async () =>
      (await t.inject({ method: 'GET', url: '/api/notifications', cookie })).json().items as Array<{
        kind: string;
        link: string;
        read: boolean;
        objectType: string;
        objectId: string;
      }>;
    expect(await bell()).toEqual([
      expect.objectContaining({
        kind: 'assignment.proposed',
        link: `/proposals?assignment=${assignmentId}`,
        objectType: 'assignment',
        objectId: assignmentId,
        read: false,
      }),
    ]);
    const declined = await t.inject({
      method: 'POST',
      url: `/api/assignments/${assignmentId}/decline`,
      cookie,
      payload: { reason: 'Estou de férias' },
    });
    expect(declined.statusCode).toBe(200);
    expect((await bell())[0]).toMatchObject({ kind: 'assignment.proposed', read: true });
  });

  it('while the SMTP server is down the job retries with back-off, and delivers once after it comes back', async () => {
    const officer = await user({ locale: 'ru' });
    await smtp.stop();
    await notify(officer.id, 'certification.expiring', {
      programmeName: 'Цифровая криминалистика',
      certificationId: '00000000-0000-4000-8000-000000000001',
      days: 30,
      expiresAt: '2031-05-01T00:00:00.000Z',
    });
    await relay();
    await waitFor(
      'two failed tries',
      async () => (await emails(officer.id))[0]?.attempts >= 2 && (await emails(officer.id))[0]?.status === 'failed',
      20_000,
    );
    expect(smtp.to(officer.email)).toHaveLength(0);
    await smtp.start(); // the same port
    await waitFor(
      'delivery after the relay is back',
      async () => (await emails(officer.id))[0]?.status === 'sent',
      30_000,
    );
    const [row] = await emails(officer.id);

    // The same job relayed again is one job; running the send again finds the row sent.
    await t.app.get(QueueService).add(JobName.SendEmail, { emailId: row.id }, { jobId: JOB_IDS.email(row.id) });
    expect(await t.app.get(MailService).send(row.id)).toEqual({ status: 'already-sent' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.to(officer.email)).toHaveLength(1);
    expect((await emails(officer.id))[0]).toMatchObject({ status: 'sent', attempts: row.attempts });
    expect(row.attempts).toBeGreaterThanOrEqual(3);
    const mail = smtp.to(officer.email)[0];
    expect(mail.parsed.subject).toBe('Срок сертификации Цифровая криминалистика истекает через 30 дней');
    expect(mail.parsed.text).toContain('1 мая 2031 г.');
  });

  it('honours preferences: in-app only sends nothing, digest waits for the morning and goes out once a day', async () => {
    const officer = await user({ locale: 'es' });
    const put = (items: object[]) =>
      t.inject({
        method: 'PUT',
        url: '/api/auth/me/notification-preferences',
        cookie: officer.cookie,
        payload: { items },
      });
    const saved = await put([
      { kind: 'certification.expiring', delivery: 'in_app' },
      { kind: 'certification.issued', delivery: 'digest' },
    ]);
    expect(saved.statusCode).toBe(200);
    const items = saved.json().items as Array<{ kind: string; delivery: string; defaultDelivery: string }>;
    expect(items.find((i) => i.kind === 'certification.expiring')).toEqual({
      kind: 'certification.expiring',
      delivery: 'in_app',
      defaultDelivery: 'email',
    });
    expect(items.find((i) => i.kind === 'certification.revoked')?.delivery).toBe('email');
    // Refusals: an unknown kind, a security kind, a bad delivery, a kind twice.
    for (const bad of [
      [{ kind: 'nonsense', delivery: 'email' }],
      [{ kind: 'account.password_reset', delivery: 'in_app' }],
      [{ kind: 'certification.issued', delivery: 'never' }],
    ])
      expect((await put(bad)).statusCode).toBe(400);
    const twice = await put([
      { kind: 'certification.issued', delivery: 'email' },
      { kind: 'certification.issued', delivery: 'in_app' },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe('notification_preference.duplicate_kind');

    await notify(officer.id, 'certification.expiring', { programmeName: 'Forense', certificationId: null, days: 7 });
    await notify(officer.id, 'certification.issued', { programmeName: 'Forense digital', certificationId: null });
    await notify(officer.id, 'certification.revoked', {
      programmeName: 'Forense',
      reason: 'Error',
      certificationId: null,
    });
    await relay();
    await waitFor('the revocation e-mail', async () => smtp.to(officer.email).length === 1, 20_000);
    expect(smtp.to(officer.email)[0].parsed.subject).toBe('Se revocó su certificación Forense');
    expect((await emails(officer.id)).map((e) => e.kind)).toEqual(['certification.revoked']);

    const mail = t.app.get(MailService);
    // The officer has no time zone: UTC. Before 07:00 no digest; at 08:00 one; again that day none.
    expect(await mail.sendDigests(new Date('2031-06-02T06:30:00Z'))).toBe(0);
    expect(await mail.sendDigests(new Date('2031-06-02T08:00:00Z'))).toBe(1);
    await notify(officer.id, 'certification.issued', { programmeName: 'Análisis de malware', certificationId: null });
    expect(await mail.sendDigests(new Date('2031-06-02T09:00:00Z'))).toBe(0);
    await relay();
    await waitFor('the digest', async () => smtp.to(officer.email).length === 2, 20_000);
    const digest = smtp.to(officer.email)[1];
    expect(digest.parsed.subject).toBe('Su resumen diario de Icspa Academy, 2 de junio de 2031');
    expect(digest.parsed.text).toContain('Notificaciones desde su último resumen: 1.');
    expect(digest.parsed.text).toContain('Forense digital');
    expect(digest.parsed.text).not.toContain('Análisis de malware');
    // The next morning the one that came later goes out.
    expect(await mail.sendDigests(new Date('2031-06-03T07:05:00Z'))).toBe(1);
    expect((await emails(officer.id)).map((e) => e.kind)).toEqual(['certification.revoked', 'digest', 'digest']);
  });

  it('never lets preferences suppress security mail', async () => {
    const officer = await user({ locale: 'en' });
    const everyKindInApp = await t.inject({
      method: 'PUT',
      url: '/api/auth/me/notification-preferences',
      cookie: officer.cookie,
      payload: {
        items: (
          (
            await t.inject({ method: 'GET', url: '/api/auth/me/notification-preferences', cookie: officer.cookie })
          ).json().items as Array<{ kind: string }>
        ).map((i) => ({ kind: i.kind, delivery: 'in_app' })),
      },
    });
    expect(everyKindInApp.statusCode).toBe(200);
    await notify(officer.id, 'certification.revoked', {
      programmeName: 'Forensics',
      reason: 'x',
      certificationId: null,
    });
    await t.db.transaction(async (m) => {
      const [to] = await recipients(m, [officer.id], 'account.password_reset');
      await t.app
        .get(MailService)
        .writeSecurity(
          m,
          to,
          'account.password_reset',
          `reset-${officer.id}`,
          'Reset your password.',
          'Password reset',
          '/reset',
        );
    });
    await relay();
    await waitFor('the security e-mail', async () => smtp.to(officer.email).length === 1, 20_000);
    expect(smtp.to(officer.email).map((m) => m.parsed.subject)).toEqual(['Password reset']);
    expect(smtp.to(officer.email)[0].parsed.text).toContain('It is sent whatever your notification settings are.');
    // Its link is in the mailbox only: once sent, the stored copy holds no text (other mail keeps its text).
    await waitFor(
      'the sent marks',
      async () =>
        (
          await t.db.query(
            `SELECT count(*)::int AS n FROM email_message WHERE user_id = $1 AND status = 'sent' AND kind LIKE 'account.%'`,
            [officer.id],
          )
        )[0].n === 1,
      20_000,
    );
    const stored = await t.db.query(
      `SELECT kind, text_body, html_body FROM email_message WHERE user_id = $1 AND status = 'sent' ORDER BY kind`,
      [officer.id],
    );
    expect(stored.find((m: { kind: string }) => m.kind === 'account.password_reset')).toEqual({
      kind: 'account.password_reset',
      text_body: '',
      html_body: '',
    });
  });

  it('neutralises header injection through a display name and a course title', async () => {
    const officer = await user({ name: 'Eve\r\nBcc: victim@evil.test', locale: 'en' });
    await notify(officer.id, 'enrolment.promoted', {
      courseTitle: 'Forensics\r\nBcc: spy@evil.test\r\nX-Injected: yes',
      cohortId: '00000000-0000-4000-8000-000000000002',
      enrolmentId: '00000000-0000-4000-8000-000000000003',
      startsAt: '2031-04-01T07:00:00.000Z',
    });
    await relay();
    await waitFor('the promotion e-mail', async () => smtp.to(officer.email).length === 1, 20_000);
    const mail = smtp.to(officer.email)[0];
    expect(mail.envelope.to).toEqual([officer.email]);
    expect(smtp.messages.some((m) => m.envelope.to.some((a) => /evil\.test/.test(a)))).toBe(false);
    expect(mail.parsed.bcc).toBeUndefined();
    expect(mail.parsed.headers.has('x-injected')).toBe(false);
    const headerBlock = mail.raw.split(/\r?\n\r?\n/)[0];
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(mail.parsed.subject).toBe('You are now enrolled in Forensics Bcc: spy@evil.test X-Injected: yes');
    expect(mail.parsed.to && 'value' in mail.parsed.to ? mail.parsed.to.value : []).toEqual([
      { address: officer.email, name: 'Eve Bcc: victim@evil.test' },
    ]);
  });

  it('the bell pages beyond 20, groups by kind, and marks one kind read', async () => {
    const officer = await user();
    await t.db.query(
      `INSERT INTO notification (user_id, kind, params, created_at)
       SELECT $1, CASE WHEN i % 5 = 0 THEN 'cohort.changed' ELSE 'certification.issued' END, '{}'::jsonb,
              timestamptz '2031-01-01' + make_interval(mins => i)
         FROM generate_series(1, 25) i`,
      [officer.id],
    );
    const get = (query: string) =>
      t.inject({ method: 'GET', url: `/api/notifications${query}`, cookie: officer.cookie });
    const first = (await get('?page=1&pageSize=20')).json();
    expect(first.items).toHaveLength(20);
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1 });
    expect(first.groups).toEqual([
      { kind: 'cohort.changed', total: 5, unread: 5 },
      { kind: 'certification.issued', total: 20, unread: 20 },
    ]);
    const second = (await get('?page=2&pageSize=20')).json();
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((n: { id: string }) => n.id)).size).toBe(25);
    const changed = (await get('?kind=cohort.changed')).json();
    expect(changed.total).toBe(5);
    expect(
      changed.items.every((n: { kind: string; link: string }) => n.kind === 'cohort.changed' && n.link === '/learning'),
    ).toBe(true);
    expect((await get('?kind=nonsense')).statusCode).toBe(400);
    const readAll = await t.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      cookie: officer.cookie,
      payload: { kind: 'cohort.changed' },
    });
    expect(readAll.statusCode).toBe(204);
    const after = (await get('')).json();
    expect(after.unread).toBe(20);
    expect(after.groups).toEqual([
      { kind: 'cohort.changed', total: 5, unread: 0 },
      { kind: 'certification.issued', total: 20, unread: 20 },
    ]);
    // Another user sees none of them.
    expect((await t.inject({ method: 'GET', url: '/api/notifications', cookie: admin.cookie })).json().total).toBe(0);
  });
});
