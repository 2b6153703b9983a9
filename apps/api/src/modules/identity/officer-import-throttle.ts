import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { coded } from '../../core/errors/coded';
import { createRateLimiter, isRateLimited } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';

/** Files one person may send for preview or import in an hour (a unit's roll-out needs a handful). */
export const OFFICER_IMPORT_FILES_PER_HOUR = 60;

/**
 * Counts the files each person sends to preview or import, in Redis (every API process shares it): a preview
 * tells which e-mails already have an account elsewhere, so it must not become a way to test thousands of
 * addresses an hour.
 */
@Injectable()
export class OfficerImportThrottle {
  private readonly byUser: RateLimiterRedis;

  constructor(redis: RedisClient) {
    this.byUser = createRateLimiter(redis, {
      keyPrefix: 'officer-import:user',
      points: OFFICER_IMPORT_FILES_PER_HOUR,
      durationSec: 3600,
    });
  }

  /** Takes one file from the person's allowance, or refuses with 429 (field `file`) when it is used up. */
  async reserve(userId: string): Promise<void> {
    try {
      await this.byUser.consume(userId);
    } catch (reason) {
      if (!isRateLimited(reason)) throw reason;
      const retryAfter = Math.max(1, Math.ceil((reason as { msBeforeNext: number }).msBeforeNext / 1000));
      const error = new HttpException(
        coded('officer_import.too_many_files', 'file', `too many files; try again in ${retryAfter} s`, {
          seconds: retryAfter,
        }),
        HttpStatus.TOO_MANY_REQUESTS,
      );
      (error as HttpException & { headers?: Record<string, string> }).headers = { 'Retry-After': String(retryAfter) };
      throw error;
    }
  }
}
