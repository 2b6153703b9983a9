import type { TrainingRequestStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import { requestStatusTone } from '@/features/trainer-assignment/lib/statuses';

export function RequestStatusTag({ status }: { status: TrainingRequestStatus }) {
  const { t } = useTranslation();
  return <Tag tone={requestStatusTone(status)}>{t(`assignment.requestStatus.${status}`)}</Tag>;
}
