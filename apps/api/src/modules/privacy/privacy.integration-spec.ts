import { createHash } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { normaliseHolderName } from '@icspa/domain';
import { createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';
import { IssueCertificationsUseCase } from '../certifications/usecases/issue-certifications/issue-certifications.usecase';

const ORIGIN = 'https://academy.example';

/** The access log's rows about an officer, oldest first (read from the table, not the API). */
async function accessRows(t: TestApp, officerId: string) {
  return (await t.db.query(
    `SELECT officer_id, reader_id, purpose, object_type, object_id FROM personal_data_access
      WHERE officer_id = $1 ORDER BY at, id`,
    [officerId],
  )) as Array<{ officer_id: string; reader_id: string; purpose: string; object_type: string; object_id: string }>;
}

describe('officer privacy: protected officers and the access log', () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;
  let admin: TestUser;
  let coordinatorA: TestUser;
  let officerA: TestUser;
  let colleagueA: TestUser;
  let coordinatorB: TestUser;
  let trainer: TestUser;
  let cohortId: string;
  let sessionId: string;
  let certificationId: string;
  let courseId: string;
  let publicCode: string;
  let clockMs: number;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL: ORIGIN });
    clockMs = Date.now();
    // Every read a second apart (from the real time: the cohort opens now): the log's order is the clock's.
    t.app.get(Clock).now = () => new Date((clockMs += 1000));
    unitA = await t.createUnit('UA');
    unitB = await t.createUnit('KE');
    admin = await t.signIn('admin');
    coordinatorA = await t.signIn('coordinator', { policeUnitId: unitA });
    officerA = await t.signIn('officer', { policeUnitId: unitA });
    colleagueA = await t.signIn('officer', { policeUnitId: unitA });
    coordinatorB = await t.signIn('coordinator', { policeUnitId: unitB });
    trainer = await t.signIn('trainer');
    await t.db.query(`UPDATE app_user SET display_name = 'Ayşe Kılıç' WHERE id = $1`, [officerA.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Kofi Mensah' WHERE id = $1`, [trainer.id]);

    ({ courseId } = await createPublishedCourse(t, admin));
    const programme = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Certified Cybercrime First Responder',
        description: 'Secures a digital crime scene.',
        courseIds: [courseId],
        validityMonths: 24,
        recertificationWindowDays: 90,
        skills: ['first-response'],
      },
    });
    expect(programme.statusCode).toBe(201);
    cohortId = await createOpenCohort(t, admin, courseId, { deliveryMode: 'in_person', trainerId: trainer.id });
    const enrolment = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/enrolments`,
      cookie: officerA.cookie,
    });
    expect(enrolment.statusCode).toBe(201);
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'running' },
    });
    const graded = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${enrolment.json().enrolment?.id ?? enrolment.json().id}/grade`,
      cookie: trainer.cookie,
      payload: { attended: true, passed: true },
    });
    expect(graded.statusCode).toBe(200);
    [certificationId] = await t.app.get(IssueCertificationsUseCase).execute({ holderId: officerA.id });
    [{ public_code: publicCode }] = await t.db.query(`SELECT public_code FROM certification WHERE id = $1`, [
      certificationId,
    ]);
    [{ id: sessionId }] = await t.db.query(
      `INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, position)
       VALUES ($1, $2, $3, 'Europe/Kyiv', 1) RETURNING id`,
      [cohortId, new Date(clockMs), new Date(clockMs + 3600_000)],
    );
    // The set-up's own reads (the trainer grading) are not what the tests below count.
    await t.db.query(`DELETE FROM personal_data_access`);
  });
  afterAll(() => t.close());

  describe('marking an officer protected', () => {
    const put = (user: TestUser, id: string, payload: unknown) =>
      t.inject({ method: 'PUT', url: `/api/users/${id}/protection`, cookie: user.cookie, payload });

    it('refuses the officer themself, trainers, another unit’s coordinator and a coordinator’s own account', async () => {
      expect((await put(officerA, officerA.id, { protected: true, reason: 'Undercover' })).statusCode).toBe(403);
      expect((await put(trainer, officerA.id, { protected: true, reason: 'Undercover' })).statusCode).toBe(403);
      const other = await put(coordinatorB, officerA.id, { protected: true, reason: 'Undercover' });
      expect(other.statusCode).toBe(404);
      expect(other.json().code).toBe('user.not_found');
      const self = await put(coordinatorA, coordinatorA.id, { protected: true, reason: 'Undercover' });
      expect(self.statusCode).toBe(403);
      expect(self.json()).toMatchObject({ code: 'user.protection_not_self', field: 'id' });
      const notOfficer = await put(admin, trainer.id, { protected: true, reason: 'Undercover' });
      expect(notOfficer.statusCode).toBe(400);
      expect(notOfficer.json()).toMatchObject({ code: 'user.protection_not_officer', field: 'id' });
      const [row] = await t.db.query(`SELECT protected_at FROM app_user WHERE id = $1`, [officerA.id]);
      expect(row.protected_at).toBeNull();
    });

    it('answers 400 naming the field for a bad body, and writes nothing', async () => {
      const notBoolean = await put(coordinatorA, officerA.id, { protected: 'yes', reason: 'Undercover' });
      expect(notBoolean.statusCode).toBe(400);
      expect(notBoolean.json().field).toBe('protected');
      const noReason = await put(coordinatorA, officerA.id, { protected: true });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().field).toBe('reason');
      const blank = await put(coordinatorA, officerA.id, { protected: true, reason: '   ' });
      expect(blank.statusCode).toBe(400);
      expect(blank.json()).toMatchObject({ code: 'validation.minLength', field: 'reason' });
      const [row] = await t.db.query(`SELECT protected_at FROM app_user WHERE id = $1`, [officerA.id]);
      expect(row.protected_at).toBeNull();
    });

    it('lets the unit’s coordinator protect an officer: recorded, audited, said in the responses, and the credential re-signed without the name', async () => {
      const [before] = await t.db.query(
        `SELECT credential, public_code, status_list, status_list_index FROM certification WHERE id = $1`,
        [certificationId],
      );
      const oldPayload = JSON.parse(Buffer.from(before.credential.split('.')[1], 'base64url').toString('utf8'));
      expect(oldPayload.credentialSubject.name).toBe('Ayşe Kılıç');

      const res = await put(coordinatorA, officerA.id, { protected: true, reason: 'Works undercover online' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: officerA.id, protected: true });
      const [row] = await t.db.query(`SELECT protected_at, protected_by_id FROM app_user WHERE id = $1`, [officerA.id]);
      expect(row.protected_at).not.toBeNull();
      expect(row.protected_by_id).toBe(coordinatorA.id);
      const events = await t.db.query(
        `SELECT actor_id, details FROM audit_event WHERE action = 'app_user.protect' AND entity_id = $1`,
        [officerA.id],
      );
      expect(events).toEqual([
        { actor_id: coordinatorA.id, details: { reason: 'Works undercover online', credentialsResigned: 1 } },
      ]);
      // The same again changes nothing and records nothing.
      expect((await put(admin, officerA.id, { protected: true, reason: 'Again' })).json().protected).toBe(true);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'app_user.protect' AND entity_id = $1`,
        [officerA.id],
      );
      expect(n).toBe(1);

      // The unit and admins read it in the user and training-record responses.
      const user = await t.inject({ method: 'GET', url: `/api/users/${officerA.id}`, cookie: coordinatorA.cookie });
      expect(user.json().protected).toBe(true);
      const record = await t.inject({
        method: 'GET',
        url: `/api/training-records/${officerA.id}`,
        cookie: admin.cookie,
      });
      expect(record.json().officer).toMatchObject({ name: 'Ayşe Kılıç', protected: true });
      // A role outside the unit roles would drop the protection silently (no unit to keep the name in): refused.
      const firmId = await t.createFirm();
      const moved = await t.inject({
        method: 'PATCH',
        url: `/api/users/${officerA.id}`,
        cookie: admin.cookie,
        payload: { role: 'trainer', policeUnitId: null, memberFirmId: firmId },
      });
      expect(moved.statusCode).toBe(409);
      expect(moved.json()).toMatchObject({ code: 'user.protected_role_change', field: 'role' });
      const [kept] = await t.db.query(`SELECT role, police_unit_id FROM app_user WHERE id = $1`, [officerA.id]);
      expect(kept).toEqual({ role: 'officer', police_unit_id: unitA });

      // Re-signed: same id, status entry, code and identifiers; no name; verifies with jose through the JWKS.
      const [after] = await t.db.query(
        `SELECT credential, public_code, status_list, status_list_index FROM certification WHERE id = $1`,
        [certificationId],
      );
      expect(after.public_code).toBe(before.public_code);
      expect([after.status_list, after.status_list_index]).toEqual([before.status_list, before.status_list_index]);
      const jwks = (await t.inject({ method: 'GET', url: '/api/credentials/jwks.json' })).json();
      const { payload } = await jwtVerify(after.credential, createLocalJWKSet(jwks), {
        issuer: oldPayload.iss,
        currentDate: new Date(clockMs),
      });
      expect(decodeProtectedHeader(after.credential).kid).toBe(decodeProtectedHeader(before.credential).kid);
      const subject = payload.credentialSubject as Record<string, unknown>;
      expect(subject).not.toHaveProperty('name');
      expect(JSON.stringify(payload)).not.toContain('Kılıç');
      expect(payload.jti).toBe(oldPayload.jti);
      expect(payload.credentialStatus).toEqual(oldPayload.credentialStatus);
      expect(subject.identifier).toEqual(oldPayload.credentialSubject.identifier);
      expect(subject.id).toBe(oldPayload.credentialSubject.id);
    });

    it('the public verification shows initials and the result only, and offers the name check against the salted identifier', async () => {
      const res = await t.inject({ method: 'GET', url: `/api/verify/${publicCode}` });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ holderName: 'A. K.', holderInitialsOnly: true, status: 'active' });
      expect(res.body).not.toContain('Kılıç');
      expect(body.nameIdentifiers).toHaveLength(1);
      const { identityHash, salt } = body.nameIdentifiers[0];
      const hash = (typed: string) =>
        `sha256$${createHash('sha256')
          .update(`${normaliseHolderName(typed)}${salt}`, 'utf8')
          .digest('hex')}`;
      // The clerk types the name from the passport, in capitals and without accents: it matches.
      expect(hash('AYSE KILIC')).toBe(identityHash);
      expect(hash('Ayse Kaya')).not.toBe(identityHash);
    });

    it('lifts the protection: audited, the name back in the credential and on the public page', async () => {
      const res = await put(admin, officerA.id, { protected: false, reason: 'Reassigned to a desk post' });
      expect(res.statusCode).toBe(200);
      expect(res.json().protected).toBe(false);
      const [event] = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'app_user.unprotect' AND entity_id = $1`,
        [officerA.id],
      );
      expect(event.details.reason).toBe('Reassigned to a desk post');
      const [row] = await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [certificationId]);
      const payload = JSON.parse(Buffer.from(row.credential.split('.')[1], 'base64url').toString('utf8'));
      expect(payload.credentialSubject.name).toBe('Ayşe Kılıç');
      const verified = (await t.inject({ method: 'GET', url: `/api/verify/${publicCode}` })).json();
      expect(verified).toMatchObject({ holderName: 'Ayşe Kılıç', holderInitialsOnly: false });
      expect(verified).not.toHaveProperty('nameIdentifiers');
      // Protected again for the rest of the file.
      await put(coordinatorA, officerA.id, { protected: true, reason: 'Back undercover' });
    });

    it('re-signs the officer’s revoked credential too (no name kept anywhere), and leaves an unsigned one to its issuing', async () => {
      const [source] = await t.db.query(`SELECT programme_id, credential FROM certification WHERE id = $1`, [
        certificationId,
      ]);
      const insert = async (status: string, credential: string, previousId: string | null = null) =>
        (
          await t.db.query(
            `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code,
                                        credential, revoked_at, revoked_reason, previous_id)
             VALUES ($1, $2, now(), now(), now() + interval '1 year', $3::text::certification_status, $4, $5,
                     CASE WHEN $3::text = 'revoked' THEN now() END, CASE WHEN $3::text = 'revoked' THEN 'Misconduct' END, $6)
             RETURNING id`,
            [
              source.programme_id,
              colleagueA.id,
              status,
              `R${Date.now().toString(36).toUpperCase()}${status[0]}`,
              credential,
              previousId,
            ],
          )
        )[0].id as string;
      const revoked = await insert('revoked', source.credential);
      // Its renewal, not signed yet.
      const unsigned = await insert('active', '', revoked);
      const res = await put(coordinatorA, colleagueA.id, { protected: true, reason: 'Undercover too' });
      expect(res.statusCode).toBe(200);
      const [event] = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'app_user.protect' AND entity_id = $1`,
        [colleagueA.id],
      );
      expect(event.details.credentialsResigned).toBe(1);
      const [{ credential }] = await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [revoked]);
      expect(credential).not.toBe(source.credential);
      const payload = JSON.parse(Buffer.from(credential.split('.')[1], 'base64url').toString('utf8'));
      expect(payload.credentialSubject).not.toHaveProperty('name');
      expect(await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [unsigned])).toEqual([
        { credential: '' },
      ]);
      await put(admin, colleagueA.id, { protected: false, reason: 'Back at the desk' });
    });
  });

  it('issues a protected officer’s new credentials without the name, only the salted identifiers', async () => {
    const programme = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Digital Evidence Handler',
        description: 'Handles seized devices.',
        courseIds: [courseId],
        validityMonths: 12,
        recertificationWindowDays: 60,
        skills: ['evidence'],
      },
    });
    expect(programme.statusCode).toBe(201);
    const [id] = await t.app.get(IssueCertificationsUseCase).execute({ holderId: officerA.id });
    const [row] = await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [id]);
    const jwks = (await t.inject({ method: 'GET', url: '/api/credentials/jwks.json' })).json();
    const { payload } = await jwtVerify(row.credential, createLocalJWKSet(jwks), { currentDate: new Date(clockMs) });
    const subject = payload.credentialSubject as { name?: string; identifier: Array<{ identityType: string }> };
    expect(subject).not.toHaveProperty('name');
    expect(subject.identifier.map((i) => i.identityType).sort()).toEqual(['emailAddress', 'name']);
  });

  describe('the access log', () => {
    const get = (user: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: user.cookie });

    it('writes a row for each read from outside the unit, and none for reads inside it or of oneself', async () => {
      await t.db.query(`DELETE FROM personal_data_access`);
      // Inside the unit, and the officer themself: nothing.
      expect((await get(coordinatorA, `/api/training-records/${officerA.id}`)).statusCode).toBe(200);
      expect((await get(coordinatorA, `/api/training-records/${officerA.id}/record.csv`)).statusCode).toBe(200);
      expect((await get(officerA, `/api/training-records/${officerA.id}`)).statusCode).toBe(200);
      expect((await get(coordinatorA, `/api/training-records`)).statusCode).toBe(200);
      expect((await get(officerA, `/api/enrolments?mine=true`)).statusCode).toBe(200);
      expect(await accessRows(t, officerA.id)).toEqual([]);

      // From outside: the trainer's roster, an admin's record and its export. The trainer's attendance PDF leaves the
      // protected officer out (`exportsOfficer`), so it read nothing of theirs; it names the unprotected colleague.
      expect((await get(trainer, `/api/cohorts/${cohortId}/roster`)).statusCode).toBe(200);
      const pdf = await get(trainer, `/api/training-sessions/${sessionId}/attendance.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect((await get(admin, `/api/training-records/${officerA.id}`)).statusCode).toBe(200);
      expect((await get(admin, `/api/training-records/${officerA.id}/record.pdf`)).statusCode).toBe(200);
      expect((await get(admin, `/api/training-records?policeUnitId=${unitA}`)).statusCode).toBe(200);
      expect(await accessRows(t, officerA.id)).toEqual([
        {
          officer_id: officerA.id,
          reader_id: trainer.id,
          purpose: 'roster',
          object_type: 'cohort',
          object_id: cohortId,
        },
        {
          officer_id: officerA.id,
          reader_id: admin.id,
          purpose: 'training_record',
          object_type: 'training_record',
          object_id: officerA.id,
        },
        {
          officer_id: officerA.id,
          reader_id: admin.id,
          purpose: 'training_record_export',
          object_type: 'training_record',
          object_id: officerA.id,
        },
        { officer_id: officerA.id, reader_id: admin.id, purpose: 'unit_roster', object_type: null, object_id: null },
      ]);
      // The unit roster named every officer of the page: one row each (the colleague and the coordinator too).
      expect((await accessRows(t, colleagueA.id)).map((r) => r.purpose)).toContain('unit_roster');
    });

    it('is read by the officer’s coordinator and admins, newest first and paged; the officer reads their own', async () => {
      const page = await get(coordinatorA, `/api/access-log?officerId=${officerA.id}&pageSize=2`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({ total: 4, page: 1, pageSize: 2 });
      const [newest, next] = page.json().items;
      expect(newest).toMatchObject({
        officer: { id: officerA.id, name: 'Ayşe Kılıç', officerPseudonym: null },
        reader: { id: admin.id, role: 'admin', organisationType: 'alliance', organisationName: null },
        purpose: 'unit_roster',
      });
      expect(next.purpose).toBe('training_record_export');
      const last = (await get(coordinatorA, `/api/access-log?officerId=${officerA.id}&pageSize=2&page=2`)).json();
      expect(last.items).toHaveLength(2);
      expect(last.items[1]).toMatchObject({
        reader: { id: trainer.id, name: 'Kofi Mensah', role: 'trainer', organisationType: 'member_firm' },
        purpose: 'roster',
        object: { type: 'cohort', id: cohortId, name: expect.any(String) },
      });
      expect(last.items[1].reader.organisationName).toEqual(expect.any(String));

      const byAdmin = await get(admin, `/api/access-log?officerId=${officerA.id}`);
      expect(byAdmin.json().total).toBe(4);
      const own = await get(officerA, `/api/access-log`);
      expect(own.json().total).toBe(4);
      expect(own.json().items.every((e: { officer: { id: string } }) => e.officer.id === officerA.id)).toBe(true);
      // The colleague's own log holds only the colleague's entry.
      expect((await get(colleagueA, `/api/access-log?officerId=${officerA.id}`)).json().total).toBe(0);
      const entry = await get(officerA, `/api/access-log/${newest.id}`);
      expect(entry.statusCode).toBe(200);
      expect(entry.json().id).toBe(newest.id);
    });

    it('logs the exports naming officers: an admin’s certificate PDF and audit-log CSV; not the holder’s own PDF', async () => {
      await t.db.query(`DELETE FROM personal_data_access`);
      expect((await get(officerA, `/api/certifications/${certificationId}/certificate.pdf`)).statusCode).toBe(200);
      expect(await accessRows(t, officerA.id)).toEqual([]);
      expect((await get(admin, `/api/certifications/${certificationId}/certificate.pdf`)).statusCode).toBe(200);
      const csv = await get(admin, `/api/audit-events/export?entityType=app_user&entityId=${officerA.id}`);
      expect(csv.statusCode).toBe(200);
      expect((await accessRows(t, officerA.id)).map((r) => [r.reader_id, r.purpose, r.object_id])).toEqual([
        [admin.id, 'certificate', certificationId],
        [admin.id, 'audit_export', null],
      ]);
      // The coordinator who acted is named in those events too: a person of another unit than the admin's.
      expect((await accessRows(t, coordinatorA.id)).map((r) => r.purpose)).toEqual(['audit_export']);
      // A page of the audit log read by an admin names them as well.
      await t.db.query(`DELETE FROM personal_data_access`);
      const page = await get(admin, `/api/audit-events?entityType=app_user&entityId=${officerA.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.json().items.length).toBeGreaterThan(0);
      expect((await accessRows(t, officerA.id)).map((r) => [r.reader_id, r.purpose])).toEqual([
        [admin.id, 'audit_log'],
      ]);
    });

    it('shows another unit’s coordinator nothing (and 404 for an entry); trainers and member admins are refused', async () => {
      const list = await get(coordinatorB, `/api/access-log?officerId=${officerA.id}`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ items: [], total: 0 });
      const [{ id }] = await t.db.query(`SELECT id FROM personal_data_access WHERE officer_id = $1 LIMIT 1`, [
        officerA.id,
      ]);
      const one = await get(coordinatorB, `/api/access-log/${id}`);
      expect(one.statusCode).toBe(404);
      expect(one.json().code).toBe('access_log.not_found');
      expect((await get(colleagueA, `/api/access-log/${id}`)).statusCode).toBe(404);
      expect((await get(trainer, `/api/access-log`)).statusCode).toBe(403);
      const memberAdmin = await t.signIn('member_admin');
      expect((await get(memberAdmin, `/api/access-log`)).statusCode).toBe(403);
    });
  });
});
