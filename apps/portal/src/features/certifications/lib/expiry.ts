import type { CertificationStatus } from '@icspa/domain';

const DAY_MS = 86_400_000;

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/**
 * Calendar days from `now` to an instant, in the reader's time zone: something ending tonight is
 * "today", tomorrow morning "tomorrow", whatever the hour now. Negative when it is past.
 */
export function daysUntil(iso: string, now: Date): number {
  const target = new Date(iso);
  if (Number.isNaN(target.getTime())) return Number.NaN;
  return Math.round((startOfDay(target).getTime() - startOfDay(now).getTime()) / DAY_MS);
}

export interface ExpiryNote {
  /** `starts`: a renewal not valid yet; `expires`: valid now; `expired`: past its expiry. */
  kind: 'starts' | 'expires' | 'expired';
  /** Days from today to that moment, for `Intl.RelativeTimeFormat` ("in 30 days", "3 days ago"). */
  days: number;
}

interface Dated {
  status: CertificationStatus;
  validFrom: string;
  expiresAt: string;
}

/** What to say about a certification's dates; nothing for a revoked one (its reason says it all). */
export function expiryNote(certification: Dated, now: Date): ExpiryNote | null {
  if (certification.status === 'revoked') return null;
  if (new Date(certification.validFrom).getTime() > now.getTime())
    return { kind: 'starts', days: daysUntil(certification.validFrom, now) };
  if (certification.status === 'expired' || new Date(certification.expiresAt).getTime() <= now.getTime()) {
    return { kind: 'expired', days: daysUntil(certification.expiresAt, now) };
  }
  return { kind: 'expires', days: daysUntil(certification.expiresAt, now) };
}

export type RecertificationNote = { kind: 'now' } | { kind: 'opens'; at: string } | null;

/** Whether the holder may recertify now (the API decides), or when the window opens; nothing once it cannot be. */
export function recertificationNote(
  certification: { status: CertificationStatus; canRecertify: boolean; recertificationOpensAt: string },
  now: Date,
): RecertificationNote {
  if (certification.canRecertify) return { kind: 'now' };
  if (certification.status !== 'active') return null;
  const opens = new Date(certification.recertificationOpensAt);
  return opens.getTime() > now.getTime() ? { kind: 'opens', at: certification.recertificationOpensAt } : null;
}
