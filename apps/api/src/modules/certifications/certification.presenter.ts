import { groupedVerificationCode } from '@icspa/domain';
import { CertificationResponseDto } from './dtos/certification.dto';
import type { CertificationListRow, CertificationRow } from './certifications.queries';

const DAY_MS = 86400_000;

/** The response for a certification row; `now` decides whether recertification is open. */
export function presentCertification(r: CertificationListRow, now: Date, publicUrl: string): CertificationResponseDto {
  const opens = recertificationOpensAt(r);
  return {
    id: r.id,
    programmeId: r.programme_id,
    programmeName: r.programme_name,
    holderId: r.holder_id,
    holderName: r.holder_name,
    issuedAt: r.issued_at.toISOString(),
    validFrom: r.valid_from.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    status: r.status,
    revokedReason: r.revoked_reason,
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    revocationCategory: r.revoked_at ? (r.revocation_category ?? 'other') : null,
    publicCode: groupedVerificationCode(r.public_code),
    verificationUrl: `${publicUrl}/verify/${groupedVerificationCode(r.public_code)}`,
    previousId: r.previous_id,
    canRecertify: r.status === 'active' && now >= opens && now < r.expires_at,
    recertificationOpensAt: opens.toISOString(),
  };
}

/** The recertification window opens this long before expiry. */
export function recertificationOpensAt(r: Pick<CertificationRow, 'expires_at' | 'recertification_window_days'>): Date {
  return new Date(r.expires_at.getTime() - r.recertification_window_days * DAY_MS);
}
