import { decode as base45Decode } from 'base45';
import { compactVerify, exportJWK, generateKeyPair, importJWK, JWK } from 'jose';
import { createPublicKey, type JsonWebKey, verify as nodeVerify } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { pdfQrCodes } from '../../../test/pdf-images';
import type { AppConfig } from '../../core/config/app-config';
import { CertificatePdf } from './certificate-pdf';
import { compactClaims, CompactCredentials, COMPACT_PREFIX, jwtPayload, packJws } from './compact-credential';
import { CredentialSigner } from './credential-signer';
import { CertificationResponseDto } from './dtos/certification.dto';
import { CredentialFacts, openBadgeCredential } from './open-badge';

/** QR version 40 at error correction L holds at most this many bytes (byte mode). */
const QR_40L_BYTES = 2953;

let signer: CredentialSigner;
let compact: CompactCredentials;
let publicJwk: JWK;

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const config = {
    credentialSigningKey: JSON.stringify(await exportJWK(privateKey)),
    publicUrl: 'https://academy.example',
  };
  signer = new CredentialSigner(config as AppConfig);
  compact = new CompactCredentials(signer);
  publicJwk = (await signer.publicJwks()).keys[0];
});

/** A seeded programme (learning.seed.ts) for a Ukrainian holder, published in every UI language. */
const typical: CredentialFacts = {
  certificationId: '7f1b2c3d-0000-4000-8000-000000000001',
  publicUrl: 'https://academy.example',
  issuerId: 'did:web:academy.example',
  subjectId: 'urn:uuid:3b0e4c52-7a61-4d0f-9d7e-2c51a8f0b6e4',
  identifiers: [
    {
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: `sha256$${'a'.repeat(64)}`,
      salt: '0f'.repeat(16),
    },
    {
      type: 'IdentityObject',
      identityType: 'name',
      hashed: true,
      identityHash: `sha256$${'b'.repeat(64)}`,
      salt: '0f'.repeat(16),
    },
  ],
  statusList: 2,
  holderName: 'Олена Коваленко',
  programme: {
    id: '7f1b2c3d-0000-4000-8000-000000000002',
    name: 'Alliance Cybercrime Investigator',
    description:
      'Runs an investigation across open sources, cryptocurrency flows, malware and cross-border evidence requests.',
    skills: ['osint', 'cryptocurrency-tracing', 'malware-triage', 'mutual-legal-assistance'],
    criteria:
      'Completed 3 of these courses: Open-Source Intelligence for Investigators; Cryptocurrency Tracing; Malware Triage for Investigators; E-Evidence and Mutual Legal Assistance; Ransomware Response.',
    inLanguage: 'en',
    relatedLocales: ['es', 'pt-BR', 'ru', 'uk', 'zh-CN'],
  },
  validFrom: new Date('2026-03-01T09:00:00Z'),
  validUntil: new Date('2029-03-01T09:00:00Z'),
  statusListIndex: 93_211,
};

/** Deterministic Chinese prose that does not repeat (zlib would shrink a repeated phrase to nothing). */
function chinese(length: number, seed: number): string {
  let x = seed;
  return Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return String.fromCodePoint(0x4e00 + (x % 2000));
  }).join('');
}

/** What the programme form allows: a 4,000-character description and 50 courses, here in Chinese. */
const longest: CredentialFacts = {
  ...typical,
  holderName: '吴伟',
  programme: {
    ...typical.programme,
    name: '认证数字证据审查员（高级）',
    description: '负责现场取证、镜像制作、证据链保管以及在法庭上出示数字证据，并指导地方调查人员。'
      .repeat(100)
      .slice(0, 4000),
    criteria: `已完成本认证项目的全部课程：${Array.from({ length: 50 }, (_, i) => `${chinese(30, i + 100)}`).join('；')}。`,
    skills: Array.from({ length: 20 }, (_, i) => `skill-${i}`),
    inLanguage: 'zh-CN',
  },
};

function certification(overrides: Partial<CertificationResponseDto> = {}): CertificationResponseDto {
  return {
    id: typical.certificationId,
    programmeId: typical.programme.id,
    programmeName: typical.programme.name,
    holderId: '7f1b2c3d-0000-4000-8000-000000000003',
    holderName: typical.holderName!,
    issuedAt: '2026-03-01T09:00:00.000Z',
    validFrom: '2026-03-01T09:00:00.000Z',
    expiresAt: '2029-03-01T09:00:00.000Z',
    status: 'active',
    revokedReason: null,
    publicCode: 'AbCdEfGhIjKlMnOpQrStUv',
    verificationUrl: 'https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv',
    previousId: null,
    canRecertify: false,
    recertificationOpensAt: '2028-11-01T09:00:00.000Z',
    ...overrides,
  };
}

/** Decodes the QR text independently of compact-credential.ts: base45 package, zlib, the length-prefixed parts. */
function independentlyDecode(text: string) {
  expect(text.startsWith(COMPACT_PREFIX)).toBe(true);
  const packed = inflateSync(base45Decode(text.slice(COMPACT_PREFIX.length)));
  const headerEnd = 2 + packed.readUInt16BE(0);
  const payloadEnd = headerEnd + 2 + packed.readUInt16BE(headerEnd);
  const header = packed.subarray(2, headerEnd);
  const payload = packed.subarray(headerEnd + 2, payloadEnd);
  const signature = packed.subarray(payloadEnd);
  const signingInput = `${header.toString('base64url')}.${payload.toString('base64url')}`;
  return { header: JSON.parse(header.toString()), payload: JSON.parse(payload.toString()), signature, signingInput };
}

const qrVersion = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;

describe('compact credential for the offline QR code', () => {
  it('is needed: the compressed full VC-JWT can exceed a version 40-L QR code, the compact form stays small (sizes printed)', async () => {
    const rows: Record<string, string | number>[] = [];
    for (const [label, facts] of [
      ['seeded programme', typical],
      ['longest allowed, Chinese', longest],
    ] as const) {
      const full = await signer.sign(openBadgeCredential(facts));
      const qr = await compact.forCredential(full);
      const small = await signer.sign(compactClaims(jwtPayload(full)));
      rows.push({
        credential: label,
        'full VC-JWT': full.length,
        'full, zlib': deflateSync(full, { level: 9 }).length,
        'full, parts zlib': deflateSync(packJws(full), { level: 9 }).length,
        'compact JWS': small.length,
        'compact, parts zlib': deflateSync(packJws(small), { level: 9 }).length,
        'QR text (base45)': qr!.length,
        'QR version (M)': qrVersion(qr!),
      });
    }
    console.log(
      `credential sizes in bytes (README "Certifications and credentials"):\n${JSON.stringify(rows, null, 1)}`,
    );
    expect(rows[1]['full, parts zlib']).toBeGreaterThan(QR_40L_BYTES);
    // Version 22 is 105 modules: printed 4 cm wide, a module stays 0.38 mm, which phone cameras read.
    for (const row of rows) expect(row['QR version (M)']).toBeLessThanOrEqual(22);
  });

  it('prints both QR codes on the PDF; the second, read from the page with jsQR, verifies with jose and Node crypto', async () => {
    const full = await signer.sign(openBadgeCredential(typical));
    const text = await compact.forCredential(full);
    const pdf = new CertificatePdf(null as never, null as never, null as never, compact, null as never);
    const codes = await pdfQrCodes(await pdf.render(certification(), undefined, text));
    expect(codes).toContain('https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv');
    const scanned = codes.find((c) => c.startsWith(COMPACT_PREFIX));
    expect(scanned).toBe(text);

    const d = independentlyDecode(scanned!);
    // Same key, same header as the full credential (so its kid names the same key).
    expect(d.header).toEqual(JSON.parse(Buffer.from(full.split('.')[0], 'base64url').toString()));
    const key = createPublicKey({ key: publicJwk as JsonWebKey, format: 'jwk' });
    expect(nodeVerify(null, Buffer.from(d.signingInput), key, d.signature)).toBe(true);
    const jws = `${d.signingInput}.${d.signature.toString('base64url')}`;
    const { payload } = await compactVerify(jws, await importJWK({ ...publicJwk, alg: 'EdDSA' }));
    const claims = JSON.parse(new TextDecoder().decode(payload));
    const original = jwtPayload(full) as {
      id: string;
      validFrom: string;
      validUntil: string;
      credentialStatus: object;
      credentialSubject: { achievement: { id: string } };
    };
    expect(claims).toEqual(d.payload);
    expect(claims.credentialSubject.name).toBe('Олена Коваленко');
    expect(claims.credentialSubject.achievement).toMatchObject({
      id: original.credentialSubject.achievement.id,
      name: 'Alliance Cybercrime Investigator',
    });
    expect(claims.credentialStatus).toEqual(original.credentialStatus);
    expect([claims.id, claims.validFrom, claims.validUntil]).toEqual([
      original.id,
      original.validFrom,
      original.validUntil,
    ]);
    expect(claims.credentialSubject.achievement.description).toBeUndefined(); // prose stays in the full credential
  });

  it('fails verification when one byte of the claims is changed (a forged name)', async () => {
    const text = (await compact.forCredential(await signer.sign(openBadgeCredential(typical))))!;
    const d = independentlyDecode(text);
    const forged = Buffer.from(
      JSON.stringify({ ...d.payload, credentialSubject: { ...d.payload.credentialSubject, name: 'Олена Коваленкo' } }),
    );
    const input = `${d.signingInput.split('.')[0]}.${forged.toString('base64url')}`;
    const key = createPublicKey({ key: publicJwk as JsonWebKey, format: 'jwk' });
    expect(nodeVerify(null, Buffer.from(input), key, d.signature)).toBe(false);
  });

  it('prints no second QR code for a certification without a credential', async () => {
    expect(await compact.forCredential('')).toBeNull();
    const pdf = new CertificatePdf(null as never, null as never, null as never, compact, null as never);
    const codes = await pdfQrCodes(await pdf.render(certification()));
    expect(codes).toEqual(['https://academy.example/verify/AbCdEfGhIjKlMnOpQrStUv']);
  });
});
