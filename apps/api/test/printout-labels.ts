import { PRINTOUT_PHRASES } from '../src/modules/reporting/printout-phrases';

type Printout = 'trainingRecord' | 'attendanceSheet' | 'personalData';

/** The fixed words around a phrase's values ("As of …", "Session …: …"), which the string leaves do not hold. */
const FRAMES: Record<Printout, string[]> = {
  trainingRecord: ['As of', 'passed', 'not passed', 'Training record —'],
  attendanceSheet: ['Session', 'Attendance —'],
  personalData: ['Retention:', 'Never exported', 'Personal data —'],
};

const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];

/**
 * A printout's English labels (its own, the status words and marks it prints, the stamp's "Exported by"), to show
 * that one printed in another language holds none of them. Roles are left out: the English stamp's role words
 * ("officer", "admin") are also found in e-mail addresses.
 */
export function englishLabels(printout: Printout): string[] {
  const en = PRINTOUT_PHRASES.en;
  const statuses =
    printout === 'trainingRecord'
      ? [en.enrolmentStatuses, en.certificationStatuses, en.attendanceMarks]
      : printout === 'attendanceSheet'
        ? [en.attendanceMarks]
        : [];
  return [...strings(en[printout]), ...statuses.flatMap(strings), ...FRAMES[printout], 'Exported by'];
}

/** The labels a text holds as whole words (a label inside a longer word, "On" in "Online", is not one). */
export function labelsIn(text: string, labels: string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return labels.filter((label) => new RegExp(`(?<![\\p{L}])${escape(label)}(?![\\p{L}])`, 'u').test(text));
}
