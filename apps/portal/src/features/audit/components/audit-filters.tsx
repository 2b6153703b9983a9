import { AUDIT_ACTIONS, auditActionLabel, type AuditTranslate } from '@icspa/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import type { AuditEventFilter } from '@/features/audit/api/get-audit-events';
import { sortRows } from '@/lib/sort';

/** The kinds of object events name, for the filter (as recorded). */
export const AUDIT_OBJECT_TYPES = [
  'app_user',
  'assignment',
  'certification',
  'certification_programme',
  'cohort',
  'course',
  'enrolment',
  'member_firm',
  'needs_assessment',
  'police_unit',
  'training_request',
  'training_session',
  'workplan',
] as const;

type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];
const isAuditObjectType = (type: string | undefined): type is AuditObjectType =>
  (AUDIT_OBJECT_TYPES as readonly (string | undefined)[]).includes(type);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface AuditFiltersProps {
  value: AuditEventFilter;
  /** The actor's name, when the log is narrowed to one person. */
  actorName?: string;
  /** The object's name, when the log is narrowed to one object (taken from its events). */
  objectName?: string;
  onChange: (value: AuditEventFilter) => void;
}

/** Object kind, action and days; the actor and the object are chosen from the log's own links. */
export function AuditFilters({ value, actorName, objectName, onChange }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const fromId = useId();
  const toId = useId();
  // Action keys are built from the code (every one is in each locale: a test checks).
  const say = t as unknown as AuditTranslate;
  // Actions by their names, in the reader's alphabetical order.
  const actionOptions = sortRows(
    AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionLabel(action, say) })),
    (o) => o.label,
    'ascending',
    i18n.language,
  );
  const setDay = (end: 'from' | 'to', day: string) => {
    if (day === '' || DAY.test(day)) onChange({ ...value, [end]: day || undefined });
  };
  /** The object by its name, else by its kind; never by its bare id. */
  const objectNote = (type: string | undefined, name: string | undefined) => {
    if (name) return t('auditLog.filters.onObject', { name });
    if (isAuditObjectType(type)) {
      return t('auditLog.filters.onObjectOfType', { type: t(`auditLog.objectTypes.${type}`) });
    }
    return t('auditLog.filters.onOneObject');
  };
  return (
    <div className="filters">
      <SelectField
        label={t('auditLog.filters.objectType')}
        value={value.entityType ?? ''}
        emptyLabel={t('auditLog.filters.allObjects')}
        options={AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t(`auditLog.objectTypes.${type}`) }))}
        onChange={(entityType) => onChange({ ...value, entityType: entityType || undefined, entityId: undefined })}
      />
      <SelectField
        label={t('auditLog.filters.action')}
        value={value.action ?? ''}
        emptyLabel={t('auditLog.filters.allActions')}
        options={actionOptions}
        onChange={(action) => onChange({ ...value, action: (action || undefined) as AuditEventFilter['action'] })}
      />
      <div className="field">
        <label htmlFor={fromId}>{t('auditLog.filters.from')}</label>
        <input id={fromId} type="date" value={value.from ?? ''} onChange={(e) => setDay('from', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('auditLog.filters.to')}</label>
        <input id={toId} type="date" value={value.to ?? ''} onChange={(e) => setDay('to', e.target.value)} />
      </div>
      {value.actorId ? (
        <p className="filters__note">
          {t('auditLog.filters.byActor', { name: actorName ?? value.actorId })}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ ...value, actorId: undefined })}>
            {t('auditLog.filters.clear')}
          </button>
        </p>
      ) : null}
      {value.entityId ? (
        <p className="filters__note">
          {objectNote(value.entityType, objectName)}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ ...value, entityId: undefined })}>
            {t('auditLog.filters.clear')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
