import { useTranslation } from 'react-i18next';
import { useUptakeExportSize } from '@/features/uptake/api/export-uptake';
import { useFormat } from '@/hooks/use-format';

/**
 * A link that downloads a table as CSV; screen readers hear which table. `label` replaces "Download CSV"
 * where the file holds more than the table shows, to say so. Once the API has answered a `HEAD` request
 * for the file, the link says its size ("Download CSV (3 kB)"), so a reader on a metered link knows.
 */
export function CsvLink({ href, table, label }: { href: string; table: string; label?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useUptakeExportSize(href);
  const text = label ?? t('uptake.downloadCsv');
  return (
    <a className="button button--secondary button--small csv-link" href={href} download>
      {size ? t('common.withSize', { text, size: format.fileSize(size) }) : text}
      <span className="visually-hidden"> ({table})</span>
    </a>
  );
}
