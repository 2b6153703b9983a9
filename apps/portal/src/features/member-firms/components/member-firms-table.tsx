import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { MemberFirm } from '@/features/member-firms/api/get-member-firms';
import { Website } from './website';

export function MemberFirmsTable({ firms, busy }: { firms: readonly MemberFirm[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<MemberFirm>[] = [
    { key: 'name', header: t('memberFirms.columns.name'), cell: (f) => f.name },
    { key: 'country', header: t('memberFirms.columns.country'), cell: (f) => format.country(f.countryCode) },
    { key: 'website', header: t('memberFirms.columns.website'), cell: (f) => <Website url={f.website} /> },
  ];
  return (
    <Table
      caption={t('memberFirms.caption')}
      columns={columns}
      rows={firms}
      rowKey={(f) => f.id}
      empty={t('memberFirms.empty')}
      busy={busy}
    />
  );
}
