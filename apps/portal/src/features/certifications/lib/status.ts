import type { Schemas } from '@icspa/api-client';
import type { TagTone } from '@/components/ui/tag';

export type CertificationStatus = Schemas['CertificationResponseDto']['status'];

/** The statuses of a certification, in the order filters list them. */
export const CERTIFICATION_STATUSES = [
  'active',
  'expired',
  'revoked',
] as const satisfies readonly CertificationStatus[];

const TONES: Record<CertificationStatus, TagTone> = { active: 'ok', expired: 'warn', revoked: 'error' };

/** The colour of a status; the word shown beside it carries the meaning. */
export function statusTone(status: CertificationStatus): TagTone {
  return TONES[status];
}
