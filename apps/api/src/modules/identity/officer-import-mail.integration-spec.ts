import { SmtpCatcher } from '../../../test/smtp-catcher';
import { TestApp, type TestUser } from '../../../test/test-app';
import { ApplyOfficerImportJob } from './jobs/apply-officer-import.job';

describe('bulk onboarding with e-mail configured', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let coordinator: TestUser;
  let unit: string;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://academy.example' });
    unit = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unit });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('invites each new officer by e-mail in the import’s transaction, and nobody twice when applied again', async () => {
    const file = Buffer.from(
      '\uFEFFemail;name;language\r\nmail.a@unit.example.test;Ірина Бондар;uk\r\nmail.b@unit.example.test;张伟;zh-CN\r\n',
      'utf8',
    );
    const run = async () => {
      const started = await t.inject({
        method: 'POST',
        url: `/api/officer-imports?policeUnitId=${unit}`,
        cookie: coordinator.cookie,
        headers: { 'content-type': 'text/csv' },
        payload: file,
      });
      expect(started.statusCode).toBe(202);
      await t.app.get(ApplyOfficerImportJob).handle({ importId: started.json().id });
      return (
        await t.inject({ method: 'GET', url: `/api/officer-imports/${started.json().id}`, cookie: coordinator.cookie })
      ).json();
    };
    const first = await run();
    expect(first).toMatchObject({ status: 'applied', counts: { new: 2 }, invitationsEmailed: true });
    const mails = await t.db.query(
      `SELECT m.kind, m.locale, m.text_body, u.email FROM email_message m JOIN app_user u ON u.id = m.user_id
        WHERE u.email LIKE 'mail.%' ORDER BY u.email`,
    );
    expect(mails.map((m: { email: string; kind: string; locale: string }) => [m.email, m.kind, m.locale])).toEqual([
      ['mail.a@unit.example.test', 'account.invitation', 'uk'],
      ['mail.b@unit.example.test', 'account.invitation', 'zh-CN'],
    ]);
    expect(mails[0].text_body).toMatch(/https:\/\/academy\.example\/account\/set-password#token=[\w-]{43}/);
    const audits = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'app_user.invitation_issue' AND actor_id = $1`,
      [coordinator.id],
    );
    expect(audits[0].n).toBe(2);

    const again = await run();
    expect(again).toMatchObject({ counts: { new: 0, unchanged: 2 }, invitationsEmailed: false });
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM email_message WHERE kind = 'account.invitation'`))[0].n,
    ).toBe(2);
  });
});
