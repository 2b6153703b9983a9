import { insertCertification, insertCourse, insertProgramme, insertUser } from '../../../test/record-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';
import { JOB_QUEUE, JOB_SCHEDULES, JobName, QueueName } from '../../core/queue/queue-registry';
import { ApplyRetentionJob } from './jobs/apply-retention.job';
import { EraseOfficerUseCase } from './usecases/erase-officer/erase-officer.usecase';

const DAY = 86400_000;
const YEAR = 365 * DAY;
const NOW = new Date('2032-06-15T03:45:00Z');

describe('retention: left_at, the per-country setting and the daily job', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let ua: string;
  let ua2: string;
  let ke: string;
  let br: string;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    ua = await t.createUnit('UA');
    ua2 = await t.createUnit('UA');
    ke = await t.createUnit('KE');
    br = await t.createUnit('BR');
    admin = await t.signIn('admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: ua });
  });
  afterAll(() => t.close());

  const patchUser = (id: string, payload: unknown) =>
    t.inject({ method: 'PATCH', url: `/api/users/${id}`, cookie: admin.cookie, payload });
  const leftAt = async (id: string): Promise<Date | null> =>
    (await t.db.query(`SELECT left_at FROM app_user WHERE id = $1`, [id]))[0].left_at;

  it('sets left_at when an officer is disabled or moved to another unit, and clears it when enabled again', async () => {
    const officer = await insertUser(t, 'Mykola Left', 'officer', { policeUnitId: ua });
    expect(await leftAt(officer)).toBeNull();
    expect((await patchUser(officer, { disabled: true })).statusCode).toBe(200);
    expect(await leftAt(officer)).toEqual(NOW);
    expect((await patchUser(officer, { disabled: false })).statusCode).toBe(200);
    expect(await leftAt(officer)).toBeNull();
    expect((await patchUser(officer, { policeUnitId: ua2 })).statusCode).toBe(200);
    expect(await leftAt(officer)).toEqual(NOW);
  });

  it('admins set a country’s retention in whole years (null keeps); bad input names the field', async () => {
    const patch = (user: TestUser, code: string, payload: unknown) =>
      t.inject({ method: 'PATCH', url: `/api/countries/${code}`, cookie: user.cookie, payload });
    for (const bad of [0, 51, 2.5, 'two'])
      expect((await patch(admin, 'UA', { retentionYears: bad })).json()).toMatchObject({
        statusCode: 400,
        field: 'retentionYears',
      });
    expect((await patch(coordinator, 'UA', { retentionYears: 2 })).statusCode).toBe(403);
    expect((await patch(admin, 'UA', { retentionYears: 2 })).json()).toMatchObject({ code: 'UA', retentionYears: 2 });
    expect((await patch(admin, 'KE', { retentionYears: 5 })).json()).toMatchObject({ retentionYears: 5 });
    expect((await patch(admin, 'BR', { retentionYears: 3 })).json()).toMatchObject({ retentionYears: 3 });
    expect((await patch(admin, 'BR', { retentionYears: null })).json()).toMatchObject({ retentionYears: null });
    const listed = await t.inject({
      method: 'GET',
      url: '/api/countries?region=eastern-europe&pageSize=100',
      cookie: coordinator.cookie,
    });
    expect(listed.json().items).toContainEqual(expect.objectContaining({ code: 'UA', retentionYears: 2 }));
  });

  it('the daily job erases exactly the disabled officers past their country’s retention, reports it, and is idempotent', async () => {
    expect(JOB_QUEUE[JobName.ApplyRetention]).toBe(QueueName.Housekeeping);
    await t.db.query(`UPDATE country SET retention_years = CASE code WHEN 'UA' THEN 2 WHEN 'KE' THEN 5 END
                       WHERE code IN ('UA', 'KE', 'BR')`);
    expect(JOB_SCHEDULES[JobName.ApplyRetention]).toBeDefined();
    const officer = async (name: string, unit: string, left: Date | null, disabled = true) => {
      const id = await insertUser(t, name, 'officer', { policeUnitId: unit });
      await t.db.query(`UPDATE app_user SET left_at = $2, disabled_at = $3 WHERE id = $1`, [
        id,
        left,
        disabled ? left : null,
      ]);
      return id;
    };
    const uaPast = await officer('Past Retention UA', ua, new Date(NOW.getTime() - 2 * YEAR - 2 * DAY));
    const uaExact = await officer('Exactly Two Years', ua, new Date('2030-06-15T03:45:00Z'));
    const uaRecent = await officer('Recent UA', ua, new Date(NOW.getTime() - 1 * YEAR));
    const uaActive = await officer('Moved But Active', ua, new Date(NOW.getTime() - 4 * YEAR), false);
    const kePast = await officer('Past Retention KE', ke, new Date(NOW.getTime() - 6 * YEAR));
    const keWithin = await officer('Within KE', ke, new Date(NOW.getTime() - 3 * YEAR));
    const brKept = await officer('No Setting BR', br, new Date(NOW.getTime() - 20 * YEAR));

    const first = await t.app.get(ApplyRetentionJob).handle();
    expect(first).toEqual({ erased: 3, byCountry: { UA: 2, KE: 1 }, failed: 0 });
    const erased = async () =>
      (
        await t.db.query(`SELECT id FROM app_user WHERE erased_at IS NOT NULL AND id = ANY ($1) ORDER BY id`, [
          [uaPast, uaExact, uaRecent, uaActive, kePast, keWithin, brKept],
        ])
      ).map((r: { id: string }) => r.id);
    expect(await erased()).toEqual([uaPast, uaExact, kePast].sort());
    const [{ display_name }] = await t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [uaPast]);
    expect(display_name).toMatch(/^Erased officer /);

    // Reported: an audit event with counts per country (actor: the system) and a notification to the admins.
    const runs = await t.db.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'privacy.retention_run' ORDER BY created_at`,
    );
    expect(runs).toEqual([{ actor_id: null, details: { count: 3, byCountry: { UA: 2, KE: 1 }, failed: 0 } }]);
    const erasures = await t.db.query(
      `SELECT actor_id, details->>'reason' AS reason FROM audit_event WHERE action = 'app_user.erasure' AND entity_id = ANY ($1)`,
      [[uaPast, uaExact, kePast]],
    );
    expect(erasures).toHaveLength(3);
    for (const e of erasures) expect(e).toEqual({ actor_id: null, reason: 'retention' });
    const notes = await t.db.query(
      `SELECT params FROM notification WHERE user_id = $1 AND kind = 'privacy.retention_applied'`,
      [admin.id],
    );
    expect(notes).toEqual([{ params: { count: 3, countries: 'KE 1, UA 2', failed: 0 } }]);

    // Twice-run: nothing more is erased, reported or notified.
    expect(await t.app.get(ApplyRetentionJob).handle()).toEqual({ erased: 0, byCountry: {}, failed: 0 });
    expect(await erased()).toEqual([uaPast, uaExact, kePast].sort());
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'privacy.retention_run'`)).toHaveLength(1);
    expect(
      await t.db.query(`SELECT 1 FROM notification WHERE kind = 'privacy.retention_applied' AND user_id = $1`, [
        admin.id,
      ]),
    ).toHaveLength(1);
  });

  it('erases an officer whose certification is unsigned; one that fails is skipped and reported, the others erased; a retried transaction counts once', async () => {
    const programme = await insertProgramme(t, 'Retention programme', [await insertCourse(t)]);
    const officer = async (name: string) => {
      const id = await insertUser(t, name, 'officer', { policeUnitId: ua });
      const left = new Date(NOW.getTime() - 3 * YEAR);
      await t.db.query(`UPDATE app_user SET left_at = $2, disabled_at = $2 WHERE id = $1`, [id, left]);
      return id;
    };
    const unsigned = await officer('Unsigned Credential');
    const certification = await insertCertification(
      t,
      unsigned,
      programme,
      new Date(NOW.getTime() - 4 * YEAR),
      new Date(NOW.getTime() + YEAR),
    );
    await t.db.query(`UPDATE certification SET credential = '' WHERE id = $1`, [certification]);
    const failing = await officer('Fails To Erase');
    const retried = await officer('Retried Once');
    const usecase = t.app.get(EraseOfficerUseCase);
    const original = usecase.execute.bind(usecase);
    let conflicts = 0;
    // One officer's erasure fails after writing (its savepoint must undo it); another's transaction is aborted
    // once as a serialization failure after it erased them (the batch runs again and must count them once).
    const spy = jest.spyOn(usecase, 'execute').mockImplementation(async (manager, command) => {
      const result = await original(manager, command);
      if (command.officerId === failing) throw new Error('broken data');
      if (command.officerId === retried && conflicts++ === 0)
        throw Object.assign(new Error('could not serialize access'), { driverError: { code: '40001' } });
      return result;
    });
    try {
      expect(await t.app.get(ApplyRetentionJob).handle()).toEqual({ erased: 2, byCountry: { UA: 2 }, failed: 1 });
    } finally {
      spy.mockRestore();
    }
    expect(conflicts).toBe(2);
    const state = async (id: string) =>
      (await t.db.query(`SELECT display_name, erased_at FROM app_user WHERE id = $1`, [id]))[0];
    expect((await state(unsigned)).erased_at).toEqual(NOW);
    expect((await state(retried)).erased_at).toEqual(NOW);
    expect(await state(failing)).toEqual({ display_name: 'Fails To Erase', erased_at: null });
    expect(
      await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'app_user.erasure' AND entity_id = $1`, [failing]),
    ).toEqual([]);
    const [{ credential }] = await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [certification]);
    expect(credential).toBe('');
    const runs = await t.db.query(
      `SELECT details FROM audit_event WHERE action = 'privacy.retention_run' AND (details->>'failed')::int > 0`,
    );
    expect(runs).toEqual([{ details: { count: 2, byCountry: { UA: 2 }, failed: 1 } }]);
    // The admins are told that one could not be erased, not only how many were.
    const told = await t.db.query(
      `SELECT text_body FROM email_message WHERE user_id = $1 AND kind = 'privacy.retention_applied' AND locale = 'en'`,
      [admin.id],
    );
    expect(told.map((m: { text_body: string }) => m.text_body).join('\n')).toContain(
      'the personal data of 2 officers was erased; for 1 it could not be erased. See the audit log.',
    );
    // The next run tries the failed officer again.
    expect(await t.app.get(ApplyRetentionJob).handle()).toEqual({ erased: 1, byCountry: { UA: 1 }, failed: 0 });
    expect((await state(failing)).erased_at).toEqual(NOW);
  });

  it('answers when retention erases an officer as the job computes it (29 February + 2 years: 28 February), null while enabled', async () => {
    const left = new Date('2028-02-29T12:00:00Z');
    const disabled = await insertUser(t, 'Leap Day Leaver', 'officer', { policeUnitId: ua });
    await t.db.query(`UPDATE app_user SET left_at = $2, disabled_at = $2 WHERE id = $1`, [disabled, left]);
    const enabled = await insertUser(t, 'Leap Day Mover', 'officer', { policeUnitId: ua });
    await t.db.query(`UPDATE app_user SET left_at = $2 WHERE id = $1`, [enabled, left]);
    const summary = async (id: string) =>
      (await t.inject({ method: 'GET', url: `/api/users/${id}/data-rights`, cookie: coordinator.cookie })).json();
    expect(await summary(disabled)).toMatchObject({ retentionYears: 2, erasureDueAt: '2030-02-28T12:00:00.000Z' });
    expect(await summary(enabled)).toMatchObject({ retentionYears: 2, erasureDueAt: null });
  });
});
