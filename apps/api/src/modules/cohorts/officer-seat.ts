import type { OfficerPseudonym } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { officerIdentity, seesOfficerEmail, type OfficerNameFacts } from '../identity/officer-name';

/**
 * SQL columns with what the officer-name function needs about officer `u` read through their seat `e`: the
 * officer's unit, whether they are protected, the seat's pseudonym, and whether the officer's unit opted the
 * cohort into named rosters (`cohort_named_roster`).
 */
export function seatFactsSql(e = 'e', u = 'u'): string {
  return `${u}.police_unit_id AS seat_unit_id, ${u}.protected_at IS NOT NULL AS seat_protected,
          ${e}.participant_number AS seat_number, ${e}.pseudonym_code AS seat_code,
          EXISTS (SELECT 1 FROM cohort_named_roster nr
                   WHERE nr.cohort_id = ${e}.cohort_id AND nr.police_unit_id = ${u}.police_unit_id) AS seat_named`;
}

/** The columns `seatFactsSql` adds to a row. */
export interface SeatFactsRow {
  seat_unit_id: string | null;
  seat_protected: boolean;
  seat_number: number;
  seat_code: string;
  seat_named: boolean;
}

/** The officer-name function's facts about an officer read through their seat. */
export function seatFacts(officerId: string, displayName: string, r: SeatFactsRow): OfficerNameFacts {
  return {
    id: officerId,
    displayName,
    policeUnitId: r.seat_unit_id,
    protected: r.seat_protected,
    participant: { number: r.seat_number, code: r.seat_code, named: r.seat_named },
  };
}

/** How `viewer` sees the seat holder: name (or pseudonym in words), pseudonym, and e-mail when they may have it. */
export function seatIdentity(
  officerId: string,
  displayName: string,
  email: string | null,
  r: SeatFactsRow,
  viewer: Pick<AuthUser, 'id' | 'role' | 'policeUnitId'>,
): { officerName: string; officerPseudonym: OfficerPseudonym | null; officerEmail: string | null } {
  const facts = seatFacts(officerId, displayName, r);
  const { name, pseudonym } = officerIdentity(facts, viewer);
  return {
    officerName: name,
    officerPseudonym: pseudonym,
    officerEmail: seesOfficerEmail(facts, viewer) ? email : null,
  };
}
