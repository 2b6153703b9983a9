import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { CompactSign, compactVerify, createLocalJWKSet, decodeProtectedHeader, importJWK, JWK, jwtVerify } from 'jose';
import { createHash, createPublicKey, randomBytes, verify as verifySignature } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { normaliseHolderName } from '@icspa/domain';
import obSchema from '../../../test/fixtures/ob_v3p0_achievementcredential_schema.json';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { CertificateIssuer } from './certificate-issuer';
import { lockHolder } from './certifications.queries';
import { findProgramme } from './programmes.queries';
import { StatusListsService } from './status-lists.service';
import { IssueCertificationsUseCase } from './usecases/issue-certifications/issue-certifications.usecase';

const LIST_SIZE = 2048;
const ORIGIN = 'https://academy.example';
const DID = 'did:web:academy.example';

interface Issued {
  id: string;
  publicCode: string;
  jwt: string;
  credential: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Reads a status list JWT's bit for `index` (an independent decoder: gunzip, most significant bit first). */
function bitOf(listJwt: string, index: number): number {
  const payload = JSON.parse(Buffer.from(listJwt.split('.')[1], 'base64url').toString('utf8'));
  const bytes = gunzipSync(Buffer.from(payload.credentialSubject.encodedList.slice(1), 'base64url'));
  return (bytes[index >> 3] >> (7 - (index & 7))) & 1;
}

describe('credentials any verifier accepts: holder, JWT claims, did:web, status lists, CORS, clerk look-ups', () => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  let unitId: string;
  let programmeId: string;
  let courseId: string;
  let clock: Clock;
  let realNow: () => Date;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL: ORIGIN, CREDENTIAL_STATUS_LIST_SIZE: String(LIST_SIZE) });
    admin = await t.signIn('admin');
    trainer = await t.signIn('trainer');
    unitId = await t.createUnit('UA');
    courseId = (await createPublishedCourse(t, admin)).courseId;
    const created = await t.inject({
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
    expect(created.statusCode).toBe(201);
    programmeId = created.json().id;
    clock = t.app.get(Clock);
    realNow = clock.now.bind(clock);
  });
  afterEach(() => {
    clock.now = realNow;
  });
  afterAll(() => t.close());

  async function certified(officer: TestUser): Promise<Issued> {
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
    await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${enrolment.id}/grade`,
      cookie: trainer.cookie,
      payload: { attended: true, passed: true },
    });
    const [id] = await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id });
    const cert = (await t.inject({ method: 'GET', url: `/api/certifications/${id}`, cookie: officer.cookie })).json();
    const { jwt, credential } = (
      await t.inject({ method: 'GET', url: `/api/certifications/${id}/credential`, cookie: officer.cookie })
    ).json();
    return { id, publicCode: cert.publicCode, jwt, credential };
  }

  /** The public key the JWT's kid names, found the way a did:web resolver finds it. */
  async function keyFromDid(kid: string): Promise<JWK> {
    const [did] = kid.split('#');
    expect(did).toBe(DID);
    // did:web:academy.example → https://academy.example/.well-known/did.json (served at the root, outside /api)
    const res = await t.inject({ method: 'GET', url: '/.well-known/did.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.id).toBe(did);
    expect(doc.assertionMethod).toContain(kid);
    const method = doc.verificationMethod.find((m: { id: string }) => m.id === kid);
    expect(method).toMatchObject({ controller: did, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519' } });
    expect(method.publicKeyJwk).not.toHaveProperty('d');
    return method.publicKeyJwk;
  }

  it('identifies the holder by salted e-mail and name, meets OB 3.0’s JWT rules, and verifies through the DID document with jose and with Node’s own Ed25519', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    await t.db.query(
      `UPDATE app_user SET display_name = 'Ayşe Kılıç', email = 'Ayse.Kilic@Example.test' WHERE id = $1`,
      [officer.id],
    );
    const { jwt, credential } = await certified(officer);

    // Header: OB 3.0 VC-JWT allows alg, kid, jwk, typ ("JWT") and nothing else.
    const header = decodeProtectedHeader(jwt);
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: `${DID}#key-1` });

    // jose, through the JWK the kid dereferences to, with every registered claim checked against the credential.
    const jwk = await keyFromDid(header.kid!);
    const { payload } = await jwtVerify(jwt, await importJWK(jwk, 'EdDSA'), {
      issuer: DID,
      typ: 'JWT',
      currentDate: new Date(Date.parse(credential.validFrom) + 1000),
    });
    expect(payload.iss).toBe(credential.issuer.id);
    expect(payload.jti).toBe(credential.id);
    expect(payload.jti).toMatch(/^urn:uuid:/);
    expect(payload.sub).toBe(credential.credentialSubject.id);
    expect(payload.sub).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(payload.nbf).toBe(Date.parse(credential.validFrom) / 1000);
    expect(payload.exp).toBe(Date.parse(credential.validUntil) / 1000);
    expect(typeof payload.iat).toBe('number');
    expect(credential.issuer).toMatchObject({ id: DID, type: ['Profile'], url: ORIGIN });
    // Not yet valid before nbf, expired after exp: jose refuses both.
    await expect(
      jwtVerify(jwt, await importJWK(jwk, 'EdDSA'), {
        currentDate: new Date(Date.parse(credential.validFrom) - 60_000),
      }),
    ).rejects.toThrow(/nbf/);
    await expect(
      jwtVerify(jwt, await importJWK(jwk, 'EdDSA'), {
        currentDate: new Date(Date.parse(credential.validUntil) + 1000),
      }),
    ).rejects.toThrow(/exp/);

    // Node's own Ed25519, from the same JWK: the signature over "header.payload"; a changed byte fails.
    const key = createPublicKey({ key: jwk as never, format: 'jwk' });
    const [h, p, s] = jwt.split('.');
    expect(verifySignature(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))).toBe(true);
    const forged = Buffer.from(p, 'base64url').toString('utf8').replace('Ayşe Kılıç', 'Ayse Kilic');
    expect(
      verifySignature(
        null,
        Buffer.from(`${h}.${Buffer.from(forged).toString('base64url')}`),
        key,
        Buffer.from(s, 'base64url'),
      ),
    ).toBe(false);

    // The holder's identifiers: salted SHA-256 of the e-mail (as written to the account, lower-cased) and of the
    // name; a clerk typing the name from an identity document in capitals without diacritics gets the same hash.
    const identifiers = credential.credentialSubject.identifier as {
      identityType: string;
      identityHash: string;
      salt: string;
      hashed: boolean;
      type: string;
    }[];
    expect(identifiers.map((i) => i.identityType)).toEqual(['emailAddress', 'name']);
    const sha = (value: string, salt: string) =>
      `sha256$${createHash('sha256')
        .update(value + salt)
        .digest('hex')}`;
    const [email, name] = identifiers;
    expect(email).toMatchObject({ type: 'IdentityObject', hashed: true });
    expect(email.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(email.identityHash).toBe(sha('ayse.kilic@example.test', email.salt));
    expect(name.identityHash).toBe(sha(normaliseHolderName('AYSE KILIC'), name.salt));
    expect(name.identityHash).not.toBe(sha(normaliseHolderName('AYSE KILICK'), name.salt));
    const [{ identity_salt }] = await t.db.query(`SELECT identity_salt FROM certification WHERE holder_id = $1`, [
      officer.id,
    ]);
    expect(identity_salt).toBe(email.salt);
    // Nothing of the e-mail in clear.
    expect(jwt + JSON.stringify(credential)).not.toMatch(/kilic@|Kilic@/i);
  });

  it('is valid against 1EdTech’s OB 3.0 AchievementCredential JSON Schema (Ajv), JWT claims and all', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    await t.db.query(`UPDATE app_user SET display_name = '吴伟', locale = 'zh-CN' WHERE id = $1`, [officer.id]);
    const { credential } = await certified(officer);
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(obSchema);
    expect(validate(credential) ? [] : validate.errors).toEqual([]);
    // The schema is really applied: an IdentityObject with a property OB 3.0 does not define is refused.
    const bad = structuredClone(credential);
    bad.credentialSubject.identifier[0].plaintext = 'ayse@example.test';
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/credentialSubject/identifier/0');
  });

  it('keeps verifying credentials issued before: the old kid through the JWKS, the old shape, the old code, list 1', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    await certified(officer); // the signing key exists from here on
    const privateJwk = JSON.parse(readFileSync(t.config.credentialKeyFile, 'utf8'));
    const oldKid = `${ORIGIN}/api/credentials/jwks.json#key-1`;
    const [{ id }] = await t.db.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, credential, previous_id)
       SELECT $1, $2, now(), now(), now() + interval '1 year', $3, '', c.id FROM certification c WHERE c.holder_id = $2
       RETURNING id, status_list, status_list_index`,
      [programmeId, officer.id, 'Legacy_Code-0123456789ab'],
    );
    const [{ status_list: list, status_list_index: index }] = await t.db.query(
      `SELECT status_list, status_list_index FROM certification WHERE id = $1`,
      [id],
    );
    expect(list).toBe(1); // rows written as before land in list 1, sequentially
    const oldShape = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: `urn:uuid:${id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: ORIGIN, type: ['Profile'], name: 'International Cyber Security Protection Alliance' },
      validFrom: '2026-01-01T00:00:00.000Z',
      credentialSubject: { type: ['AchievementSubject'], name: 'Officer' },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(index),
        statusListCredential: `${ORIGIN}/api/credentials/status/1`,
      },
    };
    const oldJwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(oldShape)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: oldKid })
      .sign(await importJWK(privateJwk, 'EdDSA'));
    await t.db.query(`UPDATE certification SET credential = $2 WHERE id = $1`, [id, oldJwt]);

    const jwks = (await t.inject({ method: 'GET', url: '/api/credentials/jwks.json' })).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid).sort()).toEqual([`${DID}#key-1`, oldKid].sort());
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
    const { payload } = await compactVerify(oldJwt, createLocalJWKSet(jwks));
    expect(JSON.parse(new TextDecoder().decode(payload)).id).toBe(`urn:uuid:${id}`);

    // The old code as printed (case-sensitive base64url) still finds it; list 1 still answers, then shows the revocation.
    const verified = await t.inject({ method: 'GET', url: '/api/verify/Legacy_Code-0123456789ab' });
    expect(verified.statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/verify/legacy_code-0123456789ab' })).statusCode).toBe(404);
    const before = await t.inject({ method: 'GET', url: '/api/credentials/status/1' });
    expect(before.statusCode).toBe(200);
    expect(bitOf(before.body, index)).toBe(0);
    await t.inject({
      method: 'POST',
      url: `/api/certifications/${id}/revoke`,
      cookie: admin.cookie,
      payload: { reason: 'Issued under the old rules by mistake' },
    });
    expect(bitOf((await t.inject({ method: 'GET', url: '/api/credentials/status/1' })).body, index)).toBe(1);
    // A free-text revocation written before categories existed reads as "other"; its text stays for admins.
    await t.db.query(`UPDATE certification SET revocation_category = NULL WHERE id = $1`, [id]);
    const revoked = (await t.inject({ method: 'GET', url: '/api/verify/Legacy_Code-0123456789ab' })).json();
    expect(revoked).toMatchObject({ status: 'revoked', revocationCategory: 'other' });
    expect(JSON.stringify(revoked)).not.toMatch(/old rules/);
    const forAdmin = (await t.inject({ method: 'GET', url: `/api/certifications/${id}`, cookie: admin.cookie })).json();
    expect(forAdmin).toMatchObject({
      revokedReason: 'Issued under the old rules by mistake',
      revocationCategory: 'other',
    });
  });

  it('draws 1,000 status indexes at random from the free ones: not monotonic, spread over the list, never next to the previous one', async () => {
    const [holder] = await createOfficers(t, 1, unitId);
    const lists = t.app.get(StatusListsService);
    const drawn: { list: number; index: number }[] = [];
    let previous: string | null = null;
    for (let i = 0; i < 1000; i++) {
      const row: { id: string; list: number; index: number } = await runInTransaction(t.db, async (manager) => {
        const { list, index } = await lists.allocate(manager);
        const [inserted] = await manager.query(
          `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, previous_id,
                                      status_list, status_list_index, credential)
           VALUES ($1, $2, now(), now(), now() + interval '1 year', $3, $4, $5, $6, '') RETURNING id`,
          [programmeId, holder.id, randomBytes(10).toString('hex'), previous, list, index],
        );
        return { id: inserted.id, list, index };
      });
      previous = row.id;
      drawn.push(row);
    }
    expect(new Set(drawn.map((d) => d.list))).toEqual(new Set([2]));
    const indexes = drawn.map((d) => d.index);
    expect(new Set(indexes).size).toBe(1000);
    const descents = indexes.filter((x, i) => i > 0 && x < indexes[i - 1]).length;
    expect(descents).toBeGreaterThan(350); // a random order descends about half the time; a sequence never
    for (let i = 1; i < indexes.length; i++) expect(Math.abs(indexes[i] - indexes[i - 1])).toBeGreaterThan(1);
    expect(Math.min(...indexes)).toBeLessThan(LIST_SIZE * 0.05);
    expect(Math.max(...indexes)).toBeGreaterThan(LIST_SIZE * 0.95);
    // Each eighth of the list gets its share (125 expected; a binomial spread of about 10).
    const eighths = Array.from({ length: 8 }, (_, k) =>
      indexes.filter((x) => x >= (k * LIST_SIZE) / 8 && x < ((k + 1) * LIST_SIZE) / 8),
    );
    for (const part of eighths) expect(part.length).toBeGreaterThan(70);
  });

  it('never gives one index twice when certifications are issued in parallel', async () => {
    const officers = await createOfficers(t, 24, unitId);
    const issuer = t.app.get(CertificateIssuer);
    const ids = await Promise.all(
      officers.map((o) =>
        runInTransaction(t.db, async (manager) => {
          const holder = (await lockHolder(manager, o.id))!;
          const programme = (await findProgramme(manager, programmeId))!;
          const now = clock.now();
          return issuer.issue(manager, programme, holder, now, now, null);
        }),
      ),
    );
    const rows: { status_list: number; status_list_index: number }[] = await t.db.query(
      `SELECT status_list, status_list_index FROM certification WHERE id = ANY($1)`,
      [ids],
    );
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((r) => `${r.status_list}:${r.status_list_index}`)).size).toBe(24);
  });

  it('opens list 3 when list 2 is full; list 2 then holds every index once, and each list URL serves its own bits', async () => {
    const [holder] = await createOfficers(t, 1, unitId);
    const lists = t.app.get(StatusListsService);
    let previous: string | null = null;
    let last = { list: 2, index: -1 };
    for (let guard = 0; guard < LIST_SIZE + 1 && last.list === 2; guard++) {
      last = await runInTransaction(t.db, async (manager) => {
        const got = await lists.allocate(manager);
        const [inserted] = await manager.query(
          `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, previous_id,
                                      status_list, status_list_index, credential)
           VALUES ($1, $2, now(), now(), now() + interval '1 year', $3, $4, $5, $6, '') RETURNING id`,
          [programmeId, holder.id, randomBytes(10).toString('hex'), previous, got.list, got.index],
        );
        previous = inserted.id;
        return got;
      });
    }
    expect(last.list).toBe(3);
    const [{ n, distinct, lo, hi }] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT status_list_index)::int AS distinct, min(status_list_index) AS lo, max(status_list_index) AS hi
         FROM certification WHERE status_list = 2`,
    );
    expect({ n, distinct, lo, hi }).toEqual({ n: LIST_SIZE, distinct: LIST_SIZE, lo: 0, hi: LIST_SIZE - 1 });
    const [full] = await t.db.query(`SELECT "full", allocated FROM credential_status_list WHERE id = 2`);
    expect(full).toEqual({ full: true, allocated: LIST_SIZE });

    const three = await t.inject({ method: 'GET', url: '/api/credentials/status/3' });
    expect(three.statusCode).toBe(200);
    const payload = JSON.parse(Buffer.from(three.body.split('.')[1], 'base64url').toString('utf8'));
    expect(payload.id).toBe(`${ORIGIN}/api/credentials/status/3`);
    expect(gunzipSync(Buffer.from(payload.credentialSubject.encodedList.slice(1), 'base64url')).length).toBe(
      LIST_SIZE / 8,
    );
    for (const url of ['/api/credentials/status/4', '/api/credentials/status/0', '/api/credentials/status/x1']) {
      const res = await t.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode, code: res.json().code }).toEqual({
        url,
        status: 404,
        code: 'status_list.not_found',
      });
    }
  });

  it('keeps the signed list until a revocation changes it, with a short validUntil, an ETag and 304 for a verifier that has it', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const url = new URL(cert.credential.credentialStatus.statusListCredential).pathname;
    const index = Number(cert.credential.credentialStatus.statusListIndex);
    const first = await t.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('application/vc+jwt');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{16,}"$/);

    // Signed by the DID's key (VC-JOSE-COSE: typ vc+jwt), valid for a day from when it was signed.
    const { payload, protectedHeader } = await jwtVerify(
      first.body,
      await importJWK(await keyFromDid(`${DID}#key-1`), 'EdDSA'),
      {
        currentDate: clock.now(),
      },
    );
    expect(protectedHeader).toMatchObject({ typ: 'vc+jwt', kid: `${DID}#key-1` });
    const validFrom = Date.parse(payload.validFrom as string);
    expect(Date.parse(payload.validUntil as string) - validFrom).toBe(86_400_000);
    expect(payload.exp).toBe(Date.parse(payload.validUntil as string) / 1000);
    expect(bitOf(first.body, index)).toBe(0);

    // Ten minutes on: the same signed list (not signed again on every request), and 304 to who has it.
    const start = clock.now().getTime();
    clock.now = () => new Date(start + 10 * 60_000);
    const again = await t.inject({ method: 'GET', url });
    expect(again.body).toBe(first.body);
    const notModified = await t.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');

    // A revocation: the next request gets a newly signed list, with the bit, under another ETag.
    await t.inject({
      method: 'POST',
      url: `/api/certifications/${cert.id}/revoke`,
      cookie: await t.sessionCookie(admin.id),
      payload: { reason: 'Certificate obtained by fraud', category: 'fraud' },
    });
    const changed = await t.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(bitOf(changed.body, index)).toBe(1);

    // Past half its validity, it is signed afresh even with nothing changed.
    clock.now = () => new Date(start + 13 * 3600_000);
    const renewed = await t.inject({ method: 'GET', url });
    expect(renewed.body).not.toBe(changed.body);
    const renewedPayload = JSON.parse(Buffer.from(renewed.body.split('.')[1], 'base64url').toString('utf8'));
    expect(Date.parse(renewedPayload.validFrom)).toBe(Math.floor((start + 13 * 3600_000) / 1000) * 1000);
    expect(bitOf(renewed.body, index)).toBe(1);
  });

  it('answers CORS * without credentials on what verifiers and wallets read, and nothing of the kind elsewhere', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    const status = new URL(cert.credential.credentialStatus.statusListCredential).pathname;
    const elsewhere = 'https://verifier.example';
    for (const url of [
      '/api/credentials/jwks.json',
      '/.well-known/did.json',
      status,
      `/api/verify/${cert.publicCode}`,
      `/api/certification-programmes/${programmeId}`,
    ]) {
      const preflight = await t.inject({
        method: 'OPTIONS',
        url,
        headers: { origin: elsewhere, 'access-control-request-method': 'GET' },
      });
      expect({ url, status: preflight.statusCode, allow: preflight.headers['access-control-allow-origin'] }).toEqual({
        url,
        status: 204,
        allow: '*',
      });
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const simple = await t.inject({ method: 'GET', url, headers: { origin: elsewhere } });
      expect({ url, status: simple.statusCode, allow: simple.headers['access-control-allow-origin'] }).toEqual({
        url,
        status: 200,
        allow: '*',
      });
      expect(simple.headers['access-control-allow-credentials']).toBeUndefined();
    }
    // The holder's own pages stay with the portal's origins, with credentials.
    const mine = await t.inject({
      method: 'GET',
      url: '/api/certifications',
      cookie: officer.cookie,
      headers: { origin: elsewhere },
    });
    expect(mine.headers['access-control-allow-origin']).toBeUndefined();
    const portal = await t.inject({
      method: 'GET',
      url: `/api/certifications/${cert.id}/credential`,
      cookie: officer.cookie,
      headers: { origin: 'http://localhost:3000' },
    });
    expect(portal.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(portal.headers['access-control-allow-credentials']).toBe('true');
    // A programme's page is public to read, not to change: a PATCH preflight from elsewhere gets no CORS grant.
    const patch = await t.inject({
      method: 'OPTIONS',
      url: `/api/certification-programmes/${programmeId}`,
      headers: { origin: elsewhere, 'access-control-request-method': 'PATCH' },
    });
    expect(patch.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets a clerk type the code as printed, in any case, with look-alikes; shows the revocation date and category; answers "valid on D?"', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const cert = await certified(officer);
    expect(cert.publicCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    const typed = cert.publicCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const found = await t.inject({ method: 'GET', url: `/api/verify/${encodeURIComponent(typed)}` });
    expect(found.statusCode).toBe(200);
    const active = found.json();
    expect(active.status).toBe('active');
    expect(active).not.toHaveProperty('revokedAt');

    const from = new Date(active.validFrom);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const on = async (d: string) =>
      (await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}?on=${d}` })).json().validOn;
    expect(await on(day(from.getTime() - 86_400_000))).toEqual({
      date: day(from.getTime() - 86_400_000),
      status: 'not_yet_valid',
      valid: false,
    });
    const later = day(from.getTime() + 2 * 86_400_000);
    expect(await on(later)).toEqual({ date: later, status: 'valid', valid: true });
    expect(await on(day(Date.parse(active.expiresAt) + 86_400_000))).toMatchObject({ status: 'expired', valid: false });

    const revokeAt = from.getTime() + 10 * 86_400_000;
    clock.now = () => new Date(revokeAt);
    await t.inject({
      method: 'POST',
      url: `/api/certifications/${cert.id}/revoke`,
      cookie: await t.sessionCookie(admin.id),
      payload: { reason: 'Found to have cheated on the practical exam', category: 'misconduct' },
    });
    const revoked = (await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}?on=${later}` })).json();
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedAt: new Date(revokeAt).toISOString(),
      revocationCategory: 'misconduct',
      // Revoked later: on that earlier day it was valid.
      validOn: { date: later, status: 'valid', valid: true },
    });
    expect(JSON.stringify(revoked)).not.toMatch(/cheated/);
    expect(await on(day(revokeAt))).toMatchObject({ status: 'revoked', valid: false });

    for (const bad of ['2027-02-31', '2027-13-01', '10-03-2027']) {
      const res = await t.inject({ method: 'GET', url: `/api/verify/${cert.publicCode}?on=${bad}` });
      expect({ bad, status: res.statusCode, code: res.json().code }).toEqual({
        bad,
        status: 400,
        code: 'validation.format.date',
      });
    }
    const unknownCategory = await t.inject({
      method: 'POST',
      url: `/api/certifications/${cert.id}/revoke`,
      cookie: await t.sessionCookie(admin.id),
      payload: { reason: 'Another reason here', category: 'because' },
    });
    expect(unknownCategory.statusCode).toBe(400);
  });

  it('lets anyone read the programme a credential names (its achievement.id), and sends browsers to its public page', async () => {
    const [officer] = await createOfficers(t, 1, unitId);
    const { credential } = await certified(officer);
    const { pathname } = new URL(credential.credentialSubject.achievement.id);
    const json = await t.inject({ method: 'GET', url: pathname });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ id: programmeId, name: 'Certified Cybercrime First Responder' });
    const browser = await t.inject({
      method: 'GET',
      url: `${pathname}?locale=uk`,
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(browser.statusCode).toBe(303);
    expect(browser.headers.location).toBe(`/programmes/${programmeId}?locale=uk`);
  });
});
