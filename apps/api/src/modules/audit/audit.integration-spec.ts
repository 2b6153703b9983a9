import { TestApp, TestUser } from '../../../test/test-app';
import { insertCertification, insertCourse, insertProgramme, insertUser } from '../../../test/record-fixtures';

const DAY = 86400_000;

describe('readable audit log', () => {
  let t: TestApp;
  let ana: TestUser;
  let anaRu: TestUser;
  let holderId: string;
  let certificationId: string;
  let day: string;

  beforeAll(async () => {
    t = await TestApp.start();
    ana = await t.signIn('admin');
    anaRu = await t.signIn('admin');
    await t.db.query(`UPDATE app_user SET display_name = 'Ana Souza' WHERE id = $1`, [ana.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Анна Смирнова', locale = 'ru' WHERE id = $1`, [anaRu.id]);
    const unitId = await t.createUnit('KE');
    holderId = await insertUser(t, 'Otieno Kamau', 'officer', { policeUnitId: unitId });
    const programmeId = await insertProgramme(t, 'Alliance Cybercrime Investigator', [await insertCourse(t)]);
    certificationId = await insertCertification(
      t,
      holderId,
      programmeId,
      new Date(Date.now() - 30 * DAY),
      new Date(Date.now() + 300 * DAY),
    );
    const revoked = await t.inject({
      method: 'POST',
      url: `/api/certifications/${certificationId}/revoke`,
      cookie: ana.cookie,
      payload: { reason: 'Left the police service' },
    });
    expect(revoked.statusCode).toBe(200);
    [{ day }] = await t.db.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM audit_event WHERE action = 'certification.revoke'`,
    );
  });
  afterAll(() => t.close());

  it('names the actor, the object and whose it is', async () => {
    const page = await t.inject({
      method: 'GET',
      url: '/api/audit-events?action=certification.revoke',
      cookie: anaRu.cookie,
    });
    expect(page.statusCode).toBe(200);
    const [event] = page.json().items;
    expect(event).toMatchObject({
      action: 'certification.revoke',
      actor: { id: ana.id, name: 'Ana Souza', role: 'admin' },
      object: { type: 'certification', id: certificationId, name: 'Alliance Cybercrime Investigator' },
      subject: { id: holderId, name: 'Otieno Kamau', isPerson: true },
      details: { reason: 'Left the police service' },
    });
  });

  it('filters by actor, object, action and days (both ends included), together', async () => {
    const count = async (query: string) => {
      const res = await t.inject({ method: 'GET', url: `/api/audit-events?${query}`, cookie: ana.cookie });
      expect(res.statusCode).toBe(200);
      return res.json().total as number;
    };
    expect(await count(`actorId=${ana.id}&action=certification.revoke`)).toBe(1);
    expect(await count(`actorId=${anaRu.id}&action=certification.revoke`)).toBe(0);
    expect(await count(`entityType=certification&entityId=${certificationId}`)).toBe(1);
    expect(await count(`action=certification.revoke&from=${day}&to=${day}`)).toBe(1);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    const previous = new Date(Date.parse(`${day}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
    expect(await count(`action=certification.revoke&from=${next}`)).toBe(0);
    expect(await count(`action=certification.revoke&to=${previous}`)).toBe(0);
  });

  it('refuses unknown actions and malformed days, naming the field', async () => {
    for (const [query, field] of [
      ['action=certification.explode', 'action'],
      ['from=2027-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['actorId=not-a-uuid', 'actorId'],
    ]) {
      const res = await t.inject({ method: 'GET', url: `/api/audit-events?${query}`, cookie: ana.cookie });
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe(field);
    }
  });

  it('exports CSV with each event in words in the reader’s language, formula-looking names made text', async () => {
    await t.db.query(`UPDATE app_user SET display_name = '=HYPERLINK("http://x","Otieno")' WHERE id = $1`, [holderId]);
    try {
      const en = await t.inject({
        method: 'GET',
        url: '/api/audit-events/export?action=certification.revoke',
        cookie: ana.cookie,
      });
      expect(en.statusCode).toBe(200);
      expect(en.headers['content-type']).toMatch(/^text\/csv/);
      expect(en.body).toContain('Ana Souza revoked the certification of =HYPERLINK');
      expect(en.body).toContain(`"'=HYPERLINK(""http://x"",""Otieno"")"`);
      expect(en.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
      const ru = await t.inject({
        method: 'GET',
        url: '/api/audit-events/export?action=certification.revoke',
        cookie: anaRu.cookie,
      });
      expect(ru.body).toContain('Ana Souza отозвал(а) сертификат');
    } finally {
      await t.db.query(`UPDATE app_user SET display_name = 'Otieno Kamau' WHERE id = $1`, [holderId]);
    }
  });

  it('is for admins only', async () => {
    for (const role of ['officer', 'coordinator', 'trainer', 'member_admin'] as const) {
      const user = await t.signIn(role);
      expect((await t.inject({ method: 'GET', url: '/api/audit-events', cookie: user.cookie })).statusCode).toBe(403);
      expect((await t.inject({ method: 'GET', url: '/api/audit-events/export', cookie: user.cookie })).statusCode).toBe(
        403,
      );
    }
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM audit_event WHERE action = 'certification.revoke'`);
    await expect(
      t.db.query(`UPDATE audit_event SET action = 'certification.issue' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    // Deleting a user who acted would rewrite their events (SET NULL): refused too; accounts are disabled instead.
    await expect(t.db.query(`DELETE FROM app_user WHERE id = $1`, [ana.id])).rejects.toThrow(/append-only/);
    const [{ action }] = await t.db.query(`SELECT action FROM audit_event WHERE id = $1`, [id]);
    expect(action).toBe('certification.revoke');
  });
});
