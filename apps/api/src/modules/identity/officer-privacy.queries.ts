import type { EntityManager } from 'typeorm';
import { selectRows } from '../../core/database/sql';
import type { OfficerNameFacts } from './officer-name';

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

/**
 * Reads the privacy facts of the given people once, and answers a builder of `officerIdentity`'s facts for any of
 * them (someone unknown here is named as written: not an officer).
 */
export async function officerNameFactsOf(
  manager: EntityManager,
  ids: Array<string | null | undefined>,
): Promise<(id: string, displayName: string) => OfficerNameFacts> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const byId = new Map((await officerPrivacyFacts(manager, wanted)).map((f) => [f.id, f]));
  return (id, displayName) => {
    const f = byId.get(id);
    return { id, displayName, policeUnitId: f?.police_unit_id ?? null, protected: f?.protected ?? false };
  };
}
