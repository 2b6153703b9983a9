import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { TextField } from '@/components/ui/fields';
import { Table, type Column } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import { useConfirmLocalTrainerApplication } from '@/features/trainer-assignment/api/confirm-local-trainer-application';
import type { LocalTrainerApplication } from '@/features/trainer-assignment/api/get-local-trainer-applications';
import { useRefuseLocalTrainerApplication } from '@/features/trainer-assignment/api/refuse-local-trainer-application';

interface Props {
  applications: readonly LocalTrainerApplication[];
  caption: string;
  empty: string;
  busy?: boolean;
  /** The coordinator's or the admin's side, when the caller decides; null for the applicant. */
  side: 'coordinator' | 'admin' | null;
  /** The caller, who never decides on their own application. */
  userId: string;
}

/** Applications with who applied, what for, both confirmations and, for the deciders, Confirm and Refuse. */
export function LocalTrainerApplicationsTable({ applications, caption, empty, busy, side, userId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<LocalTrainerApplication>[] = [
    {
      key: 'officer',
      header: t('localTrainers.columns.officer'),
      cell: (a) => (
        <>
          {a.officerName}
          <span className="muted cell-note">{`${a.policeUnitName}, ${format.country(a.countryCode)}`}</span>
        </>
      ),
    },
    {
      key: 'programme',
      header: t('localTrainers.columns.programme'),
      cell: (a) => (
        <>
          {a.programmeName}
          <span className="muted cell-note">{a.courseTitles.join(', ')}</span>
        </>
      ),
    },
    {
      key: 'languages',
      header: t('localTrainers.columns.languages'),
      cell: (a) => a.languages.map((l) => format.language(l)).join(', '),
    },
    {
      key: 'status',
      header: t('localTrainers.columns.status'),
      cell: (a) => (
        <>
          <Tag tone={a.status === 'confirmed' ? 'ok' : a.status === 'refused' ? 'error' : 'info'}>
            {t(`localTrainers.status.${a.status}`)}
          </Tag>
          <span className="muted cell-note">
            {a.coordinatorConfirmedAt
              ? t('localTrainers.coordinatorConfirmed', { date: format.date(a.coordinatorConfirmedAt) })
              : t('localTrainers.coordinatorWaiting')}
          </span>
          <span className="muted cell-note">
            {a.adminConfirmedAt
              ? t('localTrainers.adminConfirmed', { date: format.date(a.adminConfirmedAt) })
              : t('localTrainers.adminWaiting')}
          </span>
          {a.refusalReason ? (
            <span className="muted cell-note">{t('localTrainers.refusedBecause', { reason: a.refusalReason })}</span>
          ) : null}
        </>
      ),
    },
    ...(side
      ? [
          {
            key: 'action',
            header: t('localTrainers.columns.action'),
            cell: (a: LocalTrainerApplication) =>
              a.status === 'pending' && a.officerId !== userId ? <Decision application={a} side={side} /> : null,
          },
        ]
      : []),
  ];
  return (
    <Table caption={caption} columns={columns} rows={applications} rowKey={(a) => a.id} empty={empty} busy={busy} />
  );
}

/** Confirm (this side), or Refuse with a reason. */
function Decision({ application, side }: { application: LocalTrainerApplication; side: 'coordinator' | 'admin' }) {
  const { t } = useTranslation();
  const confirm = useConfirmLocalTrainerApplication();
  const refuse = useRefuseLocalTrainerApplication();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const confirmedHere = side === 'admin' ? application.adminConfirmedAt : application.coordinatorConfirmedAt;
  const error = confirm.error ?? refuse.error;
  const named = { name: application.officerName };
  const submitRefusal = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    refuse.mutate({ id: application.id, reason });
  };
  return (
    <div className="row-action">
      {confirmedHere ? null : (
        <button
          type="button"
          className="button button--small"
          disabled={confirm.isPending}
          aria-busy={confirm.isPending || undefined}
          aria-label={t('localTrainers.confirmNamed', named)}
          onClick={() => confirm.mutate(application.id)}
        >
          {t('localTrainers.confirm')}
        </button>
      )}
      {refusing ? (
        <form className="form form--inline" onSubmit={submitRefusal}>
          <TextField
            label={t('localTrainers.refusalReason')}
            required
            minLength={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="button button--small button--danger-secondary" disabled={refuse.isPending}>
            {t('localTrainers.refuse')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t('localTrainers.refuseNamed', named)}
          onClick={() => setRefusing(true)}
        >
          {t('localTrainers.refuse')}
        </button>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error, t)}
        </p>
      ) : null}
    </div>
  );
}
