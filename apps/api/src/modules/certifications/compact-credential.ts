import { Injectable } from '@nestjs/common';
import { decode as base45Decode, encode as base45Encode } from 'base45';
import { deflateSync, inflateSync } from 'node:zlib';
import { CredentialSigner } from './credential-signer';

/**
 * What the certificate's second QR code holds: a signed credential a phone verifies with no network.
 *
 * The full VC-JWT does not fit a printable QR code (measured in compact-credential.spec.ts and the README:
 * ~2.3 kB zlib-compressed for a real programme, over 9 kB for a long one in Chinese, while a QR code
 * holds at most 2,953 bytes at version 40-L, and a version-40 code printed 3 cm wide is unreadable by a
 * phone). So the QR carries the same credential with only the claims a clerk checks — holder, programme,
 * dates, revocation entry, and the identifiers and JWT claims the full one has — signed by the same key
 * through the same signer (so its `kid` and header are the full credential's).
 *
 * Wire form, as the EU digital COVID certificates did: `ICSPA1:` + base45(zlib(header ‖ payload ‖ signature)),
 * where header and payload are the JWS's JSON bytes, each preceded by its length (2 bytes, big-endian), and
 * the signature is the JWS's 64 raw bytes. base45 uses exactly QR's alphanumeric alphabet, so the text is
 * encoded at 5.5 bits a character. A verifier rebuilds `base64url(header).base64url(payload)` and checks
 * the Ed25519 signature with the key the header's `kid` names.
 */
export const COMPACT_PREFIX = 'ICSPA1:';

/** The claims of the full credential the compact form keeps (everything else is the programme's prose). */
export function compactClaims(full: Record<string, unknown>): Record<string, unknown> {
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const subject = obj(full.credentialSubject);
  const achievement = obj(subject.achievement);
  const pick = (o: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  return {
    // JWT claims (OB 3.0's VC-JWT rules), whichever the full credential carries.
    ...pick(full, ['iss', 'jti', 'sub', 'nbf', 'exp', 'iat']),
    '@context': full['@context'],
    id: full.id,
    type: full.type,
    issuer: typeof full.issuer === 'string' ? full.issuer : obj(full.issuer).id,
    ...pick(full, ['validFrom', 'validUntil']),
    credentialSubject: {
      ...pick(subject, ['id', 'name']),
      // The name's salted hash only (a clerk types the name on the ID): the e-mail's is of no use offline, and
      // its 64 random hex digits would cost the QR code a size.
      ...(Array.isArray(subject.identifier)
        ? { identifier: subject.identifier.filter((i) => obj(i).identityType === 'name') }
        : {}),
      achievement: pick(achievement, ['id', 'name']),
    },
    ...pick(full, ['credentialStatus']),
  };
}

/** header ‖ payload ‖ signature of a compact JWS, length-prefixed (see COMPACT_PREFIX). */
export function packJws(jws: string): Buffer {
  const [h, p, s] = jws.split('.');
  const header = Buffer.from(h, 'base64url');
  const payload = Buffer.from(p, 'base64url');
  const signature = Buffer.from(s, 'base64url');
  if (header.length > 0xffff || payload.length > 0xffff) throw new Error('JWS too large to pack');
  const length = (n: number) => Buffer.from([n >> 8, n & 0xff]);
  return Buffer.concat([length(header.length), header, length(payload.length), payload, signature]);
}

export function unpackJws(packed: Buffer): string {
  const headerLength = packed.readUInt16BE(0);
  const header = packed.subarray(2, 2 + headerLength);
  const payloadLength = packed.readUInt16BE(2 + headerLength);
  const payload = packed.subarray(4 + headerLength, 4 + headerLength + payloadLength);
  const signature = packed.subarray(4 + headerLength + payloadLength);
  return [header, payload, signature].map((b) => b.toString('base64url')).join('.');
}

/** The QR text of a JWS: `ICSPA1:` + base45(zlib(packed JWS)). */
export function encodeCompact(jws: string): string {
  return COMPACT_PREFIX + base45Encode(deflateSync(packJws(jws), { level: 9 }));
}

/** The JWS back from the QR text (throws on anything else). */
export function decodeCompact(text: string): string {
  if (!text.startsWith(COMPACT_PREFIX)) throw new Error(`not ${COMPACT_PREFIX}`);
  return unpackJws(inflateSync(base45Decode(text.slice(COMPACT_PREFIX.length))));
}

/** The payload of a stored VC-JWT. */
export function jwtPayload(jws: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** Issues the compact form of a stored credential, with the alliance's key (deterministic: Ed25519). */
@Injectable()
export class CompactCredentials {
  constructor(private readonly signer: CredentialSigner) {}

  /** The QR text for the certificate; null when the certification has no credential yet. */
  async forCredential(fullJws: string): Promise<string | null> {
    if (!fullJws) return null;
    return encodeCompact(await this.signer.sign(compactClaims(jwtPayload(fullJws))));
  }
}
