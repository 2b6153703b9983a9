import { gzipSync } from 'node:zlib';

/** Size of the revocation list in bits: the minimum the Bitstring Status List spec asks for (herd privacy). */
export const STATUS_LIST_BITS = 131_072;

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialFacts {
  certificationId: string;
  publicUrl: string;
  holderName: string;
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
  statusListIndex: number;
}

export const ISSUER_NAME = 'International Cyber Security Protection Alliance';

export function statusListUrl(publicUrl: string): string {
  return `${publicUrl}/api/credentials/status/1`;
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
    issuer: { id: f.publicUrl, type: ['Profile'], name: ISSUER_NAME },
    validFrom: f.validFrom.toISOString(),
    validUntil: f.validUntil.toISOString(),
    name: f.programme.name,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: f.holderName,
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
      id: `${statusListUrl(f.publicUrl)}#${f.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(f.statusListIndex),
      statusListCredential: statusListUrl(f.publicUrl),
    },
  };
}

/** The bitstring (index 0 = most significant bit of the first byte), gzip-compressed, multibase base64url. */
export function encodeStatusList(revokedIndexes: number[]): string {
  const bytes = Buffer.alloc(STATUS_LIST_BITS / 8);
  for (const i of revokedIndexes) {
    if (i < 0 || i >= STATUS_LIST_BITS) continue;
    bytes[i >> 3] |= 0x80 >> (i & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export function statusListCredential(publicUrl: string, revokedIndexes: number[], now: Date): Record<string, unknown> {
  const url = statusListUrl(publicUrl);
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: publicUrl, name: ISSUER_NAME },
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revokedIndexes),
    },
  };
}
