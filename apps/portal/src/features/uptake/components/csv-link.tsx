import { useTranslation } from 'react-i18next';

/** A link that downloads a table as CSV; screen readers hear which table. */
export function CsvLink({ href, table }: { href: string; table: string }) {
  const { t } = useTranslation();
  return (
    <a className="button button--secondary button--small csv-link" href={href} download>
      {t('uptake.downloadCsv')}
      <span className="visually-hidden"> ({table})</span>
    </a>
  );
}
