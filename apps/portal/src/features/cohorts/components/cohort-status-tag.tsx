import type { CohortStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Tag, type TagTone } from '@/components/ui/tag';

const TONES: Record<CohortStatus, TagTone> = {
  planned: 'muted',
  open: 'ok',
  running: 'info',
  completed: 'muted',
  cancelled: 'error',
};

export function CohortStatusTag({ status }: { status: CohortStatus }) {
  const { t } = useTranslation();
  return <Tag tone={TONES[status]}>{t(`cohortStatus.${status}`)}</Tag>;
}
