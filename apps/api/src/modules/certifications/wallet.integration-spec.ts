import { createHash } from 'node:crypto';
import { claimWalletToken } from './wallet-offers.queries';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import obSchema from '../../../test/fixtures/ob_v3p0_achievementcredential_schema.json';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { IssueCertificationsUseCase } from './usecases/issue-certifications/issue-certifications.usecase';

const ORIGIN = 'https://academy.example';
const DID = 'did:web:academy.example';

/** Runs the wallet (an independent OID4VCI client, ES modules) in a child process against the listening API. */
function runWallet(offerUri: string, apiBase: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, '../../../test/wallet-client.mjs')], {
      env: { PATH: process.env.PATH ?? '', OFFER_URI: offerUri, API_BASE: apiBase },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('into a wallet: OpenID for VC Issuance (pre-authorized code) and the .jwt file', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  let certificationId: string;
  let apiBase: string;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL: ORIGIN });
    admin = await t.signIn('admin');
    const trainer = await t.signIn('trainer');
    const unitId = await t.createUnit('UA');
    const courseId = (await createPublishedCourse(t, admin)).courseId;
    await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: 'Certified Digital Evidence Examiner',
        description: 'Seizes, images and presents digital evidence.',
        courseIds: [courseId],
        validityMonths: 12,
        recertificationWindowDays: 60,
        skills: ['digital-forensics'],
      },
    });
    [officer] = await createOfficers(t, 1, unitId);
    await t.db.query(`UPDATE app_user SET display_name = 'Олена Коваленко' WHERE id = $1`, [officer.id]);
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
    [certificationId] = await t.app.get(IssueCertificationsUseCase).execute({ holderId: officer.id });
    await t.app.listen(0, '127.0.0.1');
    apiBase = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  interface Offer {
    offerUri: string;
    credentialOffer: { credential_issuer: string; grants: Record<string, Record<string, string>> };
  }

  async function offer(): Promise<Offer> {
    const res = await t.inject({
      method: 'POST',
      url: `/api/certifications/${certificationId}/wallet-offer`,
      cookie: officer.cookie,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  it('hands the credential to a wallet played by @openid4vc/openid4vci, bound to the wallet’s key, and it verifies', async () => {
    const { offerUri, credentialOffer } = await offer();
    expect(offerUri).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/);
    expect(credentialOffer.credential_issuer).toBe(ORIGIN);

    const wallet = await runWallet(offerUri, apiBase);
    expect({ code: wallet.code, err: wallet.err.slice(0, 2000) }).toEqual({ code: 0, err: '' });
    const { credential, holderJwk, version, tokenType } = JSON.parse(wallet.out);
    expect(version).toBe('V1'); // OpenID4VCI 1.0 final, as the library read the metadata
    expect(tokenType).toBe('Bearer');

    // The received credential, verified through the DID document the kid names (jose, not the project's signer).
    const header = decodeProtectedHeader(credential);
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: `${DID}#key-1` });
    const doc = (await t.inject({ method: 'GET', url: '/.well-known/did.json' })).json();
    const jwk = doc.verificationMethod.find((m: { id: string }) => m.id === header.kid).publicKeyJwk;
    const stored = (
      await t.inject({
        method: 'GET',
        url: `/api/certifications/${certificationId}/credential`,
        cookie: officer.cookie,
      })
    ).json().credential;
    const { payload } = await jwtVerify(credential, await importJWK(jwk, 'EdDSA'), {
      issuer: DID,
      currentDate: new Date(Date.parse(stored.validFrom) + 1000),
    });
    // Its subject is the wallet's key (did:jwk), the rest is the certification's credential as issued.
    const did = `did:jwk:${Buffer.from(JSON.stringify({ crv: holderJwk.crv, kty: holderJwk.kty, x: holderJwk.x })).toString('base64url')}`;
    expect(payload.sub).toBe(did);
    expect((payload.credentialSubject as { id: string }).id).toBe(did);
    expect(JSON.parse(Buffer.from(did.slice(8), 'base64url').toString())).toMatchObject({ x: holderJwk.x });
    expect(payload.jti).toBe(stored.id);
    expect(payload.credentialStatus).toEqual(stored.credentialStatus);
    expect((payload.credentialSubject as { identifier: unknown }).identifier).toEqual(
      stored.credentialSubject.identifier,
    );
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(obSchema);
    expect(validate(payload) ? [] : validate.errors).toEqual([]);

    // The code was for one wallet, once.
    const code = credentialOffer.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'];
    const again = await t.inject({
      method: 'POST',
      url: '/api/oid4vci/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=${encodeURIComponent('urn:ietf:params:oauth:grant-type:pre-authorized_code')}&pre-authorized_code=${code}`,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('wallet.invalid_grant');
    const audit = (
      await t.inject({ method: 'GET', url: `/api/audit-events?entityId=${certificationId}`, cookie: admin.cookie })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['certification.wallet_offer', 'certification.wallet_issue']),
    );
  }, 60_000);

  it('refuses a wallet that does not prove its key: no proof, a stale nonce, another audience, a used token', async () => {
    const { credentialOffer } = await offer();
    const code = credentialOffer.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'];
    const token = await t.inject({
      method: 'POST',
      url: '/api/oid4vci/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://wallet.example' },
      payload: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code',
        'pre-authorized_code': code,
      }).toString(),
    });
    expect(token.statusCode).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    expect(token.headers['access-control-allow-origin']).toBe('*');
    const accessToken = token.json().access_token;
    const { c_nonce } = (await t.inject({ method: 'POST', url: '/api/oid4vci/nonce' })).json();
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwk = await exportJWK(publicKey);
    const proof = (claims: Record<string, unknown>, typ = 'openid4vci-proof+jwt') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ, jwk }).setIssuedAt().sign(privateKey);
    const ask = (proofs: unknown, bearer = accessToken) =>
      t.inject({
        method: 'POST',
        url: '/api/oid4vci/credential',
        headers: { authorization: `Bearer ${bearer}` },
        payload: { credential_configuration_id: 'OpenBadgeCredential', ...(proofs ? { proofs } : {}) },
      });

    expect((await ask(undefined)).json().code).toBe('wallet.invalid_proof');
    expect((await ask({ jwt: [await proof({ aud: ORIGIN, nonce: `${c_nonce}x` })] })).json().code).toBe(
      'wallet.invalid_proof',
    );
    expect((await ask({ jwt: [await proof({ aud: 'https://elsewhere.example', nonce: c_nonce })] })).json().code).toBe(
      'wallet.invalid_proof',
    );
    expect((await ask({ jwt: [await proof({ aud: ORIGIN, nonce: c_nonce }, 'JWT')] })).json().code).toBe(
      'wallet.invalid_proof',
    );
    const wrongBearer = await ask({ jwt: [await proof({ aud: ORIGIN, nonce: c_nonce })] }, 'A'.repeat(43));
    expect(wrongBearer.statusCode).toBe(401);
    expect(wrongBearer.json().code).toBe('wallet.invalid_token');
    // Ten wallets racing with one token: one credential.
    const good = await proof({ aud: ORIGIN, nonce: c_nonce });
    const raced = await Promise.all(Array.from({ length: 10 }, () => ask({ jwt: [good] })));
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, ...Array(9).fill(401)]);
  });

  it('offers only the holder’s own certification, and downloads it as a .jwt file', async () => {
    const [other] = await createOfficers(t, 1, await t.createUnit('UA'));
    const url = `/api/certifications/${certificationId}/wallet-offer`;
    expect((await t.inject({ method: 'POST', url, cookie: other.cookie })).statusCode).toBe(404);
    const byAdmin = await t.inject({ method: 'POST', url, cookie: admin.cookie });
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().code).toBe('wallet.holder_only');

    const file = await t.inject({
      method: 'GET',
      url: `/api/certifications/${certificationId}/credential.jwt`,
      cookie: officer.cookie,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/jwt');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="open-badge-${certificationId}.jwt"`);
    expect(file.headers['cache-control']).toBe('no-store');
    const stored = (
      await t.inject({
        method: 'GET',
        url: `/api/certifications/${certificationId}/credential`,
        cookie: officer.cookie,
      })
    ).json();
    expect(file.body).toBe(stored.jwt);
    expect(
      (
        await t.inject({
          method: 'GET',
          url: `/api/certifications/${certificationId}/credential.jwt`,
          cookie: other.cookie,
        })
      ).statusCode,
    ).toBe(404);
    // A form body anywhere else is still refused.
    const form = await t.inject({
      method: 'POST',
      url,
      cookie: officer.cookie,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=b',
    });
    expect(form.statusCode).toBe(415);
  });

  it('puts only an active, signed certification in a wallet; an unsigned one answers 409, never a 500', async () => {
    const url = `/api/certifications/${certificationId}/wallet-offer`;
    expect((await t.inject({ method: 'POST', url, cookie: officer.cookie })).statusCode).toBe(201);
    // Not yet signed (the job that signs it has not run): nothing to hand out, said so.
    const [{ credential }] = await t.db.query(`SELECT credential FROM certification WHERE id = $1`, [certificationId]);
    await t.db.query(`UPDATE certification SET credential = '' WHERE id = $1`, [certificationId]);
    for (const path of ['credential', 'credential.jwt']) {
      const res = await t.inject({
        method: 'GET',
        url: `/api/certifications/${certificationId}/${path}`,
        cookie: officer.cookie,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('certification.credential_pending');
    }
    const unsigned = await t.inject({ method: 'POST', url, cookie: officer.cookie });
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().code).toBe('wallet.not_active');
    await t.db.query(`UPDATE certification SET credential = $2 WHERE id = $1`, [certificationId, credential]);
    // Revoked: no new offer, and an offer made before cannot be redeemed (its claim checks the status).
    const revoke = await t.inject({
      method: 'POST',
      url: `/api/certifications/${certificationId}/revoke`,
      cookie: admin.cookie,
      payload: { reason: 'Issued to the wrong officer', category: 'issued_in_error' },
    });
    expect(revoke.json()).toMatchObject({ status: 'revoked' });
    const afterRevoke = await t.inject({ method: 'POST', url, cookie: officer.cookie });
    expect(afterRevoke.statusCode).toBe(409);
    expect(afterRevoke.json().code).toBe('wallet.not_active');
    // The offer made while it was active, its code already exchanged for a token: the credential request fails.
    const tokenHash = createHash('sha256').update('token-of-an-earlier-offer').digest('hex');
    await t.db.query(
      `UPDATE wallet_offer SET token_hash = $2, token_expires_at = now() + interval '1 hour'
        WHERE id = (SELECT id FROM wallet_offer WHERE certification_id = $1 AND issued_at IS NULL LIMIT 1)`,
      [certificationId, tokenHash],
    );
    expect(await claimWalletToken(t.db.manager, tokenHash, new Date(), 'did:jwk:wallet')).toBeNull();
  });
});
