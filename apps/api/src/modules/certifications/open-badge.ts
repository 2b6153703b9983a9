import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Size of a revocation list in bits by default: the minimum the Bitstring Status List spec asks for (herd privacy). */
export const STATUS_LIST_BITS = 131_072;

/** An OB 3.0 `IdentityObject`: a salted SHA-256 of one of the holder's identities. */
export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'emailAddress' | 'name';
  hashed: true;
  identityHash: string;
  salt: string;
}

/** `sha256$<hex>` of the identity followed by the salt, as OB 3.0's `IdentityHash` is defined. */
export function identityHash(identity: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(identity + salt, 'utf8')
    .digest('hex')}`;
}

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialFacts {
  certificationId: string;
  publicUrl: string;
  /** The issuer's id (`did:web` of the public URL). */
  issuerId: string;
  /** `credentialSubject.id` and the JWT's `sub`: the holder's wallet DID, else a URN of this credential's own. */
  subjectId: string;
  /** The holder's name; null for a protected officer (the credential then names them only by salted identifiers). */
  holderName: string | null;
  /** The holder's salted e-mail and name (OB 3.0 requires an `id` or an identifier; we give both). */
  identifiers: IdentityObject[];
  /** Name, description and criteria in the holder's language (`inLanguage`). */
  programme: {
    id: string;
    name: string;
    description: string;
    skills: string[];
    criteria: string;
    inLanguage?: string;
    /** The other languages the programme is published in. */
    relatedLocales?: string[];
  };
  validFrom: Date;
  validUntil: Date;
  statusList: number;
  statusListIndex: number;
}

export const ISSUER_NAME = 'International Cyber Security Protection Alliance';

export function statusListUrl(publicUrl: string, list = 1): string {
  return `${publicUrl}/api/credentials/status/${list}`;
}

/** The BCP 47 form OB 3.0's JSON Schema accepts for `inLanguage` (language, optional script, optional region). */
export const OB_LANGUAGE_CODE = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/**
 * An Open Badges 3.0 `OpenBadgeCredential` in the W3C VC 2.0 data model. The achievement is in the holder's
 * language (`inLanguage`); each other language it is published in is a `Related` achievement (OB 3.0 has no
 * JSON-LD language maps: `name` and `description` are plain strings in its JSON Schema).
 */
export function openBadgeCredential(f: CredentialFacts): Record<string, unknown> {
  const achievementId = `${f.publicUrl}/api/certification-programmes/${f.programme.id}`;
  const language = (code: string | undefined): code is string => !!code && OB_LANGUAGE_CODE.test(code);
  const related = (f.programme.relatedLocales ?? [])
    .filter((l) => language(l) && l !== f.programme.inLanguage)
    .map((l) => ({ id: `${achievementId}?locale=${l}`, type: ['Related'], inLanguage: l }));
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${f.certificationId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: f.issuerId, type: ['Profile'], name: ISSUER_NAME, url: f.publicUrl },
    validFrom: f.validFrom.toISOString(),
    validUntil: f.validUntil.toISOString(),
    name: f.programme.name,
    credentialSubject: {
      id: f.subjectId,
      type: ['AchievementSubject'],
      ...(f.holderName !== null ? { name: f.holderName } : {}),
      identifier: f.identifiers,
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: f.programme.name,
        description: f.programme.description,
        criteria: { narrative: f.programme.criteria },
        tag: f.programme.skills,
        ...(language(f.programme.inLanguage) ? { inLanguage: f.programme.inLanguage } : {}),
        ...(related.length ? { related } : {}),
      },
    },
    credentialStatus: {
      id: `${statusListUrl(f.publicUrl, f.statusList)}#${f.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(f.statusListIndex),
      statusListCredential: statusListUrl(f.publicUrl, f.statusList),
    },
  };
}

/** JWT NumericDates are whole seconds: dates a credential restates in its claims are cut to the second. */
export function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/**
 * The JWT payload of a credential (OB 3.0 §8.2, VC-JWT): the credential itself with the registered claims
 * that restate it — `iss` (issuer.id), `jti` (id), `sub` (credentialSubject.id), `nbf` (validFrom), `exp`
 * (validUntil, when it has one) — and `iat`, when it was signed.
 */
export function jwtPayload(credential: Record<string, unknown>, signedAt: Date): Record<string, unknown> {
  const c = credential as {
    id: string;
    issuer: { id: string };
    credentialSubject?: { id?: string };
    validFrom: string;
    validUntil?: string;
  };
  return {
    ...credential,
    iss: c.issuer.id,
    jti: c.id,
    ...(c.credentialSubject?.id ? { sub: c.credentialSubject.id } : {}),
    nbf: seconds(c.validFrom),
    ...(c.validUntil ? { exp: seconds(c.validUntil) } : {}),
    iat: Math.floor(signedAt.getTime() / 1000),
  };
}

/** The bitstring (index 0 = most significant bit of the first byte), gzip-compressed, multibase base64url. */
export function encodeStatusList(revokedIndexes: number[], bits = STATUS_LIST_BITS): string {
  const bytes = Buffer.alloc(bits / 8);
  for (const i of revokedIndexes) {
    if (i < 0 || i >= bits) continue;
    bytes[i >> 3] |= 0x80 >> (i & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export interface StatusListFacts {
  publicUrl: string;
  issuerId: string;
  list: number;
  bits: number;
  revokedIndexes: number[];
  validFrom: Date;
  validUntil: Date;
}

export function statusListCredential(f: StatusListFacts): Record<string, unknown> {
  const url = statusListUrl(f.publicUrl, f.list);
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: f.issuerId, name: ISSUER_NAME },
    validFrom: f.validFrom.toISOString(),
    validUntil: f.validUntil.toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(f.revokedIndexes, f.bits),
    },
  };
}
