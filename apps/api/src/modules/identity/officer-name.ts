import { createHash } from 'node:crypto';
import { formatPseudonym, type OfficerPseudonym } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';

/** What the one officer-name function needs to know about the officer whose name is read. */
export interface OfficerNameFacts {
  id: string;
  displayName: string;
  /** The officer's unit (null for a person who is not an officer: their name is never hidden here). */
  policeUnitId: string | null;
  /** A protected officer: name only inside their unit and to alliance admins. */
  protected: boolean;
  /**
   * The officer's seat in the cohort through which the name is read (rosters, grading, attendance): its
   * pseudonym, and whether the officer's unit opted that cohort into named rosters for member-firm staff.
   */
  participant?: { number: number; code: string; named: boolean } | null;
  /**
   * The officer is read as a trainer (a local trainer teaching a cohort alone, as co-trainer beside an expert, or
   * proposed for a request), not as a participant: member-firm staff see the name of a colleague who delivers
   * training as they do, unless protected.
   */
  teaching?: boolean;
}

/** How a reader sees an officer: the name to show, and the pseudonym when that name is one. */
export interface OfficerNameView {
  name: string;
  pseudonym: OfficerPseudonym | null;
}

type Viewer = Pick<AuthUser, 'id' | 'role' | 'policeUnitId'>;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "Officer KZ-3F9": a code derived from the officer's id, for a reader who sees them outside any cohort. */
function officerCode(id: string): string {
  const digest = createHash('sha256').update(`officer-pseudonym:${id}`).digest();
  const code = Array.from(digest.subarray(0, 5), (b) => CROCKFORD[b % 32]).join('');
  return `${code.slice(0, 2)}-${code.slice(2)}`;
}

/**
 * Whether the reader may see the officer's name. The rules (README "Officer privacy"):
 * - the officer themself, the alliance admins and the people of the officer's own unit always;
 * - a protected officer: nobody else (not member-firm staff even in a named roster, not local trainers or
 *   coordinators of other units);
 * - member-firm staff (trainers, member admins): only through a seat in a cohort the officer's unit opted into
 *   named rosters (or as the co-trainer of a cohort they deliver);
 * - officers and coordinators of other units (local trainers, co-trainers: the same police service): yes.
 */
export function seesOfficerName(officer: OfficerNameFacts, viewer: Viewer): boolean {
  if (officer.policeUnitId === null) return true;
  if (viewer.id === officer.id || viewer.role === 'admin') return true;
  if (viewer.policeUnitId !== null && viewer.policeUnitId === officer.policeUnitId) return true;
  if (officer.protected) return false;
  if (viewer.role === 'trainer' || viewer.role === 'member_admin')
    return officer.participant?.named === true || officer.teaching === true;
  return true;
}

/**
 * Whether the reader may have the officer's e-mail address: only a reader who sees the name and is not
 * member-firm staff (trainers and member admins reach officers through the platform's messages, even in a
 * named roster).
 */
export function seesOfficerEmail(officer: OfficerNameFacts, viewer: Viewer): boolean {
  if (
    officer.policeUnitId !== null &&
    viewer.id !== officer.id &&
    (viewer.role === 'trainer' || viewer.role === 'member_admin')
  )
    return false;
  return seesOfficerName(officer, viewer);
}

/**
 * The one function that forms an officer's name for someone else to read (rosters, grading, attendance sheets and
 * their PDF, calendar invites, training records, the audit log, exports): the display name, or the pseudonym.
 */
export function officerIdentity(officer: OfficerNameFacts, viewer: Viewer): OfficerNameView {
  if (seesOfficerName(officer, viewer)) return { name: officer.displayName, pseudonym: null };
  const pseudonym: OfficerPseudonym = officer.participant
    ? { number: officer.participant.number, code: officer.participant.code }
    : { number: null, code: officerCode(officer.id) };
  return { name: formatPseudonym(pseudonym), pseudonym };
}

/** The name to show (the display name or the pseudonym in words). */
export function officerName(officer: OfficerNameFacts, viewer: Viewer): string {
  return officerIdentity(officer, viewer).name;
}

/**
 * Whether an officer appears at all in an export (CSV, PDF) the reader takes: a protected officer is left out of
 * every export read outside their unit (alliance admins excepted); everyone else appears, named as
 * `officerIdentity` says.
 */
export function exportsOfficer(officer: Pick<OfficerNameFacts, 'policeUnitId' | 'protected'>, viewer: Viewer): boolean {
  if (!officer.protected || officer.policeUnitId === null) return true;
  return viewer.role === 'admin' || (viewer.policeUnitId !== null && viewer.policeUnitId === officer.policeUnitId);
}
