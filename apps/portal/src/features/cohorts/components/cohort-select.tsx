import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { useFormat } from '@/hooks/use-format';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';

/** A picker of cohorts named by course, dates and language. */
export function CohortSelect({
  cohorts,
  value,
  onChange,
  label,
}: {
  cohorts: readonly Cohort[];
  value: string;
  onChange: (id: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SelectField
      label={label}
      emptyLabel={t('nominate.chooseCohort')}
      value={value}
      options={cohorts.map((c) => ({
        value: c.id,
        label: `${c.courseCode} — ${c.courseTitle} · ${format.dateRange(c.startsAt, c.endsAt)} · ${format.language(c.language)} · ${t(`deliveryMode.${c.deliveryMode}`)}`,
      }))}
      onChange={onChange}
    />
  );
}
