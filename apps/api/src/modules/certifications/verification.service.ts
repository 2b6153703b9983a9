import { BadRequestException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { createRateLimiter, tryConsume } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';
import { presentCertification } from './certification.presenter';
import { findCertificationByPublicCode } from './certifications.queries';
import { ValidOnDto, VerificationResponseDto } from './dtos/certification.dto';
import { canonicalVerificationCode, nameInitials } from '@icspa/domain';
import { coded } from '../../core/errors/coded';

/** Codes printed before the grouped form (matched exactly); anything else cannot be a code: no need to ask the database. */
const OLD_PUBLIC_CODE = /^[A-Za-z0-9_-]{22,32}$/;
const DAY_MS = 86_400_000;

/** A real day of the calendar (2027-02-31 is not). */
function isCalendarDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** Whether the certification was valid all through the day (UTC); anything that ended or was revoked that day was not. */
export function validOn(c: { valid_from: Date; expires_at: Date; revoked_at: Date | null }, day: string): ValidOnDto {
  const start = Date.parse(`${day}T00:00:00Z`);
  const end = start + DAY_MS;
  const status =
    c.revoked_at && c.revoked_at.getTime() < end
      ? 'revoked'
      : c.valid_from.getTime() > start
        ? 'not_yet_valid'
        : c.expires_at.getTime() < end
          ? 'expired'
          : 'valid';
  return { date: day, status, valid: status === 'valid' };
}

/** The hashed `name` IdentityObjects of a stored credential (none when it has no signed credential). */
export function nameIdentifiersOf(jwt: string): Array<{ identityHash: string; salt: string }> {
  const part = jwt.split('.')[1];
  if (!part) return [];
  try {
    const payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as {
      credentialSubject?: { identifier?: unknown };
    };
    const identifiers = payload.credentialSubject?.identifier;
    if (!Array.isArray(identifiers)) return [];
    return identifiers
      .filter(
        (i): i is { identityHash: string; salt: string } =>
          !!i &&
          typeof i === 'object' &&
          (i as Record<string, unknown>).identityType === 'name' &&
          typeof (i as Record<string, unknown>).identityHash === 'string' &&
          typeof (i as Record<string, unknown>).salt === 'string',
      )
      .map((i) => ({ identityHash: i.identityHash, salt: i.salt }));
  } catch {
    return [];
  }
}

/** Public verification by code, for anyone holding the code (an employer, a court). */
@Injectable()
export class VerificationService {
  /** Look-ups per address and minute, so codes cannot be guessed by brute force. */
  private readonly limiter: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    redis: RedisClient,
  ) {
    this.limiter = createRateLimiter(redis, {
      keyPrefix: 'verify',
      points: config.verifyRatePerMinute,
      durationSec: 60,
    });
  }

  /** What anyone with the code may know: name, programme, dates, status. Rate-limited per address. */
  async verify(code: string, address: string, on?: string): Promise<VerificationResponseDto> {
    if (on !== undefined && !isCalendarDay(on))
      throw new BadRequestException(coded('validation.format.date', 'on', 'must be a date such as 2027-03-10'));
    if (!(await tryConsume(this.limiter, address)))
      throw new HttpException(
        coded('verification.too_many_lookups', 'code', 'too many look-ups; try again in a minute'),
        HttpStatus.TOO_MANY_REQUESTS,
      );
    // Typed from paper: either case, spaces, dashes and look-alikes (O/0, I/L/1, U/V) all read the same.
    const canonical = canonicalVerificationCode(code);
    const trimmed = code.trim();
    const row =
      (canonical ? await findCertificationByPublicCode(this.db.manager, canonical) : null) ??
      (OLD_PUBLIC_CODE.test(trimmed) ? await findCertificationByPublicCode(this.db.manager, trimmed) : null);
    if (!row) throw new NotFoundException(coded('verification.not_found', 'code', 'no certification has this code'));
    const c = presentCertification(row, this.clock.now(), this.config.publicUrl);
    return {
      // A protected officer's name never leaves their unit: the public page shows initials, and the name on an
      // ID is checked against the credential's salted identifier instead.
      holderName: row.holder_protected ? nameInitials(c.holderName) : c.holderName,
      holderInitialsOnly: row.holder_protected,
      // Only where the name is withheld: anyone else's is on the page already, its hash would add nothing.
      ...(row.holder_protected ? { nameIdentifiers: nameIdentifiersOf(row.credential) } : {}),
      programmeName: c.programmeName,
      issuedAt: c.issuedAt,
      validFrom: c.validFrom,
      expiresAt: c.expiresAt,
      status: c.status,
      ...(c.status === 'revoked' ? { revokedAt: c.revokedAt!, revocationCategory: c.revocationCategory! } : {}),
      ...(on ? { validOn: validOn(row, on) } : {}),
    };
  }
}
