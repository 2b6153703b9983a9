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
