import type { EntityManager } from 'typeorm';
import { selectRows } from '../../core/database/sql';

/** What the privacy rules need about officers: their unit and whether they are protected. */
export interface OfficerPrivacyRow {
  id: string;
  police_unit_id: string | null;
  protected: boolean;
}

/** The privacy facts of the given people (those that exist). */
export function officerPrivacyFacts(manager: EntityManager, ids: string[]): Promise<OfficerPrivacyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectRows<OfficerPrivacyRow>(
    manager,
    `SELECT id, police_unit_id, protected_at IS NOT NULL AS protected FROM app_user WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}
