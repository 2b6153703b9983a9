import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrolmentStatusTag } from '@/components/ui/enrolment-status-tag';
import { FormError } from '@/components/ui/form-error';
import { Table } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { useNominate } from '@/features/cohorts/api/nominate';
import type { Enrolment } from '@/features/cohorts/api/enrol';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';

export interface Nominee {
  id: string;
  displayName: string;
  email: string;
}

/** The unit's officers to tick, then each nominee's resulting status (enrolled, waitlisted with place…). */
export function NominationForm({ cohort, officers }: { cohort: Cohort; officers: readonly Nominee[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nominate = useNominate();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const errorId = useId();
  const noneId = useId();
  const [tried, setTried] = useState(false);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allSelected = officers.length > 0 && officers.every((o) => selected.has(o.id));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (selected.size === 0) return;
    nominate.mutate(
      // Everyone ticked, in the order of the list, then those a search has since hidden.
      {
        cohortId: cohort.id,
        officerIds: [
          ...officers.filter((o) => selected.has(o.id)).map((o) => o.id),
          ...[...selected].filter((id) => !officers.some((o) => o.id === id)),
        ],
      },
      {
        onSuccess: () => {
          setSelected(new Set());
          setTried(false);
        },
      },
    );
  };

  return (
    <>
      <form className="form" onSubmit={submit} aria-describedby={nominate.isError ? errorId : undefined}>
        <FormError id={errorId} error={nominate.error} title={t('nominate.failed')} />
        {tried && selected.size === 0 ? (
          <p id={noneId} className="alert alert--error" role="alert">
            {t('nominate.chooseSomeone')}
          </p>
        ) : null}
        <fieldset className="fieldset" aria-describedby={tried && selected.size === 0 ? noneId : undefined}>
          <legend>{t('nominate.officers')}</legend>
          {officers.length === 0 ? (
            <p className="empty">{t('nominate.noOfficers')}</p>
          ) : (
            <>
              <label className="check check--all">
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={(e) =>
                    setSelected((current) => {
                      // "All" means all shown: the others ticked stay ticked.
                      const next = new Set(current);
                      for (const o of officers) {
                        if (e.target.checked) next.add(o.id);
                        else next.delete(o.id);
                      }
                      return next;
                    })
                  }
                />{' '}
                {t('nominate.selectAll')}
              </label>
              <ul className="checklist">
                {officers.map((officer) => (
                  <li key={officer.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={selected.has(officer.id)}
                        onChange={(e) => toggle(officer.id, e.target.checked)}
                      />{' '}
                      <span>
                        {officer.displayName} <span className="muted">{officer.email}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        <div className="actions">
          <button
            type="submit"
            className="button"
            disabled={nominate.isPending || (officers.length === 0 && selected.size === 0)}
            aria-busy={nominate.isPending}
          >
            {nominate.isPending
              ? t('nominate.submitting')
              : t('nominate.submit', { selected: format.number(selected.size) })}
          </button>
        </div>
      </form>
      <p className="visually-hidden" role="status">
        {nominate.data ? t('nominate.done', { nominated: format.number(nominate.data.enrolments.length) }) : ''}
      </p>
      {nominate.data ? <NominationResults enrolments={nominate.data.enrolments} /> : null}
    </>
  );
}

function NominationResults({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t } = useTranslation();
  return (
    <section className="results" aria-labelledby="nomination-results">
      <h2 id="nomination-results">{t('nominate.results')}</h2>
      <Table
        caption={t('nominate.results')}
        rows={enrolments}
        rowKey={(e) => e.id}
        empty={t('nominate.noResults')}
        columns={[
          { key: 'officer', header: t('nominate.columns.officer'), cell: (e) => e.officerName },
          {
            key: 'status',
            header: t('nominate.columns.status'),
            cell: (e) => <EnrolmentStatusTag status={e.status} waitlistPosition={e.waitlistPosition} />,
          },
        ]}
      />
    </section>
  );
}
