import { createHash } from 'node:crypto';
import { SmtpCatcher } from '../../../test/smtp-catcher';
import { TestApp, TEST_PASSWORD, type TestUser } from '../../../test/test-app';
import { MailService } from '../notifications/email/mail.service';
import { AccountLinksService, type IssuedAccountLink } from './account-links.service';
import { NO_PASSWORD_HASH } from './password-hasher';

const NEW_PASSWORD = 'amber-violin-cascade-47';
const OTHER_PASSWORD = 'copper-meadow-lantern-93';

/**
 * One-time account links (invitations and password resets) with e-mail configured: the link goes by e-mail
 * only; stored as a sha-256; single use (also under a race); expiring; replaced by a newer one.
 */
describe('account links: invitations and password resets', () => {
  const smtp = new SmtpCatcher();
  let t: TestApp;
  let admin: TestUser;
  let links: AccountLinksService;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://academy.example' });
    admin = await t.signIn('admin');
    links = t.app.get(AccountLinksService);
  });
  afterAll(async () => {
    await smtp.stop();
    await t?.close();
  });

  /** An account created without a password, as the People pages and the bulk import create them. */
  async function invitee(name = 'Олена Коваль', locale: string | null = null): Promise<{ id: string; email: string }> {
    const unitId = await t.createUnit();
    const email = `invitee-${Math.random().toString(36).slice(2)}@example.test`;
    const [{ id }] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id, locale)
       VALUES ($1, $2, 'officer', $3, $4, $5) RETURNING id`,
      [email, name, NO_PASSWORD_HASH, unitId, locale],
    );
    return { id, email };
  }

  const issue = (userId: string, kind: 'invitation' | 'reset' = 'invitation'): Promise<IssuedAccountLink> =>
    t.db.transaction((m) =>
      kind === 'invitation'
        ? links.issueInvitation(m, userId, { ...admin, sessionId: '' } as never)
        : links.issuePasswordReset(m, userId, null),
    );
  const tokenOf = (link: IssuedAccountLink) => new URL(link.url).hash.replace(/^#token=/, '');
  const setPassword = (token: string, password: string) =>
    t.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token, password } });
  const signIn = (email: string, password: string) =>
    t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('an invitation is stored as a sha-256 only, e-mailed in the invitee’s language, and sets the first password once', async () => {
    const user = await invitee('Олена Коваль', 'uk');
    const link = await issue(user.id);
    expect(link.url).toMatch(/^https:\/\/academy\.example\/account\/set-password#token=[A-Za-z0-9_-]{43}$/);
    expect(link.emailed).toBe(true);
    const token = tokenOf(link);

    const rows = await t.db.query(`SELECT * FROM account_link WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].purpose).toBe('invitation');
    expect(new Date(rows[0].expires_at).getTime() - new Date(rows[0].created_at).getTime()).toBe(7 * 24 * 3600_000);

    // The e-mail: in Ukrainian, carrying the link, sent whatever the preferences.
    const [mail] = await t.db.query(
      `SELECT id, kind, locale, subject, text_body FROM email_message WHERE user_id = $1`,
      [user.id],
    );
    expect(mail).toMatchObject({ kind: 'account.invitation', locale: 'uk' });
    expect(mail.subject).toBe('Ваш обліковий запис в Icspa Academy готовий');
    expect(mail.text_body).toContain(link.url);
    await t.app.get(MailService).send(mail.id);
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(smtp.to(user.email)[0].parsed.text).toContain(link.url);

    // Nobody can sign in before the password is chosen.
    expect((await signIn(user.email, NO_PASSWORD_HASH)).statusCode).toBe(401);

    const info = await t.inject({ method: 'POST', url: '/api/auth/account-link', payload: { token } });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ purpose: 'invitation', email: user.email, displayName: 'Олена Коваль' });

    // The rule applies, knowing the name and e-mail; a refused password leaves the link usable.
    const weak = await setPassword(token, 'aaaaaaaaaaaa');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'validation.isHardToGuess', field: 'password' });

    const set = await setPassword(token, NEW_PASSWORD);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ email: user.email });
    expect((await signIn(user.email, NEW_PASSWORD)).statusCode).toBe(200);

    // Used: the same link answers as an unknown one, for the page and for setting.
    const again = await setPassword(token, OTHER_PASSWORD);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'account_link.invalid', field: 'token' });
    expect((await t.inject({ method: 'POST', url: '/api/auth/account-link', payload: { token } })).json().code).toBe(
      'account_link.invalid',
    );
    expect((await signIn(user.email, OTHER_PASSWORD)).statusCode).toBe(401);
    const audit = await t.db.query(
      `SELECT action, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY created_at, action`,
      [user.id],
    );
    expect(audit).toEqual([
      { action: 'app_user.invitation_issue', actor_id: admin.id },
      { action: 'app_user.invitation_accept', actor_id: user.id },
    ]);
  });

  it('two uses of one link at once: exactly one sets the password', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await invitee();
      const token = tokenOf(await issue(user.id));
      const answers = await Promise.all([setPassword(token, NEW_PASSWORD), setPassword(token, OTHER_PASSWORD)]);
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([200, 400]);
      const winner = answers[0].statusCode === 200 ? NEW_PASSWORD : OTHER_PASSWORD;
      const loser = winner === NEW_PASSWORD ? OTHER_PASSWORD : NEW_PASSWORD;
      expect((await signIn(user.email, winner)).statusCode).toBe(200);
      expect((await signIn(user.email, loser)).statusCode).toBe(401);
      const [{ used }] = await t.db.query(
        `SELECT count(*)::int AS used FROM account_link WHERE user_id = $1 AND used_at IS NOT NULL`,
        [user.id],
      );
      expect(used).toBe(1);
    }
  });

  it('an expired link, one replaced by a newer link, one of a disabled account and a made-up one all answer alike', async () => {
    const user = await invitee();
    const first = tokenOf(await issue(user.id));
    const second = tokenOf(await issue(user.id));
    expect((await setPassword(first, NEW_PASSWORD)).json().code).toBe('account_link.invalid');

    await t.db.query(`UPDATE account_link SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      createHash('sha256').update(second).digest('hex'),
    ]);
    expect((await setPassword(second, NEW_PASSWORD)).json().code).toBe('account_link.invalid');

    const third = tokenOf(await issue(user.id));
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect((await setPassword(third, NEW_PASSWORD)).json().code).toBe('account_link.invalid');
    await t.db.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [user.id]);
    expect((await setPassword(third, NEW_PASSWORD)).statusCode).toBe(200);

    for (const madeUp of ['A'.repeat(43), 'кириллица', 'x\u0000y', 'a'.repeat(5000)]) {
      const answer = await setPassword(madeUp, NEW_PASSWORD);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().field).toBe('token');
    }
  });

  it('a reset replaces the password and signs the account out everywhere', async () => {
    const officer = await t.signIn('officer');
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).statusCode).toBe(200);
    const link = await issue(officer.id, 'reset');
    const [row] = await t.db.query(`SELECT created_at, expires_at, purpose FROM account_link WHERE user_id = $1`, [
      officer.id,
    ]);
    expect(row.purpose).toBe('password_reset');
    expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBe(60 * 60_000);
    // The old password keeps working until the link is used.
    expect((await signIn(officer.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await setPassword(tokenOf(link), NEW_PASSWORD)).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).statusCode).toBe(401);
    expect((await signIn(officer.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(officer.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  describe('forgot password', () => {
    const forgot = (address: string) =>
      t.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: address } });
    const timed = async (address: string) => {
      const started = performance.now();
      const answer = await forgot(address);
      return { answer, ms: performance.now() - started };
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

    it('answers alike for a known, an unknown and a disabled account; only the known one gets a reset e-mail', async () => {
      const known = await t.signIn('officer');
      const disabled = await t.signIn('officer');
      await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [disabled.id]);
      const unknown = `nobody-${Date.now()}@example.test`;
      const runs: Record<string, number[]> = { known: [], unknown: [], disabled: [] };
      const bodies = new Set<string>();
      for (let i = 0; i < 3; i++) {
        for (const [name, address] of [
          ['known', known.email.toUpperCase()],
          ['unknown', unknown],
          ['disabled', disabled.email],
        ] as const) {
          const { answer, ms } = await timed(address);
          expect(answer.statusCode).toBe(204);
          bodies.add(JSON.stringify({ body: answer.body, type: answer.headers['content-type'] ?? null }));
          runs[name].push(ms);
        }
      }
      expect(bodies.size).toBe(1);
      for (const ms of Object.values(runs).flat()) expect(ms).toBeGreaterThanOrEqual(390);
      expect(Math.abs(median(runs.known) - median(runs.unknown))).toBeLessThan(150);
      expect(Math.abs(median(runs.disabled) - median(runs.unknown))).toBeLessThan(150);

      const mails = await t.db.query(
        `SELECT user_id, kind, text_body FROM email_message WHERE kind = 'account.password_reset' AND user_id = ANY($1)`,
        [[known.id, disabled.id]],
      );
      expect(mails.map((m: { user_id: string }) => m.user_id)).toEqual([known.id, known.id, known.id]);
      const links = await t.db.query(
        `SELECT issued_by, used_at, revoked_at FROM account_link WHERE user_id = $1 ORDER BY created_at`,
        [known.id],
      );
      // Each request replaced the last link: only the newest works.
      expect(links.map((l: { revoked_at: Date | null }) => l.revoked_at === null)).toEqual([false, false, true]);
      expect(links.every((l: { issued_by: string | null }) => l.issued_by === null)).toBe(true);
      const newest = /#token=([A-Za-z0-9_-]{43})/.exec(mails[2].text_body)?.[1];
      const oldest = /#token=([A-Za-z0-9_-]{43})/.exec(mails[0].text_body)?.[1];
      expect(mails[2].text_body).toContain('https://academy.example/account/set-password#token=');
      expect((await setPassword(oldest!, NEW_PASSWORD)).json().code).toBe('account_link.invalid');
      expect((await setPassword(newest!, NEW_PASSWORD)).statusCode).toBe(200);
      expect((await signIn(known.email, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('is throttled per e-mail asked about, alike whether the account exists', async () => {
      const known = await t.signIn('officer');
      const unknown = `ghost-${Date.now()}@example.test`;
      for (const address of [known.email, unknown]) {
        for (let i = 0; i < 3; i++) expect((await forgot(address)).statusCode).toBe(204);
        const refused = await forgot(address);
        expect(refused.statusCode).toBe(429);
        expect(refused.json()).toMatchObject({ code: 'auth.too_many_reset_requests', field: 'email' });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Still only three e-mails went to the known account.
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM email_message WHERE user_id = $1`, [known.id]);
      expect(n).toBe(3);
    });
  });
});
