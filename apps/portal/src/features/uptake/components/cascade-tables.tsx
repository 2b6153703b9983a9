import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { CascadeCountry } from '@/features/uptake/api/get-cascade-countries';
import type { CascadeFirm } from '@/features/uptake/api/get-cascade-firms';
import { countText, countValue } from '@/features/uptake/lib/count';

/** Each member firm's experts: officers reached directly and through the local trainers they trained. */
export function CascadeFirmsTable({ firms }: { firms: readonly CascadeFirm[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: 'direct' | 'cascade' | 'localTrainers', header: string): Column<CascadeFirm> => ({
    key,
    header,
    numeric: true,
    cell: (f) => countText(f[key], format.number),
    sortValue: (f) => countValue(f[key]),
  });
  const columns: Column<CascadeFirm>[] = [
    { key: 'name', header: t('cascade.columns.firm'), cell: (f) => f.name, sortValue: (f) => f.name },
    count('direct', t('cascade.columns.direct')),
    count('cascade', t('cascade.columns.throughCascade')),
    count('localTrainers', t('cascade.columns.localTrainers')),
    {
      key: 'generations',
      header: t('cascade.columns.generations'),
      numeric: true,
      cell: (f) => format.number(f.generations),
      sortValue: (f) => f.generations,
    },
  ];
  return (
    <Table
      caption={t('cascade.firmsCaption')}
      columns={columns}
      rows={firms}
      rowKey={(f) => f.memberFirmId}
      empty={t('cascade.empty')}
    />
  );
}

/** Per country: delivery imported (experts) against delivery by the country's own local trainers. */
export function CascadeCountriesTable({ countries }: { countries: readonly CascadeCountry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: 'byExperts' | 'byLocalTrainers' | 'localTrainers', header: string): Column<CascadeCountry> => ({
    key,
    header,
    numeric: true,
    cell: (c) => countText(c[key], format.number),
    sortValue: (c) => countValue(c[key]),
  });
  const columns: Column<CascadeCountry>[] = [
    {
      key: 'country',
      header: t('cascade.columns.country'),
      cell: (c) => format.country(c.countryCode),
      sortValue: (c) => format.country(c.countryCode),
    },
    count('byExperts', t('cascade.columns.byExperts')),
    count('byLocalTrainers', t('cascade.columns.byLocalTrainers')),
    count('localTrainers', t('cascade.columns.localTrainers')),
    {
      key: 'generations',
      header: t('cascade.columns.generations'),
      numeric: true,
      cell: (c) => format.number(c.generations),
      sortValue: (c) => c.generations,
    },
  ];
  return (
    <Table
      caption={t('cascade.countriesCaption')}
      columns={columns}
      rows={countries}
      rowKey={(c) => c.countryCode}
      empty={t('cascade.empty')}
    />
  );
}
