import type { Role } from '@icspa/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { selectOne } from '../../core/database/sql';
import { PRINTOUT_PHRASES, type PrintoutLocale } from './printout-phrases';

/** Who exported a file and when: printed in every CSV and PDF export the API produces. */
export interface ExportStamp {
  name: string;
  role: Role;
  organisation: string;
  at: Date;
}

/** The alliance itself: the organisation of admins (who belong to no unit or firm). */
const ALLIANCE = 'International Cyber Security Protection Alliance';

/** One line, no control characters (a name cannot break the file's layout). */
// eslint-disable-next-line no-control-regex
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

/** The exporter (the reader: their own name, role and unit or firm) at the Clock's `at`. */
export async function exportStamp(manager: EntityManager, user: AuthUser, at: Date): Promise<ExportStamp> {
  const row = await selectOne<{ display_name: string; organisation: string | null }>(
    manager,
    `SELECT u.display_name, coalesce(pu.name, mf.name) AS organisation
       FROM app_user u LEFT JOIN police_unit pu ON pu.id = u.police_unit_id
       LEFT JOIN member_firm mf ON mf.id = u.member_firm_id
      WHERE u.id = $1`,
    [user.id],
  );
  return {
    name: row?.display_name ?? user.displayName,
    role: user.role,
    organisation: row?.organisation ?? ALLIANCE,
    at,
  };
}

/**
 * "Exported by Олена Коваль (coordinator, Kyiv Cyber Unit) on 2031-03-03 07:00:00 UTC", or in another of the six
 * languages ("Вивантажено користувачем Олена Коваль (координатор навчання, Kyiv Cyber Unit) 2031-03-03 07:00:00 UTC");
 * the instant stays ISO in UTC in every language. Name and organisation print as stored.
 */
export function exportStampLine(stamp: ExportStamp, locale: PrintoutLocale = 'en'): string {
  const when = stamp.at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
  const phrases = PRINTOUT_PHRASES[locale];
  return oneLine(phrases.exportedBy(stamp.name, phrases.roles[stamp.role], stamp.organisation, when));
}

/**
 * The stamp's line for the reader, now. PDFs pass the reader's printout language. CSV files keep the English line
 * (the default): they are read by scripts and spreadsheets as much as by people, their header and status cells are
 * English codes whatever the reader's language, and one fixed form lets a filed export's origin be found the same
 * way whoever downloaded it (the tests elsewhere skip that last line by its `# Exported by`).
 */
export async function exportStampText(
  manager: EntityManager,
  user: AuthUser,
  at: Date,
  locale: PrintoutLocale = 'en',
): Promise<string> {
  return exportStampLine(await exportStamp(manager, user, at), locale);
}
