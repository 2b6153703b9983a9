/**
 * Officer privacy (issue 20): the words the API and the portal share.
 *
 * A **pseudonym** is how member-firm staff (trainers, member admins) see an officer: per cohort, "Participant 7 ·
 * KZ-3F9" (the participant number counted per cohort, a random code), so two cohorts' pseudonyms of one officer
 * cannot be linked. Where no cohort is the context, an officer's pseudonym is "Officer KZ-3F9" (a code derived
 * from their id). A **protected officer**'s name never leaves their unit and the alliance admins.
 */
export interface OfficerPseudonym {
  /** Participant number in the cohort; null outside a cohort ("Officer <code>"). */
  number: number | null;
  /** Five symbols of Crockford's base 32, grouped "KZ-3F9". */
  code: string;
}

/** The pseudonym in words, in English (the API's fallback; the portal says it in the reader's language). */
export function formatPseudonym(p: OfficerPseudonym): string {
  return p.number === null ? `Officer ${p.code}` : `Participant ${p.number} · ${p.code}`;
}

/** The name's initials, as a protected officer's certificate's public page shows them ("A. K."). */
export function nameInitials(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => `${Array.from(w)[0].toLocaleUpperCase()}.`)
    .join(' ');
}

/**
 * An erased officer's display name: "Erased officer KZ-3F9" (English, as every stored name; the code is random,
 * drawn once at erasure). It replaces the name everywhere the platform held it (the account, audit details,
 * notification parameters, e-mails, the signed credential).
 */
export function erasedOfficerName(code: string): string {
  return `Erased officer ${code}`;
}

/** The non-deliverable, unique address an erased account keeps (`.invalid` is reserved: RFC 2606). */
export function erasedOfficerEmail(userId: string): string {
  return `erased-${userId}@erased.invalid`;
}

/** Retention per country: whole years after an officer left their unit or was disabled; null keeps the data. */
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 50;

/** What an erasure request or an erasure states as its reason (shown to admins; never personal data). */
export const ERASURE_REASON_MAX = 500;
