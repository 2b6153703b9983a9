import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { PoliceUnit } from '@/features/police-units/api/get-police-units';

export function PoliceUnitsTable({ units, busy }: { units: readonly PoliceUnit[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<PoliceUnit>[] = [
    { key: 'name', header: t('policeUnits.columns.name'), cell: (u) => u.name },
    { key: 'agency', header: t('policeUnits.columns.agency'), cell: (u) => u.agency },
    { key: 'city', header: t('policeUnits.columns.city'), cell: (u) => u.city },
    { key: 'country', header: t('policeUnits.columns.country'), cell: (u) => format.country(u.countryCode) },
    {
      key: 'import',
      header: t('policeUnits.columns.officers'),
      cell: (u) => (
        <Link to={paths.app.importOfficers.getHref({ unit: u.id })}>
          {t('policeUnits.importOfficers')}
          <span className="visually-hidden"> · {u.name}</span>
        </Link>
      ),
    },
  ];
  return (
    <Table
      caption={t('policeUnits.caption')}
      columns={columns}
      rows={units}
      rowKey={(u) => u.id}
      empty={t('policeUnits.empty')}
      busy={busy}
    />
  );
}
