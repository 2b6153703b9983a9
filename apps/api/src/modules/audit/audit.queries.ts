import type { AuditAction } from '@icspa/domain';
import { EntityManager } from 'typeorm';
import { selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

/** One audit event with its actor's name (the reader forms it through `officerName`). */
export interface AuditEventRow {
  id: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: AuditAction;
  entity_type: string;
  entity_id: string;
  details: Record<string, unknown>;
  created_at: Date;
  /** created_at to the microsecond, as text: the page cursor's key (a Date keeps milliseconds only). */
  created_key: string;
}

/** What the log's conditions are on, for its total. */
export const AUDIT_FROM = `audit_event e LEFT JOIN app_user a ON a.id = e.actor_id`;
const FROM = AUDIT_FROM;

/** The condition of a page after a cursor (the key of the event it starts after), in the log's order. */
export function afterAuditEvent(where: Where, [createdAt, id]: string[]): Where {
  return where.raw(`(e.created_at, e.id) < (${where.param(createdAt)}::timestamptz, ${where.param(id)}::uuid)`);
}

/** A page of the log under `where` (conditions on `audit_event e`), newest first, and how many match. */
export async function selectAuditEvents(
  manager: EntityManager,
  where: Where,
  window: { limit: number; offset: number } | null,
): Promise<AuditEventRow[]> {
  const page = window ? `LIMIT ${where.param(window.limit)} OFFSET ${where.param(window.offset)}` : '';
  return selectRows<AuditEventRow>(
    manager,
    `SELECT e.id, e.actor_id, a.display_name AS actor_name, a.email AS actor_email, a.role AS actor_role,
            e.action, e.entity_type, e.entity_id, e.details, e.created_at, e.created_at::text AS created_key
       FROM ${FROM} ${where}
      ORDER BY e.created_at DESC, e.id DESC ${page}`,
    where.params,
  );
}

/**
 * What an event's object is called, and whose it is: a certification is its programme's, held by a person; an
 * enrolment a course's, of an officer; a training request a course's, for a police unit. `subject_is_person`
 * says whether the subject's name is a person's (then the reader sees it through `officerName`).
 */
export interface AuditObjectNameRow {
  id: string;
  object_name: string | null;
  subject_id: string | null;
  subject_name: string | null;
  subject_is_person: boolean;
}

const UUID_IDS = `ARRAY(SELECT x::uuid FROM unnest($1::text[]) x WHERE x ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')`;

/**
 * Read-only lookups of display names, one per kind of object (the audit log names objects of every module;
 * it writes none of their tables). `$1` is the text ids of one page's events of that kind.
 */
const OBJECT_NAMES: Record<string, string> = {
  app_user: `SELECT u.id::text, u.display_name AS object_name, u.id::text AS subject_id, u.display_name AS subject_name, true AS subject_is_person
               FROM app_user u WHERE u.id = ANY(${UUID_IDS})`,
  certification: `SELECT c.id::text, p.name AS object_name, h.id::text AS subject_id, h.display_name AS subject_name, true AS subject_is_person
                    FROM certification c JOIN certification_programme p ON p.id = c.programme_id JOIN app_user h ON h.id = c.holder_id
                   WHERE c.id = ANY(${UUID_IDS})`,
  certification_programme: `SELECT p.id::text, p.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                              FROM certification_programme p WHERE p.id = ANY(${UUID_IDS})`,
  cohort: `SELECT co.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
             FROM cohort co JOIN course c ON c.id = co.course_id WHERE co.id = ANY(${UUID_IDS})`,
  course: `SELECT c.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
             FROM course c WHERE c.id = ANY(${UUID_IDS})`,
  course_module: `SELECT m.id::text, m.title AS object_name, c.id::text AS subject_id, c.title AS subject_name, false AS subject_is_person
                    FROM course_module m JOIN course c ON c.id = m.course_id WHERE m.id = ANY(${UUID_IDS})`,
  lesson: `SELECT l.id::text, l.title AS object_name, c.id::text AS subject_id, c.title AS subject_name, false AS subject_is_person
             FROM lesson l JOIN course_module m ON m.id = l.module_id JOIN course c ON c.id = m.course_id WHERE l.id = ANY(${UUID_IDS})`,
  question: `SELECT q.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
               FROM question q JOIN assessment s ON s.id = q.assessment_id JOIN course c ON c.id = s.course_id WHERE q.id = ANY(${UUID_IDS})`,
  assessment: `SELECT s.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                 FROM assessment s JOIN course c ON c.id = s.course_id WHERE s.id = ANY(${UUID_IDS})`,
  enrolment: `SELECT en.id::text, c.title AS object_name, o.id::text AS subject_id, o.display_name AS subject_name, true AS subject_is_person
                FROM enrolment en JOIN course c ON c.id = en.course_id JOIN app_user o ON o.id = en.officer_id WHERE en.id = ANY(${UUID_IDS})`,
  training_session: `SELECT s.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                       FROM training_session s JOIN cohort co ON co.id = s.cohort_id JOIN course c ON c.id = co.course_id WHERE s.id = ANY(${UUID_IDS})`,
  assignment: `SELECT a.id::text, c.title AS object_name, t.id::text AS subject_id, t.display_name AS subject_name, true AS subject_is_person
                 FROM assignment a JOIN training_request r ON r.id = a.training_request_id JOIN course c ON c.id = r.course_id
                 JOIN app_user t ON t.id = a.trainer_id WHERE a.id = ANY(${UUID_IDS})`,
  training_request: `SELECT r.id::text, c.title AS object_name, pu.id::text AS subject_id, pu.name AS subject_name, false AS subject_is_person
                       FROM training_request r JOIN course c ON c.id = r.course_id JOIN police_unit pu ON pu.id = r.police_unit_id WHERE r.id = ANY(${UUID_IDS})`,
  trainer_profile: `SELECT u.id::text, u.display_name AS object_name, u.id::text AS subject_id, u.display_name AS subject_name, true AS subject_is_person
                      FROM app_user u WHERE u.id = ANY(${UUID_IDS})`,
  local_trainer_application: `SELECT l.id::text, p.name AS object_name, o.id::text AS subject_id, o.display_name AS subject_name, true AS subject_is_person
                                FROM local_trainer_application l JOIN app_user o ON o.id = l.officer_id
                                JOIN certification c ON c.id = l.certification_id JOIN certification_programme p ON p.id = c.programme_id
                               WHERE l.id = ANY(${UUID_IDS})`,
  police_unit: `SELECT pu.id::text, pu.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                  FROM police_unit pu WHERE pu.id = ANY(${UUID_IDS})`,
  member_firm: `SELECT f.id::text, f.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                  FROM member_firm f WHERE f.id = ANY(${UUID_IDS})`,
  country: `SELECT k.code::text AS id, k.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
              FROM country k WHERE k.code = ANY($1::text[])`,
  content_locale: `SELECT l.code AS id, l.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                     FROM content_locale l WHERE l.code = ANY($1::text[])`,
  competency: `SELECT k.id::text, k.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                 FROM competency k WHERE k.id = ANY(${UUID_IDS})`,
  competency_role: `SELECT k.id::text, k.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                      FROM competency_role k WHERE k.id = ANY(${UUID_IDS})`,
  needs_assessment: `SELECT n.id::text, pu.name AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                       FROM needs_assessment n JOIN police_unit pu ON pu.id = n.police_unit_id WHERE n.id = ANY(${UUID_IDS})`,
  workplan: `SELECT w.id::text, k.name || ' ' || w.period_start || '–' || w.period_end AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
               FROM workplan w JOIN country k ON k.code = w.country_code WHERE w.id = ANY(${UUID_IDS})`,
  plan_line: `SELECT l.id::text, c.title AS object_name, pu.id::text AS subject_id, pu.name AS subject_name, false AS subject_is_person
                FROM plan_line l JOIN course c ON c.id = l.course_id JOIN police_unit pu ON pu.id = l.police_unit_id WHERE l.id = ANY(${UUID_IDS})`,
  translation: `SELECT t.id::text, c.title AS object_name, NULL AS subject_id, NULL AS subject_name, false AS subject_is_person
                  FROM translation t LEFT JOIN course c ON c.id = t.course_id WHERE t.id = ANY(${UUID_IDS})`,
};

/** The names of the objects of one page of events, by `type:id` (objects since deleted have none). */
export async function selectObjectNames(
  manager: EntityManager,
  objects: Array<{ type: string; id: string }>,
): Promise<Map<string, AuditObjectNameRow>> {
  const byType = new Map<string, Set<string>>();
  for (const o of objects) {
    if (!OBJECT_NAMES[o.type]) continue;
    if (!byType.has(o.type)) byType.set(o.type, new Set());
    byType.get(o.type)!.add(o.id);
  }
  const names = new Map<string, AuditObjectNameRow>();
  for (const [type, ids] of byType) {
    const rows = await selectRows<AuditObjectNameRow>(manager, OBJECT_NAMES[type], [[...ids]]);
    for (const row of rows) names.set(`${type}:${row.id}`, row);
  }
  return names;
}

/** Whether `type` is a kind of object the log can name (the rest show their id). */
export function namesObjectsOf(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(OBJECT_NAMES, type);
}

/** What the one officer-name function needs about the people an audit page names: their unit and protection. */
export async function selectPersonFacts(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, { policeUnitId: string | null; protected: boolean }>> {
  const rows = await selectRows<{ id: string; police_unit_id: string | null; protected: boolean }>(
    manager,
    `SELECT id::text, police_unit_id, protected_at IS NOT NULL AS protected FROM app_user WHERE id = ANY(${UUID_IDS})`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { policeUnitId: r.police_unit_id, protected: r.protected }]));
}
