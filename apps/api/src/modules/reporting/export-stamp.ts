import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { selectOne } from '../../core/database/sql';

/** Who exported a file and when: printed in every CSV and PDF export the API produces. */
export interface ExportStamp {
  name: string;
  role: string;
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
    role: user.role.replace(/_/g, ' '),
    organisation: row?.organisation ?? ALLIANCE,
    at,
  };
}

/** "Exported by Олена Коваль (coordinator, Kyiv Cyber Unit) on 2031-03-03 07:00:00 UTC". */
export function exportStampLine(stamp: ExportStamp): string {
  const when = stamp.at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
  return oneLine(`Exported by ${stamp.name} (${stamp.role}, ${stamp.organisation}) on ${when}`);
}

/** The stamp's line for the reader, now. */
export async function exportStampText(manager: EntityManager, user: AuthUser, at: Date): Promise<string> {
  return exportStampLine(await exportStamp(manager, user, at));
}
