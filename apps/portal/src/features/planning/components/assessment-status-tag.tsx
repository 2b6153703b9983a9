import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import type { NeedsAssessmentSummary } from '../api/get-needs-assessments';

const TONE = { draft: 'muted', submitted: 'info', approved: 'ok', returned: 'warn' } as const;

/** A needs assessment's status, in words. */
export function AssessmentStatusTag({ status }: { status: NeedsAssessmentSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag tone={TONE[status]}>{t(`planning.status.${status}`)}</Tag>;
}
