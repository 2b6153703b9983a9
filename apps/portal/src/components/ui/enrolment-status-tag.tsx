import type { EnrolmentStatus } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { Tag, type TagTone } from './tag';

const TONES: Record<EnrolmentStatus, TagTone> = {
  pending_approval: 'warn',
  enrolled: 'info',
  waitlisted: 'warn',
  withdrawn: 'muted',
  completed: 'ok',
  failed: 'error',
};

/** An enrolment's status, with the place on the waitlist when there is one. */
export function EnrolmentStatusTag({
  status,
  waitlistPosition,
}: {
  status: EnrolmentStatus;
  waitlistPosition?: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Tag tone={TONES[status]}>
      {status === 'waitlisted' && waitlistPosition
        ? t('enrolmentStatus.waitlistedAt', { position: format.number(waitlistPosition) })
        : t(`enrolmentStatus.${status}`)}
    </Tag>
  );
}
