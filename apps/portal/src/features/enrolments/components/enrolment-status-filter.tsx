import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';

export function EnrolmentStatusFilter({
  value,
  onChange,
}: {
  value: EnrolmentStatus | undefined;
  onChange: (status: EnrolmentStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('enrolments.filterStatus')}
      emptyLabel={t('enrolments.allStatuses')}
      value={value ?? ''}
      options={ENROLMENT_STATUSES.map((status) => ({ value: status, label: t(`enrolmentStatus.${status}`) }))}
      onChange={(v) => onChange((v || undefined) as EnrolmentStatus | undefined)}
    />
  );
}
