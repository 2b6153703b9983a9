import type { AssignmentStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import { assignmentStatusTone } from '@/features/trainer-assignment/lib/statuses';

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return <Tag tone={assignmentStatusTone(status)}>{t(`assignment.assignmentStatus.${status}`)}</Tag>;
}
