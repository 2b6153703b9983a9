import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';

/** When the figures of a section were taken from the raw data ("Figures as of 3 Mar 2026, 14:05"). */
export function AsOf({ asOf, suppressed = false }: { asOf: string | null | undefined; suppressed?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="as-of">
      {asOf ? (
        <time dateTime={asOf}>{t('uptake.asOf', { time: format.dateTime(asOf) })}</time>
      ) : (
        <span>{t('uptake.asOfNever')}</span>
      )}
      {suppressed ? <span className="as-of__note">{t('uptake.suppressedNote')}</span> : null}
    </p>
  );
}
