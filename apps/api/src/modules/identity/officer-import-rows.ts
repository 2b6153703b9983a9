import { isEmail } from 'class-validator';
import {
  OFFICER_IMPORT_LANGUAGES,
  type OfficerImportColumn,
  type OfficerImportProblem,
  type OfficerImportRowStatus,
} from '@icspa/domain';
import type { OfficerImportLine } from './officer-import-file';

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 120;

/** The account an e-mail of the file already belongs to, as far as the import needs to know it. */
export interface ExistingAccount {
  id: string;
  email: string;
  displayName: string;
  locale: string | null;
  role: string;
  policeUnitId: string | null;
}

export interface RowProblem {
  column: OfficerImportColumn;
  code: OfficerImportProblem;
  params?: Record<string, number>;
}

/** What one line of the file does, once checked against the accounts that exist. */
export interface RowVerdict {
  rowNumber: number;
  /** The e-mail as it would be stored (trimmed, lower-case). */
  email: string;
  name: string;
  /** The language tag as the portal spells it; null when the file leaves it out. */
  language: string | null;
  status: OfficerImportRowStatus;
  /** For an update: which fields change. */
  changes: Array<'name' | 'language'>;
  problems: RowProblem[];
  /** The officer's account, for an update or unchanged row. */
  userId: string | null;
}

// C0 and C1 controls, the line/paragraph separators and U+FFFD (what NUL and undecodable bytes became): never
// part of a name or an address.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\uFFFD]/;

const LANGUAGE_BY_KEY = new Map<string, string>(OFFICER_IMPORT_LANGUAGES.map((l) => [l.toLowerCase(), l]));

/** A line's own problems (nothing looked up) and its values as they would be stored. */
export function checkLine(line: OfficerImportLine): Omit<RowVerdict, 'status' | 'changes' | 'userId'> {
  const problems: RowProblem[] = [];
  const email = line.email.toLowerCase();
  const name = line.name.normalize('NFC');
  if (email === '') problems.push({ column: 'email', code: 'email_missing' });
  else if (email.length > MAX_EMAIL_LENGTH)
    problems.push({ column: 'email', code: 'email_too_long', params: { max: MAX_EMAIL_LENGTH } });
  else if (CONTROL.test(email) || !isEmail(email)) problems.push({ column: 'email', code: 'email_invalid' });
  if (name === '') problems.push({ column: 'name', code: 'name_missing' });
  else if (CONTROL.test(name)) problems.push({ column: 'name', code: 'invalid_character' });
  else if ([...name].length > MAX_NAME_LENGTH)
    problems.push({ column: 'name', code: 'name_too_long', params: { max: MAX_NAME_LENGTH } });
  let language: string | null = null;
  if (line.language !== '') {
    language = LANGUAGE_BY_KEY.get(line.language.toLowerCase().replace('_', '-')) ?? null;
    if (!language) problems.push({ column: 'language', code: 'language_unknown' });
  }
  return { rowNumber: line.rowNumber, email, name, language, problems };
}

/**
 * Every line's verdict for a unit: `new` when no account has the e-mail, `update`/`unchanged` when it is an
 * officer of this unit (a language left out keeps theirs), `error` for a line's own problems, a second line
 * with the same e-mail (`duplicate_in_file`, naming the first), and an e-mail of any other account
 * (`exists_elsewhere`: another unit's officer, or someone of another role — nothing more is said).
 */
export function classifyLines(
  lines: OfficerImportLine[],
  existing: ReadonlyMap<string, ExistingAccount>,
  policeUnitId: string,
): RowVerdict[] {
  const firstRowOf = new Map<string, number>();
  return lines.map((line) => {
    const checked = checkLine(line);
    const verdict: RowVerdict = { ...checked, status: 'error', changes: [], userId: null };
    if (checked.problems.some((p) => p.column === 'email')) return verdict;
    const first = firstRowOf.get(checked.email);
    if (first !== undefined) {
      verdict.problems.unshift({ column: 'email', code: 'duplicate_in_file', params: { row: first } });
      return verdict;
    }
    firstRowOf.set(checked.email, checked.rowNumber);
    const account = existing.get(checked.email);
    if (account && (account.role !== 'officer' || account.policeUnitId !== policeUnitId)) {
      verdict.problems.unshift({ column: 'email', code: 'exists_elsewhere' });
      return verdict;
    }
    if (verdict.problems.length) return verdict;
    if (!account) return { ...verdict, status: 'new' };
    const changes: Array<'name' | 'language'> = [];
    if (account.displayName !== checked.name) changes.push('name');
    if (checked.language !== null && account.locale !== checked.language) changes.push('language');
    return { ...verdict, status: changes.length ? 'update' : 'unchanged', changes, userId: account.id };
  });
}

/** How many rows of each status. */
export function countVerdicts(verdicts: RowVerdict[]): Record<OfficerImportRowStatus, number> {
  const counts = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const v of verdicts) counts[v.status]++;
  return counts;
}
