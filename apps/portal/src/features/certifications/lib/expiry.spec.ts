import type { CertificationStatus } from '@icspa/domain';
import { daysUntil, expiryNote, recertificationNote } from './expiry';

// Local noon, so that the calendar-day arithmetic reads the same in any time zone the tests run in.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const now = at(2026, 3, 10);

describe('daysUntil', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(daysUntil(at(2026, 3, 10, 23).toISOString(), at(2026, 3, 10, 1))).toBe(0);
    expect(daysUntil(at(2026, 3, 11, 1).toISOString(), at(2026, 3, 10, 23))).toBe(1);
    expect(daysUntil(at(2026, 4, 9).toISOString(), now)).toBe(30);
    expect(daysUntil(at(2026, 3, 7).toISOString(), now)).toBe(-3);
  });

  it('is not a number for an unreadable date', () => {
    expect(daysUntil('soon', now)).toBeNaN();
  });
});

describe('expiryNote', () => {
  const cert = (status: CertificationStatus, validFrom: Date, expiresAt: Date) => ({
    status,
    validFrom: validFrom.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });

  it('counts down to the expiry of a valid certification', () => {
    expect(expiryNote(cert('active', at(2024, 3, 10), at(2026, 4, 9)), now)).toEqual({ kind: 'expires', days: 30 });
    expect(expiryNote(cert('active', at(2024, 3, 10), at(2026, 3, 10, 18)), now)).toEqual({ kind: 'expires', days: 0 });
  });

  it('counts the days since an expiry, even before the daily job marks it expired', () => {
    expect(expiryNote(cert('expired', at(2024, 3, 7), at(2026, 3, 7)), now)).toEqual({ kind: 'expired', days: -3 });
    expect(expiryNote(cert('active', at(2024, 3, 9), at(2026, 3, 9)), now)).toEqual({ kind: 'expired', days: -1 });
  });

  it('counts down to the start of a renewal that is not valid yet', () => {
    expect(expiryNote(cert('active', at(2026, 4, 9), at(2028, 4, 9)), now)).toEqual({ kind: 'starts', days: 30 });
  });

  it('says nothing of the dates of a revoked certification', () => {
    expect(expiryNote(cert('revoked', at(2024, 3, 10), at(2026, 4, 9)), now)).toBeNull();
  });
});

describe('recertificationNote', () => {
  const opens = at(2026, 5, 1).toISOString();

  it('offers recertification when the API allows it', () => {
    expect(recertificationNote({ status: 'active', canRecertify: true, recertificationOpensAt: opens }, now)).toEqual({
      kind: 'now',
    });
  });

  it('tells when the window opens for a valid certification', () => {
    expect(recertificationNote({ status: 'active', canRecertify: false, recertificationOpensAt: opens }, now)).toEqual({
      kind: 'opens',
      at: opens,
    });
  });

  it('says nothing once recertification is out of reach', () => {
    expect(
      recertificationNote({ status: 'expired', canRecertify: false, recertificationOpensAt: opens }, now),
    ).toBeNull();
    expect(
      recertificationNote({ status: 'revoked', canRecertify: false, recertificationOpensAt: opens }, now),
    ).toBeNull();
    // The window opened but the API says no (already renewed): no stale date.
    expect(
      recertificationNote(
        { status: 'active', canRecertify: false, recertificationOpensAt: at(2026, 3, 1).toISOString() },
        now,
      ),
    ).toBeNull();
  });
});
