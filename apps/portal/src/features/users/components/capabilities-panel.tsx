import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { QueryState } from '@/components/ui/query-state';
import { Table, type Column } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import { useFieldErrors } from '@/hooks/use-field-errors';
import {
  useCapabilityGrants,
  useGrantCapability,
  useRevokeCapabilityGrant,
  type CapabilityGrant,
} from '@/features/users/api/capability-grants';

export interface ContentLocaleChoice {
  code: string;
  name: string;
}

/**
 * What a user may do beside their role: grant or revoke `translate` for each content locale. Revoked grants
 * stay listed (who revoked them, when); every change is audited by the API.
 */
export function CapabilitiesPanel({ userId, locales }: { userId: string; locales: readonly ContentLocaleChoice[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grants = useCapabilityGrants(userId);
  const grant = useGrantCapability(userId);
  const revoke = useRevokeCapabilityGrant(userId);
  const [locale, setLocale] = useState('');
  const errors = useFieldErrors(grant.error);
  const localeName = (code: string) => locales.find((l) => l.code === code)?.name ?? code;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!locale) return;
    grant.mutate({ capability: 'translate', scope: locale }, { onSuccess: () => setLocale('') });
  };

  const columns: Column<CapabilityGrant>[] = [
    {
      key: 'capability',
      header: t('capabilities.columns.capability'),
      cell: (g) => t(`capabilities.kind.${g.capability}`),
    },
    {
      key: 'scope',
      header: t('capabilities.columns.scope'),
      cell: (g) => (g.capability === 'translate' ? <span lang={g.scope}>{localeName(g.scope)}</span> : g.scope),
    },
    {
      key: 'status',
      header: t('capabilities.columns.status'),
      cell: (g) =>
        g.revokedAt ? (
          <Tag tone="muted">
            {t('capabilities.revokedOn', { date: format.date(g.revokedAt), by: g.revokedByEmail ?? '—' })}
          </Tag>
        ) : (
          <Tag tone="ok">
            {t('capabilities.grantedOn', { date: format.date(g.grantedAt), by: g.grantedByEmail ?? '—' })}
          </Tag>
        ),
    },
    {
      key: 'actions',
      header: t('capabilities.columns.actions'),
      cell: (g) =>
        g.revokedAt ? null : (
          <button
            type="button"
            className="button button--small button--danger-secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(g.id)}
            aria-label={t('capabilities.revokeNamed', { name: localeName(g.scope) })}
          >
            {t('capabilities.revoke')}
          </button>
        ),
    },
  ];

  return (
    <section className="section" aria-labelledby="capabilities-heading">
      <h2 id="capabilities-heading">{t('capabilities.title')}</h2>
      <p className="muted">{t('capabilities.description')}</p>
      <FormError id={`${errors.errorId}-revoke`} error={revoke.error} title={t('capabilities.notRevoked')} />
      <QueryState query={grants} loadingLabel={t('capabilities.loading')}>
        {(list) => (
          <Table
            caption={t('capabilities.caption')}
            columns={columns}
            rows={list}
            rowKey={(g) => g.id}
            empty={t('capabilities.empty')}
          />
        )}
      </QueryState>
      <form className="form" onSubmit={submit}>
        <FormError id={errors.errorId} error={grant.error} title={t('capabilities.notGranted')} />
        <div className="form__row">
          <ChoiceField
            label={t('capabilities.translateInto')}
            emptyLabel={t('capabilities.chooseLocale')}
            options={locales.map((l) => ({ value: l.code, label: l.name }))}
            value={locale}
            onChange={(e) => setLocale(e.target.value)}
            required
            {...errors.of('scope')}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={grant.isPending || !locale} aria-busy={grant.isPending}>
            {t('capabilities.grant')}
          </button>
        </div>
      </form>
    </section>
  );
}
