/** Words of the certification domain, shared by the API and the portal. */
/** The statuses of a certification, in the order filters list them. */
export const CERTIFICATION_STATUSES = ['active', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/**
 * Why a certification was revoked, as verifiers are told it (the free-text reason stays for the holder and
 * admins). Revocations written before categories existed are `other`.
 */
export const REVOCATION_CATEGORIES = ['issued_in_error', 'fraud', 'misconduct', 'holder_request', 'other'] as const;
export type RevocationCategory = (typeof REVOCATION_CATEGORIES)[number];

/**
 * Verification codes: 20 symbols of Crockford's base-32 alphabet (100 random bits; no I, L, O or U, so no
 * look-alikes), printed in groups of four (`7QX4-M2PD-…`). Anyone typing one may use either case, any
 * spaces or dashes, and the confusable letters: O reads as 0, I and L as 1, U as V. Codes printed before
 * this form (22 base64url characters) are matched exactly as they were.
 */
export const VERIFICATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 20;
const CANONICAL_CODE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

/** The canonical (ungrouped, upper-case) form of a typed code, or null when it is not a code of the new form. */
export function canonicalVerificationCode(input: string): string | null {
  const compact = input
    .replace(/[\s\u00a0\u2010-\u2015-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
  return CANONICAL_CODE.test(compact) ? compact : null;
}

/** The printed form: groups of four separated by dashes. Old codes are returned as they are. */
export function groupedVerificationCode(code: string): string {
  return CANONICAL_CODE.test(code) ? (code.match(/.{4}/g) ?? []).join('-') : code;
}

/**
 * The holder's name as the credential's salted `name` identifier hashes it, so a clerk who types the name
 * from an identity document gets the same string: Unicode compatibility forms folded, accents and other
 * combining marks dropped, lower case, letters the decomposition leaves alone folded by hand (ı, ß, ø, đ, ł,
 * æ, œ), punctuation as spaces, spaces collapsed. Non-Latin scripts are kept as written (吴伟 stays 吴伟).
 */
export function normaliseHolderName(name: string): string {
  const folded: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ħ: 'h', þ: 'th' };
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıßøđłæœħþ]/g, (c) => folded[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The holder's e-mail address as its salted identifier hashes it. */
export function normaliseHolderEmail(email: string): string {
  return email.trim().toLowerCase();
}
