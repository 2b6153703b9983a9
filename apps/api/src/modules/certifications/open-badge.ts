import { gzipSync } from 'node:zlib';

/** Size of the revocation list in bits: the minimum the Bitstring Status List spec asks for (herd privacy). */
export const STATUS_LIST_BITS = 131_072;

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialFacts {
  certificationId: string;
  publicUrl: string;
  holderName: string;
  programme: { id: string; name: string; description: string; skills: string[]; criteria: string };
  validFrom: Date;
  validUntil: Date;
  statusListIndex: number;
}

export const ISSUER_NAME = 'International Cyber Security Protection Alliance';

export function statusListUrl(publicUrl: string): string {
  return `${publicUrl}/api/credentials/status/1`;
}

/** An Open Badges 3.0 `OpenBadgeCredential` in the W3C VC 2.0 data model. */
export function openBadgeCredential(f: CredentialFacts): Record<string, unknown> {
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
        id: `${f.publicUrl}/api/certification-programmes/${f.programme.id}`,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: f.programme.name,
        description: f.programme.description,
        criteria: { narrative: f.programme.criteria },
        tag: f.programme.skills,
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
