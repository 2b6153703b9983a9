import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MIN_UNITS_PER_AREA } from '@icspa/domain';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { CascadeCountry } from '@/features/uptake/api/get-cascade-countries';
import type { CascadeMonth } from '@/features/uptake/api/get-cascade-country-series';
import type { CascadeExpert } from '@/features/uptake/api/get-cascade-experts';
import type { CascadeFirm } from '@/features/uptake/api/get-cascade-firms';
import { countText, countValue } from '@/features/uptake/lib/count';
import { CountText } from './figure-text';

type ReachKey = 'direct' | 'cascade' | 'localTrainers';

/** The reach columns a firm and an expert share: directly, through the cascade, local trainers, generations. */
function useReachColumns<T extends Record<ReachKey, number | string> & { generations: number }>(): Column<T>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: ReachKey, header: string): Column<T> => ({
    key,
    header,
    numeric: true,
    cell: (r) => countText(r[key], format.number),
    sortValue: (r) => countValue(r[key]),
  });
  return [
    count('direct', t('cascade.columns.direct')),
    count('cascade', t('cascade.columns.throughCascade')),
    count('localTrainers', t('cascade.columns.localTrainers')),
    {
      key: 'generations',
      header: t('cascade.columns.generations'),
      numeric: true,
      cell: (r) => format.number(r.generations),
      sortValue: (r) => r.generations,
    },
  ];
}

/** Each member firm's experts: officers reached directly and through the local trainers they trained. */
export function CascadeFirmsTable({ firms }: { firms: readonly CascadeFirm[] }) {
  const { t } = useTranslation();
  const reach = useReachColumns<CascadeFirm>();
  const columns: Column<CascadeFirm>[] = [
    { key: 'name', header: t('cascade.columns.firm'), cell: (f) => f.name, sortValue: (f) => f.name },
    ...reach,
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

/** Each expert trainer (admins): officers reached directly and through the local trainers they trained. */
export function CascadeExpertsTable({
  experts,
  firmName,
}: {
  experts: readonly CascadeExpert[];
  firmName: (memberFirmId: string) => string;
}) {
  const { t } = useTranslation();
  const reach = useReachColumns<CascadeExpert>();
  const columns: Column<CascadeExpert>[] = [
    {
      key: 'name',
      header: t('cascade.columns.expert'),
      cell: (e) => e.trainerName,
      sortValue: (e) => e.trainerName,
    },
    {
      key: 'firm',
      header: t('cascade.columns.firm'),
      cell: (e) => firmName(e.memberFirmId),
      sortValue: (e) => firmName(e.memberFirmId),
    },
    ...reach,
  ];
  return (
    <Table
      caption={t('cascade.expertsCaption')}
      columns={columns}
      rows={experts}
      rowKey={(e) => e.trainerId}
      empty={t('cascade.empty')}
    />
  );
}

/**
 * Per country: delivery imported (experts) against delivery by the country's own local trainers. A country
 * withheld outside an admin's view shows no figure, and the note under the table says why. With `countryHref`,
 * each country leads to its delivery month by month.
 */
export function CascadeCountriesTable({
  countries,
  countryHref,
}: {
  countries: readonly CascadeCountry[];
  countryHref?: (country: CascadeCountry) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: 'byExperts' | 'byLocalTrainers' | 'localTrainers', header: string): Column<CascadeCountry> => ({
    key,
    header,
    numeric: true,
    cell: (c) => <CountText value={c[key]} />,
    sortValue: (c) => countValue(c[key]),
  });
  const columns: Column<CascadeCountry>[] = [
    {
      key: 'country',
      header: t('cascade.columns.country'),
      cell: (c) => (
        <>
          {countryHref ? (
            <Link to={countryHref(c)}>{format.country(c.countryCode)}</Link>
          ) : (
            format.country(c.countryCode)
          )}
          {c.withheld ? <span className="muted"> · {t('uptake.areas.withheld')}</span> : null}
        </>
      ),
      sortValue: (c) => format.country(c.countryCode),
    },
    count('byExperts', t('cascade.columns.byExperts')),
    count('byLocalTrainers', t('cascade.columns.byLocalTrainers')),
    count('localTrainers', t('cascade.columns.localTrainers')),
    {
      key: 'generations',
      header: t('cascade.columns.generations'),
      numeric: true,
      cell: (c) => <CountText value={c.generations} />,
      sortValue: (c) => c.generations,
    },
  ];
  return (
    <>
      <Table
        caption={t('cascade.countriesCaption')}
        columns={columns}
        rows={countries}
        rowKey={(c) => c.countryCode}
        empty={t('cascade.empty')}
      />
      {countries.some((c) => c.withheld) ? (
        <p className="muted">{t('uptake.areas.withheldNote', { min: MIN_UNITS_PER_AREA })}</p>
      ) : null}
    </>
  );
}

export const CASCADE_MONTH_FIGURES = ['local', 'expert', 'coDelivered'] as const;

/** A country's cohorts month by month, local against imported, as a table (oldest month first to begin with). */
export function CascadeMonthsTable({
  months,
  caption,
  busy,
}: {
  months: readonly CascadeMonth[];
  caption: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<CascadeMonth>[] = [
    {
      key: 'month',
      header: t('uptake.month'),
      sortValue: (m) => m.month,
      cell: (m) => (
        <time className="nowrap" dateTime={m.month}>
          {format.month(m.month)}
        </time>
      ),
    },
    ...CASCADE_MONTH_FIGURES.map((figure): Column<CascadeMonth> => ({
      key: figure,
      header: t(`cascade.delivery.${figure}`),
      numeric: true,
      sortValue: (m) => countValue(m[figure]),
      cell: (m) => <CountText value={m[figure]} />,
    })),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={months}
      rowKey={(m) => m.month}
      empty={t('uptake.empty')}
      busy={busy}
    />
  );
}
