import { AUDIT_ACTIONS } from '@icspa/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import type { AuditEventFilter } from '@/features/audit/api/get-audit-events';

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface AuditFiltersProps {
  value: AuditEventFilter;
  /** The actor's name, when the log is narrowed to one person. */
  actorName?: string;
  onChange: (value: AuditEventFilter) => void;
}

/** Object kind, action and days; the actor and the object are chosen from the log's own links. */
export function AuditFilters({ value, actorName, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const setDay = (end: 'from' | 'to', day: string) => {
    if (day === '' || DAY.test(day)) onChange({ ...value, [end]: day || undefined });
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
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: action }))}
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
          {t('auditLog.filters.onObject', { id: value.entityId })}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ ...value, entityId: undefined })}>
            {t('auditLog.filters.clear')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
