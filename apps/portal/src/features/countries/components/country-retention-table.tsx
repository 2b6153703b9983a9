import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '@icspa/domain';
import { errorText } from '@/components/errors/error-text';
import { Table } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { Country } from '../api/get-countries';
import { useUpdateCountry } from '../api/update-country';

/** One country's retention: whole years, or empty to keep the data; saved on its own. */
function RetentionCell({ country }: { country: Country }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateCountry(country.code);
  const [value, setValue] = useState(country.retentionYears === null ? '' : String(country.retentionYears));
  const id = useId();
  const wanted = value.trim() === '' ? null : Number(value);
  const changed = wanted !== country.retentionYears;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ retentionYears: wanted });
  };
  return (
    <form onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('dataRights.countries.yearsOf', { country: format.country(country.code, country.name) })}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={RETENTION_YEARS_MIN}
        max={RETENTION_YEARS_MAX}
        step={1}
        placeholder={t('dataRights.countries.keep')}
        value={value}
        aria-invalid={update.isError || undefined}
        onChange={(e) => setValue(e.target.value)}
        style={{ width: '6rem' }}
      />{' '}
      <button type="submit" className="button button--secondary" disabled={!changed || update.isPending}>
        {t('dataRights.countries.save')}
      </button>
      {update.isSuccess && !changed ? <span role="status"> {t('dataRights.countries.saved')}</span> : null}
      {update.isError ? (
        <p role="alert">{errorText(update.error, t, { retentionYears: t('dataRights.countries.years') })}</p>
      ) : null}
    </form>
  );
}

/** Every country with its retention of officers' personal data (admins set it here). */
export function CountryRetentionTable({ countries, busy }: { countries: readonly Country[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table
      caption={t('dataRights.countries.caption')}
      rows={countries}
      rowKey={(c) => c.code}
      busy={busy}
      empty={t('dataRights.countries.empty')}
      columns={[
        {
          key: 'name',
          header: t('dataRights.countries.country'),
          cell: (c) => format.country(c.code, c.name),
          sortValue: (c) => format.country(c.code, c.name),
        },
        { key: 'code', header: t('dataRights.countries.code'), cell: (c) => c.code },
        {
          key: 'retention',
          header: t('dataRights.countries.years'),
          cell: (c) => <RetentionCell key={`${c.code}-${c.retentionYears}`} country={c} />,
        },
      ]}
    />
  );
}
