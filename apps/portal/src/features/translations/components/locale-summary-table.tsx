import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import type { LocaleBar } from './progress-chart';

/** The chart's figures as a table: per language, the strings of all courses by status. */
export function LocaleSummaryTable({
  bars,
  formatNumber,
}: {
  bars: readonly LocaleBar[];
  formatNumber: (n: number) => string;
}) {
  const { t } = useTranslation();
  const figure = (key: 'published' | 'outdated' | 'draft' | 'missing'): Column<LocaleBar> => ({
    key,
    header: t(`translations.status.${key}`),
    cell: (b) => formatNumber(b[key]),
    numeric: true,
    sortValue: (b) => b[key],
  });
  return (
    <Table
      caption={t('translations.summaryCaption')}
      columns={[
        {
          key: 'language',
          header: t('translations.columns.language'),
          cell: (b) => <span lang={b.locale}>{b.name}</span>,
        },
        figure('published'),
        figure('outdated'),
        figure('draft'),
        figure('missing'),
      ]}
      rows={bars}
      rowKey={(b) => b.locale}
      empty={t('translations.empty')}
    />
  );
}
