import { useTranslation } from 'react-i18next';

/**
 * A link that downloads a table as CSV; screen readers hear which table. `label` replaces "Download CSV"
 * where the file holds more than the table shows, to say so.
 */
export function CsvLink({ href, table, label }: { href: string; table: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <a className="button button--secondary button--small csv-link" href={href} download>
      {label ?? t('uptake.downloadCsv')}
      <span className="visually-hidden"> ({table})</span>
    </a>
  );
}
