import { HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { createRateLimiter, tryConsume } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';
import { presentCertification } from './certification.presenter';
import { findCertificationByPublicCode } from './certifications.queries';
import { VerificationResponseDto } from './dtos/certification.dto';
import { coded } from '../../core/errors/coded';

/** Anything else cannot be a public code: no need to ask the database. */
const PUBLIC_CODE = /^[A-Za-z0-9_-]{22,32}$/;

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
  async verify(code: string, address: string): Promise<VerificationResponseDto> {
    if (!(await tryConsume(this.limiter, address)))
      throw new HttpException(
        coded('verification.too_many_lookups', 'code', 'too many look-ups; try again in a minute'),
        HttpStatus.TOO_MANY_REQUESTS,
      );
    const row = PUBLIC_CODE.test(code) ? await findCertificationByPublicCode(this.db.manager, code) : null;
    if (!row) throw new NotFoundException(coded('verification.not_found', 'code', 'no certification has this code'));
    const c = presentCertification(row, this.clock.now(), this.config.publicUrl);
    return {
      holderName: c.holderName,
      programmeName: c.programmeName,
      issuedAt: c.issuedAt,
      validFrom: c.validFrom,
      expiresAt: c.expiresAt,
      status: c.status,
    };
  }
}
