import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { SelectField } from '@/components/ui/select-field';
import { useFormat } from '@/hooks/use-format';
import { useCountries } from '@/features/countries/api/get-countries';
import { useRegions } from '@/features/countries/api/get-regions';

export interface CountryFilterValue {
  region?: string;
  country?: string;
}

/** Region, then country within it; choosing a region clears a country outside it. */
export function CountryFilter({
  value,
  onChange,
}: {
  value: CountryFilterValue;
  onChange: (value: CountryFilterValue) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegions();
  const countries = useCountries({ region: value.region });

  const regionOptions = useMemo(
    () =>
      (regions.data ?? [])
        .map((r) => ({ value: r.code, label: format.region(r.code, r.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    [regions.data, format],
  );
  const countryOptions = useMemo(
    () =>
      (countries.data ?? [])
        .map((c) => ({
          value: c.code,
          label: format.country(c.code, c.name) + (c.hotspot ? ` · ${t('countries.hotspot')}` : ''),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    [countries.data, format, t],
  );

  return (
    <div className="filters" role="group" aria-label={t('countries.filterLabel')}>
      <SelectField
        label={t('countries.region')}
        emptyLabel={t('countries.allRegions')}
        value={value.region ?? ''}
        disabled={regions.isPending}
        options={regionOptions}
        onChange={(region) => onChange({ region: region || undefined, country: undefined })}
      />
      <SelectField
        label={t('countries.country')}
        emptyLabel={countries.isPending ? t('common.loading') : t('countries.allCountries')}
        value={value.country ?? ''}
        disabled={countries.isPending}
        options={countryOptions}
        onChange={(country) => onChange({ region: value.region, country: country || undefined })}
      />
      {regions.isError ? <ErrorMessage error={regions.error} onRetry={() => void regions.refetch()} /> : null}
      {countries.isError ? <ErrorMessage error={countries.error} onRetry={() => void countries.refetch()} /> : null}
    </div>
  );
}
