import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { countText } from '@/features/uptake/lib/count';

/** "Not available" (a rate without enrolments, a median without filled requests): a dash, named for screen readers. */
export function NotAvailable() {
  const { t } = useTranslation();
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('uptake.notAvailable')}</span>
    </span>
  );
}

/** A count: a number formatted for the language, or "<5" as it is. */
export function CountText({ value }: { value: number | string | null | undefined }) {
  const format = useFormat();
  if (value === null || value === undefined) return <NotAvailable />;
  return <>{countText(value, format.number)}</>;
}

/** A rate from 0 to 1 as a percentage. */
export function RateText({ value }: { value: number | null | undefined }) {
  const format = useFormat();
  if (value === null || value === undefined) return <NotAvailable />;
  return <>{format.percent(value * 100)}</>;
}

/** A number of hours, one decimal at most ("36.5 hours"). */
export function HoursText({ value }: { value: number | null | undefined }) {
  const format = useFormat();
  if (value === null || value === undefined) return <NotAvailable />;
  return <>{format.unit(Math.round(value * 10) / 10, 'hour')}</>;
}
