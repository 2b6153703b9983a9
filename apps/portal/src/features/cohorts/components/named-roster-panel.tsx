import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { useNamedRosters, type NamedRoster } from '@/features/cohorts/api/get-named-rosters';
import { useSetNamedRoster } from '@/features/cohorts/api/set-named-roster';
import { useWithdrawNamedRoster } from '@/features/cohorts/api/withdraw-named-roster';

/**
 * "Names shown to the trainers": whether a unit's officers in a cohort are seen by the cohort's member-firm trainers
 * by pseudonym (the default) or by name (the unit's recorded choice, with a reason). A coordinator chooses for their
 * own unit or withdraws the choice; an admin sees every unit's choice (reason, who, when) and may withdraw any.
 * Protected officers stay pseudonymous whatever the unit chooses.
 */
export function NamedRosterPanel({ cohortId, viewer }: { cohortId: string; viewer: 'coordinator' | 'admin' }) {
  const { t } = useTranslation();
  const choices = useNamedRosters(cohortId);
  return (
    <section className="card section" aria-labelledby={`named-roster-${cohortId}`}>
      <h2 id={`named-roster-${cohortId}`}>{t('privacy.namedRoster.title')}</h2>
      <p className="muted">
        {viewer === 'admin' ? t('privacy.namedRoster.introAdmin') : t('privacy.namedRoster.intro')}{' '}
        {t('privacy.namedRoster.protected')}
      </p>
      <QueryState query={choices} loadingLabel={t('privacy.namedRoster.loading')}>
        {(data) =>
          viewer === 'admin' ? (
            <AdminChoices cohortId={cohortId} items={data.items} />
          ) : (
            <CoordinatorChoice key={data.items[0]?.policeUnitId ?? 'none'} cohortId={cohortId} own={data.items[0]} />
          )
        }
      </QueryState>
    </section>
  );
}

/** Who chose and when, and why (what the coordinator and admins see of a choice). */
function ChoiceFacts({ choice }: { choice: NamedRoster }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {choice.reason ? (
        <p>
          <strong>{t('privacy.namedRoster.reason')}:</strong> {choice.reason}
        </p>
      ) : null}
      <p className="muted">
        {choice.optedByName
          ? t('privacy.namedRoster.chosenBy', { name: choice.optedByName, date: format.dateTime(choice.optedAt) })
          : t('privacy.namedRoster.chosenOn', { date: format.dateTime(choice.optedAt) })}
      </p>
    </>
  );
}

function CoordinatorChoice({ cohortId, own }: { cohortId: string; own: NamedRoster | undefined }) {
  const { t } = useTranslation();
  const set = useSetNamedRoster();
  const withdraw = useWithdrawNamedRoster();
  const [reason, setReason] = useState('');
  const errorId = useId();
  const withdrawErrorId = useId();
  const labels = { reason: t('privacy.namedRoster.reasonLabel') };

  if (own) {
    return (
      <>
        <p className="alert alert--info" role="status">
          {t('privacy.namedRoster.byName')}
        </p>
        <ChoiceFacts choice={own} />
        <FormError id={withdrawErrorId} error={withdraw.error} title={t('privacy.namedRoster.withdrawFailed')} />
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={withdraw.isPending}
            aria-busy={withdraw.isPending}
            onClick={() => withdraw.mutate({ cohortId })}
          >
            {t('privacy.namedRoster.withdraw')}
          </button>
        </div>
      </>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set.mutate({ cohortId, reason }, { onSuccess: () => setReason('') });
  };
  return (
    <>
      <p role="status">{t('privacy.namedRoster.byPseudonym')}</p>
      <form className="form" onSubmit={submit} aria-describedby={set.isError ? errorId : undefined} noValidate>
        <FormError id={errorId} error={set.error} title={t('privacy.namedRoster.failed')} labels={labels} />
        <TextAreaField
          label={labels.reason}
          hint={t('privacy.namedRoster.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          rows={3}
          invalid={set.isError}
          errorId={errorId}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={set.isPending} aria-busy={set.isPending}>
            {t('privacy.namedRoster.optIn')}
          </button>
        </div>
      </form>
    </>
  );
}

function AdminChoices({ cohortId, items }: { cohortId: string; items: readonly NamedRoster[] }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawNamedRoster();
  const errorId = useId();
  if (items.length === 0) return <p className="empty">{t('privacy.namedRoster.none')}</p>;
  return (
    <>
      <FormError id={errorId} error={withdraw.error} title={t('privacy.namedRoster.withdrawFailed')} />
      <ul className="plain-list" aria-label={t('privacy.namedRoster.listLabel')}>
        {items.map((choice) => (
          <li key={choice.policeUnitId}>
            <h3>{choice.policeUnitName}</h3>
            <ChoiceFacts choice={choice} />
            <button
              type="button"
              className="button button--secondary"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate({ cohortId, policeUnitId: choice.policeUnitId })}
              aria-label={t('privacy.namedRoster.withdrawUnit', { unit: choice.policeUnitName })}
            >
              {t('privacy.namedRoster.withdraw')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The roster's line for the cohort's trainers: which units chose to show their officers by name here (nothing when
 * none did, or for readers the API does not tell).
 */
export function NamedRosterLine({ cohortId, enabled }: { cohortId: string; enabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const choices = useNamedRosters(cohortId, { enabled });
  const units = choices.data?.items.map((c) => c.policeUnitName) ?? [];
  if (!enabled || units.length === 0) return null;
  return (
    <p className="muted">{t('privacy.namedRoster.rosterLine', { count: units.length, units: format.list(units) })}</p>
  );
}
