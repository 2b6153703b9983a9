import { encode as base45Encode } from 'base45';
import { CompactSign, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { createHash } from 'node:crypto';
import { deflateSync, gzipSync } from 'node:zlib';
import {
  base45Decode,
  credentialJws,
  decodeCompact,
  findKey,
  nameMatches,
  NotACredential,
  statusBit,
  verifyOffline,
  type CachedStatusList,
  type KeyDocument,
  type VerifierState,
} from './offline-verification';

// Credentials are made here as the API makes them (jose, VC-JOSE header), so the verifier is checked against
// an independent signer; the compact form is packed here with the `base45` package and node:zlib.
const BASE = 'https://academy.example';
const KID = `${BASE}/api/credentials/jwks.json#key-1`;
const LIST = `${BASE}/api/credentials/status/1`;
const NOW = new Date('2027-05-01T12:00:00Z');

let privateKey: KeyLike;
let jwks: KeyDocument;
let otherKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  privateKey = pair.privateKey;
  const publicJwk: JWK = await exportJWK(pair.publicKey);
  jwks = { keys: [{ ...publicJwk, kid: KID, alg: 'EdDSA', use: 'sig' } as JsonWebKey & { kid: string }] };
  otherKey = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey;
});

const sign = (payload: object, key: KeyLike = privateKey, kid = KID) =>
  new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid })
    .sign(key);

function credential(index: number, overrides: Record<string, unknown> = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:7f1b2c3d-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: BASE,
    validFrom: '2026-03-01T09:00:00.000Z',
    validUntil: '2028-03-01T09:00:00.000Z',
    credentialSubject: {
      name: '吴伟',
      achievement: { id: `${BASE}/api/certification-programmes/p1`, name: 'Alliance Cybercrime Investigator' },
    },
    credentialStatus: {
      id: `${LIST}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: LIST,
    },
    ...overrides,
  };
}

/** A signed Bitstring Status List with these bits set (gzip, multibase base64url, MSB first). */
async function statusList(revoked: number[], key: KeyLike = privateKey): Promise<string> {
  const bits = Buffer.alloc(131_072 / 8);
  for (const i of revoked) bits[i >> 3] |= 0x80 >> (i & 7);
  return sign(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: BASE,
      validFrom: '2027-04-30T08:00:00.000Z',
      credentialSubject: {
        id: `${LIST}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: `u${gzipSync(bits).toString('base64url')}`,
      },
    },
    key,
  );
}

function state(list: string | null, keys: KeyDocument[] = [jwks]): VerifierState {
  return {
    keys,
    now: NOW,
    statusList: async (url): Promise<CachedStatusList | null> =>
      url === LIST && list ? { url, jwt: list, fetchedAt: '2027-04-30T08:00:05.000Z' } : null,
  };
}

/** The compact QR text of a JWS, packed as the API does (compact-credential.ts). */
function compact(jws: string): string {
  const [h, p, s] = jws.split('.').map((part) => Buffer.from(part, 'base64url'));
  const len = (b: Buffer) => Buffer.from([b.length >> 8, b.length & 0xff]);
  return `ICSPA1:${base45Encode(deflateSync(Buffer.concat([len(h), h, len(p), p, s])))}`;
}

describe('offline verification', () => {
  it('says valid for a signed credential not on the list, with the list’s date', async () => {
    const outcome = await verifyOffline(await sign(credential(42)), state(await statusList([7, 43])));
    expect(outcome).toMatchObject({
      verdict: 'valid',
      holderName: '吴伟',
      programmeName: 'Alliance Cybercrime Investigator',
      validUntil: '2028-03-01T09:00:00.000Z',
      statusList: { issuedAt: '2027-04-30T08:00:00.000Z', fetchedAt: '2027-04-30T08:00:05.000Z' },
    });
  });

  it('says revoked when its bit is set, at the first, a middle and the last index', async () => {
    for (const index of [0, 42, 131_071]) {
      const outcome = await verifyOffline(await sign(credential(index)), state(await statusList([index])));
      expect(outcome.verdict).toBe('revoked');
    }
  });

  it('says not genuine for a changed byte, another key, an unknown kid or a credential not yet valid', async () => {
    const jws = await sign(credential(42));
    const [h, p, s] = jws.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.credentialSubject.name = '吴伟伟';
    const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
    const list = state(await statusList([]));
    expect((await verifyOffline(tampered, list)).verdict).toBe('notGenuine');
    expect((await verifyOffline(await sign(credential(42), otherKey), list)).verdict).toBe('notGenuine');
    expect((await verifyOffline(await sign(credential(42), privateKey, `${KID}x`), list)).verdict).toBe('notGenuine');
    const early = await sign(credential(42, { validFrom: '2027-06-01T00:00:00Z' }));
    expect((await verifyOffline(early, list)).verdict).toBe('notGenuine');
  });

  it('says expired after validUntil, and cannot check without keys', async () => {
    const expired = await sign(credential(42, { validUntil: '2027-04-01T00:00:00Z' }));
    expect((await verifyOffline(expired, state(await statusList([])))).verdict).toBe('expired');
    expect((await verifyOffline(await sign(credential(42)), state(null, []))).verdict).toBe('noKeys');
  });

  it('does not trust a revocation list signed by another key, nor miss a list it lacks: "unchecked"', async () => {
    const jws = await sign(credential(42));
    expect((await verifyOffline(jws, state(await statusList([42], otherKey)))).verdict).toBe('unchecked');
    expect((await verifyOffline(jws, state(null))).verdict).toBe('unchecked');
    expect((await verifyOffline(jws, state('<!doctype html>'))).verdict).toBe('unchecked'); // a broken copy
  });

  it('reads the compact QR form, the credential file and a bare JWS; refuses the online link and garbage', async () => {
    const jws = await sign(credential(42));
    expect(await credentialJws(compact(jws))).toBe(jws);
    expect(await credentialJws(`  ${JSON.stringify({ jwt: jws, credential: {} }, null, 2)}\n`)).toBe(jws);
    expect(await credentialJws(jws)).toBe(jws);
    const reason = (input: string) =>
      credentialJws(input).then(
        () => 'accepted',
        (e: NotACredential) => e.reason,
      );
    expect(await reason('https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv')).toBe('verificationLink');
    expect(await reason('ICSPA1:not base45 at all!')).toBe('format');
    expect(await reason('ICSPA1:')).toBe('format');
    expect(await reason('\u0000\u0000')).toBe('format');
    expect(await reason('   ')).toBe('empty');
    // zlib of 10 MB of zeros: refused, not inflated into memory
    expect(await reason(`ICSPA1:${base45Encode(deflateSync(Buffer.alloc(10_000_000)))}`)).toBe('format');
    expect(await decodeCompact(compact(jws))).toBe(jws);
  });

  it('decodes base45 exactly as the base45 package encodes (RFC 9285), and rejects what is not base45', () => {
    let x = 1;
    for (const length of [0, 1, 2, 3, 255, 1000]) {
      const bytes = Buffer.from(Array.from({ length }, () => (x = (x * 48271) % 2147483647) & 0xff));
      expect(Buffer.from(base45Decode(base45Encode(bytes)))).toEqual(bytes);
    }
    expect(() => base45Decode('abc')).toThrow(NotACredential);
    expect(() => base45Decode('GGW')).toThrow(NotACredential); // 65,536+: out of range
    expect(() => base45Decode('A')).toThrow(NotACredential);
  });

  it('finds the key a did:web kid names in a DID document (relative and absolute ids)', () => {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: 'abc' };
    const did: KeyDocument = {
      id: 'did:web:academy.example',
      verificationMethod: [{ id: '#key-2', publicKeyJwk: jwk }],
    };
    expect(findKey('did:web:academy.example#key-2', [jwks, did])).toBe(jwk);
    expect(findKey('did:web:academy.example#key-3', [jwks, did])).toBeNull();
    expect(findKey(KID, [did, jwks])).toBe(jwks.keys![0]);
  });

  it('checks the server’s current form: typ JWT, a did:web kid, a random index in list 2 signed as vc+jwt', async () => {
    // As the API issues today: the issuer is did:web, the kid a DID URL the DID document (or the JWKS, under
    // both ids) resolves; the status list is list 2 at /api/credentials/status/2, signed VC-JOSE-COSE.
    const DID = 'did:web:academy.example';
    const DID_KID = `${DID}#key-1`;
    const LIST2 = `${BASE}/api/credentials/status/2`;
    const jwk = jwks.keys![0];
    const didDocument: KeyDocument = {
      id: DID,
      verificationMethod: [{ id: DID_KID, publicKeyJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x } }],
    };
    const bothKids: KeyDocument = { keys: [jwk, { ...jwk, kid: DID_KID }] };
    const index = 98_765;
    const payload = {
      ...credential(index, {
        issuer: { id: DID, type: ['Profile'], name: 'ICSPA', url: BASE },
        credentialStatus: {
          id: `${LIST2}#${index}`,
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: String(index),
          statusListCredential: LIST2,
        },
      }),
      iss: DID,
      jti: 'urn:uuid:7f1b2c3d-0000-4000-8000-000000000001',
      nbf: Date.parse('2026-03-01T09:00:00.000Z') / 1000,
      exp: Date.parse('2028-03-01T09:00:00.000Z') / 1000,
      iat: Date.parse('2026-03-01T09:00:00.000Z') / 1000,
    };
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: DID_KID, typ: 'JWT' })
      .sign(privateKey);
    const list = async (revoked: number[]) => {
      const bits = Buffer.alloc(131_072 / 8);
      for (const i of revoked) bits[i >> 3] |= 0x80 >> (i & 7);
      const listCredential = {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: LIST2,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: { id: DID, name: 'ICSPA' },
        validFrom: '2027-05-01T06:00:00.000Z',
        validUntil: '2027-05-02T06:00:00.000Z',
        credentialSubject: {
          id: `${LIST2}#list`,
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList: `u${gzipSync(bits).toString('base64url')}`,
        },
      };
      return new CompactSign(
        new TextEncoder().encode(JSON.stringify({ ...listCredential, iss: DID, jti: LIST2, iat: 1_809_150_000 })),
      )
        .setProtectedHeader({ alg: 'EdDSA', kid: DID_KID, typ: 'vc+jwt', cty: 'vc' })
        .sign(privateKey);
    };
    const at = (jwt: string, keys: KeyDocument[]): VerifierState => ({
      keys,
      now: NOW,
      statusList: async (url) => (url === LIST2 ? { url, jwt, fetchedAt: '2027-05-01T06:00:05.000Z' } : null),
    });
    for (const keys of [[didDocument], [bothKids]]) {
      expect(await verifyOffline(jws, at(await list([index - 1, index + 1]), keys))).toMatchObject({
        verdict: 'valid',
        statusList: { issuedAt: '2027-05-01T06:00:00.000Z', validUntil: '2027-05-02T06:00:00.000Z' },
      });
      expect((await verifyOffline(jws, at(await list([index]), keys))).verdict).toBe('revoked');
    }
    // List 1 (the old sequential list) does not answer for an entry of list 2.
    expect((await verifyOffline(jws, state(await statusList([index]), [didDocument]))).verdict).toBe('unchecked');
  });

  it('checks a name typed from an ID document against the salted name identifier, as the API hashes it', async () => {
    // The API's IdentityHash: sha256$ + hex SHA-256 of normaliseHolderName(display name) followed by the salt.
    const identifier = (normalised: string, salt: string) => ({
      type: 'IdentityObject',
      identityType: 'name',
      hashed: true,
      identityHash: `sha256$${createHash('sha256')
        .update(normalised + salt, 'utf8')
        .digest('hex')}`,
      salt,
    });
    const email = { ...identifier('ayse@police.example', 'e1'), identityType: 'emailAddress' };
    const jws = await sign(
      credential(42, {
        credentialSubject: {
          achievement: { name: 'Alliance Cybercrime Investigator' },
          identifier: [email, identifier('ayse kilic', '9f0c1d2e3a4b5c6d7e8f90a1b2c3d4e5')],
        },
      }),
    );
    const outcome = await verifyOffline(jws, state(await statusList([])));
    expect(outcome.holderName).toBeUndefined(); // a protected officer: no name in the credential
    expect(outcome.nameIdentifiers).toEqual([
      { identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/), salt: '9f0c1d2e3a4b5c6d7e8f90a1b2c3d4e5' },
    ]);
    const ids = outcome.nameIdentifiers!;
    for (const typed of ['Ayşe Kılıç', 'AYSE KILIC', '  ayse   kilic ', 'Ayse-Kilic'])
      expect(await nameMatches(typed, ids)).toBe(true);
    for (const typed of ['Ayse Kilicc', 'Kilic Ayse', '', '   ', 'ayse@police.example', 'Ayse\u0000Kilicx'])
      expect(await nameMatches(typed, ids)).toBe(false);
    // Non-Latin names as written; the e-mail identifier never answers for a name.
    expect(await nameMatches('吴伟', [{ identityHash: identifier('吴伟', 's').identityHash, salt: 's' }])).toBe(true);
    expect(await nameMatches('吴 伟', [{ identityHash: identifier('吴伟', 's').identityHash, salt: 's' }])).toBe(false);
  });

  it('reads status bits most significant first', async () => {
    const bits = Buffer.from([0b1000_0001, 0]);
    const encoded = `u${gzipSync(bits).toString('base64url')}`;
    expect(await statusBit(encoded, 0)).toBe(true);
    expect(await statusBit(encoded, 1)).toBe(false);
    expect(await statusBit(encoded, 7)).toBe(true);
    await expect(statusBit(encoded, 16)).rejects.toThrow();
  });
});
