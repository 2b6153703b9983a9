import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { COUNTRY_WEIGHT_MAX, COUNTRY_WEIGHT_MIN } from '@icspa/domain';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/fields';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useCreateWorkplan } from '@/features/planning/api/create-workplan';
import { useCountryPriorities } from '@/features/planning/api/get-country-priorities';
import { useWorkplans, type WorkplanSummary } from '@/features/planning/api/get-workplans';
import { useSetCountryPriority } from '@/features/planning/api/set-country-priority';
import { useFormat } from '@/hooks/use-format';

const nextYear = () => new Date().getUTCFullYear() + 1;
const WEIGHTS = Array.from({ length: COUNTRY_WEIGHT_MAX - COUNTRY_WEIGHT_MIN + 1 }, (_, i) => COUNTRY_WEIGHT_MIN + i);

/**
 * Workplans (admins): draft one for a country and a period (the platform proposes its lines from the approved
 * needs assessments), set the country's priority weight, and open the plans already drafted.
 */
export function WorkplansRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const errorId = useId();
  const plans = useWorkplans();
  const priorities = useCountryPriorities();
  const create = useCreateWorkplan();
  const setPriority = useSetCountryPriority();
  const [country, setCountry] = useState('');
  const [periodStart, setPeriodStart] = useState(`${nextYear()}-Q1`);
  const [periodEnd, setPeriodEnd] = useState(`${nextYear()}-Q4`);
  const chosen = priorities.data?.items.find((p) => p.countryCode === country);
  const countryOptions = (priorities.data?.items ?? [])
    .map((p) => ({ value: p.countryCode, label: format.country(p.countryCode) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { countryCode: country, periodStart, periodEnd },
      { onSuccess: (plan) => navigate(paths.app.workplan.getHref({ workplanId: plan.id })) },
    );
  };
  const columns: Column<WorkplanSummary>[] = [
    {
      key: 'country',
      header: t('planning.list.country'),
      cell: (p) => <Link to={paths.app.workplan.getHref({ workplanId: p.id })}>{format.country(p.countryCode)}</Link>,
    },
    { key: 'period', header: t('planning.list.period'), cell: (p) => `${p.periodStart} – ${p.periodEnd}` },
    { key: 'status', header: t('planning.list.status'), cell: (p) => t(`planning.status.${p.status}`) },
  ];
  return (
    <Page title={t('planning.workplanList.title')} description={t('planning.workplanList.description')}>
      <section className="card">
        <h2>{t('planning.list.newTitle')}</h2>
        <form onSubmit={submit} aria-describedby={create.error ? errorId : undefined}>
          <FormError id={errorId} error={create.error} />
          <SelectField
            label={t('planning.list.country')}
            value={country}
            options={countryOptions}
            emptyLabel={t('planning.list.chooseCountry')}
            onChange={setCountry}
            disabled={priorities.isPending}
          />
          {chosen ? (
            <div className="field">
              <label htmlFor={`${errorId}-weight`}>{t('planning.list.weight')}</label>
              <p className="field__hint">
                {chosen.set ? t('planning.list.weightSet') : t('planning.list.weightDefault')}
              </p>
              <select
                id={`${errorId}-weight`}
                value={chosen.weight}
                disabled={setPriority.isPending}
                onChange={(e) => setPriority.mutate({ code: chosen.countryCode, weight: Number(e.target.value) })}
              >
                {WEIGHTS.map((w) => (
                  <option key={w} value={w}>
                    {format.number(w)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <TextField
            label={t('planning.list.periodStart')}
            hint={t('planning.list.quarterHint')}
            value={periodStart}
            onChange={(e) => setPeriodStart(e.target.value)}
            pattern="[0-9]{4}-Q[1-4]"
            required
          />
          <TextField
            label={t('planning.list.periodEnd')}
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.target.value)}
            pattern="[0-9]{4}-Q[1-4]"
            required
          />
          <button type="submit" className="button" disabled={!country || create.isPending}>
            {t('planning.list.propose')}
          </button>
        </form>
      </section>
      <QueryState query={plans} loadingLabel={t('planning.loading')}>
        {(data) => (
          <Table
            caption={t('planning.list.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
            empty={t('planning.workplanList.empty')}
          />
        )}
      </QueryState>
    </Page>
  );
}
