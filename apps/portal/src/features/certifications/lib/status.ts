import type { CertificationStatus } from '@icspa/domain';
import type { TagTone } from '@/components/ui/tag';

const TONES: Record<CertificationStatus, TagTone> = { active: 'ok', expired: 'warn', revoked: 'error' };

/** The colour of a status; the word shown beside it carries the meaning. */
export function statusTone(status: CertificationStatus): TagTone {
  return TONES[status];
}
