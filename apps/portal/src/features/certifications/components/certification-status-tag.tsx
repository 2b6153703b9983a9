import type { CertificationStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import { statusTone } from '@/features/certifications/lib/status';

export function CertificationStatusTag({ status }: { status: CertificationStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTone(status)}>{t(`certification.status.${status}`)}</Tag>;
}
