import { Schema, Validator } from '@cfworker/json-schema';
import { compactVerify, createLocalJWKSet, jwtVerify } from 'jose';
import { gunzipSync } from 'node:zlib';
import { OB_ACHIEVEMENT_CREDENTIAL_SCHEMA } from '../../../test/open-badges-schema';
import { pdfQrCodes } from '../../../test/pdf-images';
import { pdfText } from '../../../test/pdf-text';
import { COMPACT_PREFIX, decodeCompact } from './compact-credential';
import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { IssueCertificationsUseCase } from './usecases/issue-certifications/issue-certifications.usecase';
import { CertificationsService } from './certifications.service';

const DAY = 86400_000;

describe('certifications: issue, life, verification and signed credentials', () => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  let unitId: string;
  let programmeId: string;
  let courses: string[];
  let clock: Clock;
  let realNow: () => Date;

  beforeAll(async () => {
    t = await TestApp.start({ VERIFY_RATE_PER_MINUTE: '8', PUBLIC_URL: 'https://academy.example' });
    admin = await t.signIn('admin');
    trainer = await t.signIn('trainer');
    unitId = await t.createUnit('UA');
    courses = [];
    for (let i = 0; i < 3; i++) courses.push((await createPublishedCourse(t, admin)).courseId);
    const created = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Certified Digital Evidence Examiner',
        description: 'Seizes, images and presents digital evidence.',
        courseIds: courses,
        requiredCount: 2,
        validityMonths: 12,
        recertificationWindowDays: 90,
        skills: ['digital-forensics', 'e-evidence'],
      },
    });
    expect(created.statusCode).toBe(201);
    programmeId = created.json().id;
    clock = t.app.get(Clock);
    realNow = clock.now.bind(clock);
  });
  afterEach(() => {
    clock.now = realNow;
  });
  afterAll(() => t.close());

  /** Completes a course for the officer through an in-person cohort graded by its trainer. */
  async function complete(officer: TestUser, courseId: string): Promise<string> {
    const cohortId = await createOpenCohort(t, admin, courseId, { deliveryMode: 'in_person', trainerId: trainer.id });
    const enrolment = (
      await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie })
    ).json();
    await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohortId}/status`,
      cookie: admin.cookie,
      payload: { status: 'running' },
    });
    const graded = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${enrolment.id}/grade`,
      cookie: trainer.cookie,
      payload: { attended: true, passed: true },
    });
    expect(graded.json().status).toBe('completed');
    return enrolment.id;
  }

  async function certified(officer: TestUser) {
    await complete(officer, courses[0]);
    await complete(officer, courses[1]);
    await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id });
    return (await t.inject({ method: 'GET', url: '/api/certifications', cookie: officer.cookie })).json().items[0];
  }

  it('issues exactly one certification when the required courses are done, even if the completion is delivered twice at once', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    await complete(officer, courses[0]);
    expect(await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id })).toEqual([]); // 1 of 2: not yet
    const enrolmentId = await complete(officer, courses[1]);
    const outbox = await t.db.query(
      `SELECT job_id FROM outbox_message WHERE job_name = 'issue-certifications' AND payload->>'holderId' = $1`,
      [officer.id],
    );
    expect(outbox.map((o: { job_id: string }) => o.job_id)).toContain(`certify-${enrolmentId}`);

    const issuer = t.app.get(IssueCertificationsUseCase);
    const results = await Promise.all([
      issuer.execute({ holderId: officer.id }),
      issuer.execute({ holderId: officer.id }),
      issuer.execute({ holderId: officer.id }),
    ]);
    expect(results.flat()).toHaveLength(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM certification WHERE holder_id = $1`, [officer.id]);
    expect(n).toBe(1);
    const mine = (await t.inject({ method: 'GET', url: '/api/certifications', cookie: officer.cookie })).json();
    expect(mine.items[0]).toMatchObject({ programmeId, status: 'active', holderId: officer.id });
    // 100 bits in Crockford base 32, printed in groups of four.
    expect(mine.items[0].publicCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    const bell = (await t.inject({ method: 'GET', url: '/api/notifications', cookie: officer.cookie })).json();
    expect(bell.items.map((x: { kind: string }) => x.kind)).toContain('certification.issued');
    const audit = (
      await t.inject({ method: 'GET', url: `/api/audit-events?entityId=${mine.items[0].id}`, cookie: admin.cookie })
    ).json();
    expect(audit.items[0].action).toBe('certification.issue');
  });

  it('with a controlled clock: reminds at 60, 30 and 7 days once each, expires, and recertifies only inside the window from the old expiry', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const expires = new Date(cert.expiresAt).getTime();
    const service = t.app.get(CertificationsService);
    const at = (ms: number) => (clock.now = () => new Date(ms));
    const reminders = async () =>
      (
        await t.db.query(
          `SELECT params->>'days' AS days FROM notification WHERE user_id = $1 AND kind = 'certification.expiring' ORDER BY created_at`,
          [officer.id],
        )
      ).map((r: { days: string }) => r.days);

    at(expires - 61 * DAY);
    await service.runLifecycle();
    expect(await reminders()).toEqual([]);
    at(expires - 59 * DAY);
    await service.runLifecycle();
    await service.runLifecycle();
    expect(await reminders()).toEqual(['60']);
    at(expires - 29 * DAY);
    await service.runLifecycle();
    at(expires - 6 * DAY);
    await service.runLifecycle();
    await service.runLifecycle();
    expect(await reminders()).toEqual(['60', '30', '7']);

    // Sessions live on the same clock: sign in again at each moved time.
    at(expires - 100 * DAY);
    const early = await t.inject({
      method: 'POST',
      url: `/api/certifications/${cert.id}/recertify`,
      cookie: await t.sessionCookie(officer.id),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/^status: recertification opens on/);

    at(expires - 20 * DAY);
    const cookie = await t.sessionCookie(officer.id);
    const renewed = await t.inject({ method: 'POST', url: `/api/certifications/${cert.id}/recertify`, cookie });
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json()).toMatchObject({ validFrom: cert.expiresAt, previousId: cert.id, status: 'active' });
    expect(new Date(renewed.json().expiresAt).getTime()).toBeGreaterThan(expires + 360 * DAY);
    expect(
      (await t.inject({ method: 'POST', url: `/api/certifications/${cert.id}/recertify`, cookie })).statusCode,
    ).toBe(409);

    at(expires + DAY);
    const result = await service.runLifecycle();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const history = (
      await t.inject({ method: 'GET', url: '/api/certifications', cookie: await t.sessionCookie(officer.id) })
    ).json();
    expect(
      history.items
        .map((c: { id: string; status: string }) => `${c.id === cert.id ? 'old' : 'new'}:${c.status}`)
        .sort(),
    ).toEqual(['new:active', 'old:expired']);
  });

  it('every URL of this server that an issued credential names answers without a session (a renamed route keeps them working)', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const { credential } = (
      await t.inject({ method: 'GET', url: `/api/certifications/${cert.id}/credential`, cookie: officer.cookie })
    ).json();
    const urls = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string' && /^https?:\/\//.test(value)) urls.add(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(credential);
    const origin = new URL(t.config.publicUrl).origin;
    // The issuer is the academy itself (its origin, the portal's home page, which this API-only test app
    // does not serve); every other URL is an API route.
    expect(urls).toContain(origin);
    const ours = [...urls].filter((u) => new URL(u).origin === origin && new URL(u).pathname !== '/');
    // The achievement (the programme) and the status list (with the credential's entry in it) at least.
    expect(ours.some((u) => new URL(u).pathname.startsWith('/api/certification-programmes/'))).toBe(true);
    expect(ours.some((u) => new URL(u).pathname.startsWith('/api/credentials/status/'))).toBe(true);
    for (const url of ours) {
      const { pathname, search } = new URL(url);
      const res = await t.inject({ method: 'GET', url: pathname + search });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    }
  });

  it('signs an Open Badges 3.0 credential that an independent JOSE library verifies; any changed byte fails; revocation shows in the status list', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const { jwt, credential } = (
      await t.inject({ method: 'GET', url: `/api/certifications/${cert.id}/credential`, cookie: officer.cookie })
    ).json();
    const jwks = (await t.inject({ method: 'GET', url: '/api/credentials/jwks.json' })).json();
    const keys = createLocalJWKSet(jwks);

    const { payload, protectedHeader } = await compactVerify(jwt, keys);
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: 'did:web:academy.example#key-1' });
    const vc = JSON.parse(new TextDecoder().decode(payload));
    expect(vc).toEqual(credential);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Certified Digital Evidence Examiner',
      tag: ['digital-forensics', 'e-evidence'],
    });
    expect(vc.validUntil).toBe(cert.expiresAt);

    for (const position of [10, Math.floor(jwt.length / 2), jwt.length - 5]) {
      const tampered = jwt.slice(0, position) + (jwt[position] === 'A' ? 'B' : 'A') + jwt.slice(position + 1);
      await expect(compactVerify(tampered, keys)).rejects.toThrow();
    }

    const bit = async () => {
      const list = await t.inject({ method: 'GET', url: new URL(vc.credentialStatus.statusListCredential).pathname });
      expect(list.headers['content-type']).toContain('application/vc+jwt');
      const { payload: statusPayload } = await jwtVerify(list.body, keys).catch(async () => ({
        payload: JSON.parse(new TextDecoder().decode((await compactVerify(list.body, keys)).payload)),
      }));
      const subject = (statusPayload as { credentialSubject: { encodedList: string; statusPurpose: string } })
        .credentialSubject;
      expect(subject.statusPurpose).toBe('revocation');
      const bytes = gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url'));
      const index = Number(vc.credentialStatus.statusListIndex);
      return (bytes[index >> 3] >> (7 - (index & 7))) & 1;
    };
    expect(await bit()).toBe(0);
    expect(
      (
        await t.inject({
          method: 'POST',
          url: `/api/certifications/${cert.id}/revoke`,
          cookie: officer.cookie,
          payload: { reason: 'Fraudulent exam' },
        })
      ).statusCode,
    ).toBe(403);
    const revoked = await t.inject({
      method: 'POST',
      url: `/api/certifications/${cert.id}/revoke`,
      cookie: admin.cookie,
      payload: { reason: 'Exam taken by someone else' },
    });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedReason: 'Exam taken by someone else' });
    expect(await bit()).toBe(1);
    const verified = (await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}` })).json();
    expect(verified.status).toBe('revoked');
    const audit = (
      await t.inject({
        method: 'GET',
        url: `/api/audit-events?entityId=${cert.id}&action=certification.revoke`,
        cookie: admin.cookie,
      })
    ).json();
    expect(audit.items[0]).toMatchObject({ actor: { id: admin.id } });
  });

  it('public verification shows only name, programme, dates and status; unknown codes are not found; guessing is rate-limited', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const ip = { 'x-forwarded-for': '203.0.113.7' }; // ignored: the API trusts no proxy by default
    const verified = await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}`, headers: ip });
    expect(verified.statusCode).toBe(200);
    expect(Object.keys(verified.json()).sort()).toEqual([
      'expiresAt',
      'holderInitialsOnly',
      'holderName',
      'issuedAt',
      'programmeName',
      'status',
      'validFrom',
    ]);
    expect(JSON.stringify(verified.json())).not.toMatch(/@|example\.test|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const unknown = await t.inject({ method: 'GET', url: '/api/verify/AAAAAAAAAAAAAAAAAAAAAA', headers: ip });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('code: no certification has this code');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await t.inject({ method: 'GET', url: `/api/verify/guess${i}AAAAAAAAAAAAAAAAA`, headers: ip })).statusCode,
      );
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeLessThanOrEqual(8);
    // A forged X-Forwarded-For does not reset the limit.
    expect(
      (
        await t.inject({
          method: 'GET',
          url: `/api/verify/${cert.publicCode}`,
          headers: { 'x-forwarded-for': '198.51.100.9' },
        })
      ).statusCode,
    ).toBe(429);
  });

  it('lets exactly the limit of a concurrent burst of verifications through from one address; the rest get 429', async () => {
    const limit = 8; // VERIFY_RATE_PER_MINUTE above
    // An address of its own, so the other tests' look-ups from 127.0.0.1 do not count here.
    const responses = await Promise.all(
      Array.from({ length: 3 * limit }, (_, i) =>
        t.app.inject({ method: 'GET', url: `/api/verify/burst${i}AAAAAAAAAAAAAAAAA`, remoteAddress: '192.0.2.44' }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 404)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2 * limit);
    const refused = responses.find((r) => r.statusCode === 429)!;
    expect(refused.json()).toMatchObject({
      statusCode: 429,
      message: 'code: too many look-ups; try again in a minute',
    });
  });

  it('keeps certifications to their holder and admins, and programmes to admins', async () => {
    const [holder, other] = await createOfficers(t, 2, unitId);
    const cert = await certified(holder);
    for (const url of [
      `/api/certifications/${cert.id}`,
      `/api/certifications/${cert.id}/credential`,
      `/api/certifications/${cert.id}/certificate.pdf`,
    ]) {
      expect((await t.inject({ method: 'GET', url, cookie: other.cookie })).statusCode).toBe(404);
    }
    expect(
      (await t.inject({ method: 'POST', url: `/api/certifications/${cert.id}/recertify`, cookie: other.cookie }))
        .statusCode,
    ).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/api/certifications', cookie: other.cookie })).json().total).toBe(0);
    expect(
      (await t.inject({ method: 'POST', url: '/api/certification-programmes', cookie: other.cookie, payload: {} }))
        .statusCode,
    ).toBe(403);
    const pdf = await t.inject({
      method: 'GET',
      url: `/api/certifications/${cert.id}/certificate.pdf`,
      cookie: holder.cookie,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Two QR codes: the verification page, and the compact credential, which verifies with the key its kid
    // names (read from the API as any verifier would) and repeats the stored credential's claims.
    const codes = await pdfQrCodes(pdf.rawPayload);
    expect(codes).toContain(cert.verificationUrl);
    const jws = decodeCompact(codes.find((c) => c.startsWith(COMPACT_PREFIX))!);
    const { kid } = JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString());
    const keyDocument = kid.startsWith('did:web:') ? '/.well-known/did.json' : new URL(kid).pathname;
    const published = (await t.inject({ method: 'GET', url: keyDocument })).json();
    // A DID document names each key by its verification method's id: the `kid` of the JWS.
    const keys =
      published.keys ??
      published.verificationMethod.map((m: { id: string; publicKeyJwk: object }) => ({ ...m.publicKeyJwk, kid: m.id }));
    const { payload: compactPayload } = await compactVerify(jws, createLocalJWKSet({ keys }));
    const claims = JSON.parse(new TextDecoder().decode(compactPayload));
    const stored = (
      await t.inject({ method: 'GET', url: `/api/certifications/${cert.id}/credential`, cookie: holder.cookie })
    ).json().credential;
    expect(claims).toMatchObject({
      id: stored.id,
      validUntil: stored.validUntil,
      credentialStatus: stored.credentialStatus,
      credentialSubject: { name: stored.credentialSubject.name },
    });
    // A HEAD request says the file's size (the portal's "Download PDF (24 kB)") and sends no body:
    // a StreamableFile of a Buffer carries its length, which this keeps so.
    const head = await t.inject({
      method: 'HEAD',
      url: `/api/certifications/${cert.id}/certificate.pdf`,
      cookie: holder.cookie,
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('application/pdf');
    expect(Number(head.headers['content-length'])).toBe(pdf.rawPayload.length);
    expect(head.rawPayload.length).toBe(0);
    // Personal data is never cached; the public key and the revocation list, which name nobody, may be.
    expect(pdf.headers['cache-control']).toBe('no-store');
    const credential = await t.inject({
      method: 'GET',
      url: `/api/certifications/${cert.id}/credential`,
      cookie: holder.cookie,
    });
    expect(credential.headers['cache-control']).toBe('no-store');
    const verified = await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}` });
    expect(verified.headers['cache-control']).toBe('no-store');
    for (const url of ['/api/credentials/jwks.json', '/api/credentials/status/1'])
      expect((await t.inject({ method: 'GET', url })).headers['cache-control']).toBe('public, max-age=300');
    const all = (
      await t.inject({
        method: 'GET',
        url: `/api/certifications?holderId=${holder.id}&status=active`,
        cookie: admin.cookie,
      })
    ).json();
    expect(all.items.map((c: { id: string }) => c.id)).toEqual([cert.id]);
  });

  it("prints the certificate and signs the badge in the holder's language beside English, from published translations (outdated ones too), never drafts", async () => {
    const translate = (locale: string, status: string, name: string, description: string) =>
      t.db.query(
        `INSERT INTO translation (entity_type, entity_id, locale, fields, status, source_fields, source_revision)
         VALUES ('certification_programme', $1, $2, $3, $4, $5, 1)`,
        [
          programmeId,
          locale,
          { name, description },
          status,
          { name: 'Certified Digital Evidence Examiner', description: 'Seizes, images and presents digital evidence.' },
        ],
      );
    await translate('uk', 'published', 'Сертифікований експерт з цифрових доказів', 'Вилучає, копіює та подає докази.');
    await translate('es', 'published', 'Examinador certificado de evidencia digital', 'Incauta y presenta evidencia.');
    await translate('ru', 'draft', 'Черновик названия', 'Черновик описания');
    await translate('pt-BR', 'outdated', 'Examinador certificado (versão antiga)', 'Descrição antiga');
    try {
      const [olena, wu] = await createOfficers(t, 2, unitId);
      await t.db.query(`UPDATE app_user SET locale = 'uk', display_name = 'Олена Коваленко' WHERE id = $1`, [olena.id]);
      await t.db.query(`UPDATE app_user SET locale = 'ru', display_name = '吴伟' WHERE id = $1`, [wu.id]);
      const schema = new Validator(OB_ACHIEVEMENT_CREDENTIAL_SCHEMA as unknown as Schema, '2019-09', false);
      const id = `https://academy.example/api/certification-programmes/${programmeId}`;
      const document = async (holder: TestUser, certId: string) => {
        const pdf = await t.inject({
          method: 'GET',
          url: `/api/certifications/${certId}/certificate.pdf`,
          cookie: holder.cookie,
        });
        expect(pdf.statusCode).toBe(200);
        const lines = (await pdfText(pdf.rawPayload)).lines;
        const below = (english: string) => lines[lines.indexOf(english) - 1];
        return { lines, below };
      };
      const badge = async (holder: TestUser, certId: string) => {
        const { credential } = (
          await t.inject({ method: 'GET', url: `/api/certifications/${certId}/credential`, cookie: holder.cookie })
        ).json();
        expect(schema.validate(credential).errors).toEqual([]);
        return credential.credentialSubject.achievement;
      };

      const olenaCert = await certified(olena);
      const uk = await document(olena, olenaCert.id);
      expect(uk.lines).toContain('Олена Коваленко');
      expect(uk.below('Certificate')).toBe('Сертифікат');
      expect(uk.below('This certifies that')).toBe('Цим засвідчується, що');
      expect(uk.below('Certified Digital Evidence Examiner')).toBe('Сертифікований експерт з цифрових доказів');
      expect(await badge(olena, olenaCert.id)).toMatchObject({
        name: 'Сертифікований експерт з цифрових доказів',
        description: 'Вилучає, копіює та подає докази.',
        criteria: { narrative: expect.stringMatching(/^Пройдено 2 з таких курсів: /) },
        inLanguage: 'uk',
        related: [
          { id: `${id}?locale=en`, type: ['Related'], inLanguage: 'en' },
          { id: `${id}?locale=es`, type: ['Related'], inLanguage: 'es' },
          { id: `${id}?locale=pt-BR`, type: ['Related'], inLanguage: 'pt-BR' },
        ],
      });

      // Russian phrases, but the programme only in English: its Russian text is a draft.
      const wuCert = await certified(wu);
      const ru = await document(wu, wuCert.id);
      expect(ru.lines).toContain('吴伟');
      expect(ru.below('Certificate')).toBe('Сертификат');
      expect(ru.below('holds the certification')).toBe('успешно прошёл(-ла) сертификацию по программе');
      expect(ru.below('Certified Digital Evidence Examiner')).toBe('holds the certification');
      expect(ru.lines.join('\n')).not.toMatch(/Черновик|versão antiga/);
      expect(JSON.stringify(await badge(olena, olenaCert.id))).not.toMatch(/Черновик|"ru"/);
      const wuBadge = await badge(wu, wuCert.id);
      expect(wuBadge).toMatchObject({ name: 'Certified Digital Evidence Examiner', inLanguage: 'en' });
      expect(wuBadge.related.map((r: { inLanguage: string }) => r.inLanguage)).toEqual(['es', 'pt-BR', 'uk']);

      // The PDF follows the holder's language as it is now; the signed badge stays as issued.
      await t.db.query(`UPDATE app_user SET locale = 'es' WHERE id = $1`, [wu.id]);
      expect((await document(wu, wuCert.id)).below('Certified Digital Evidence Examiner')).toBe(
        'Examinador certificado de evidencia digital',
      );
    } finally {
      await t.db.query(`DELETE FROM translation WHERE entity_id = $1`, [programmeId]);
    }
  });

  it('certifies, through the queue, officers who already qualify when a new programme is created', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    await complete(officer, courses[2]);
    const created = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Malware triage specialist',
        description: 'Triages malware found in seized systems.',
        courseIds: [courses[2]],
        validityMonths: 24,
        recertificationWindowDays: 60,
        skills: ['malware-triage'],
      },
    });
    expect(created.json().requiredCount).toBe(1);
    const jobs = await t.db.query(`SELECT job_id FROM outbox_message WHERE job_id = $1`, [
      `certify-programme-${created.json().id}-${officer.id}`,
    ]);
    expect(jobs).toHaveLength(1);
    await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id });
    const mine = (await t.inject({ method: 'GET', url: '/api/certifications', cookie: officer.cookie })).json();
    expect(mine.items.map((c: { programmeName: string }) => c.programmeName)).toContain('Malware triage specialist');
  });
});
