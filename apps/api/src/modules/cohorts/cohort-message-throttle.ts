import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { coded } from '../../core/errors/coded';
import { createRateLimiter, isRateLimited } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';

/** Messages one person may send to participants in an hour (a cohort's week needs a handful). */
export const COHORT_MESSAGES_PER_HOUR = 20;

/**
 * Counts the messages each sender relays to participants, in Redis (every API process shares it), so that the
 * platform's mail cannot be turned into a way to flood a cohort's inboxes.
 */
@Injectable()
export class CohortMessageThrottle {
  private readonly bySender: RateLimiterRedis;

  constructor(redis: RedisClient) {
    this.bySender = createRateLimiter(redis, {
      keyPrefix: 'cohort-message:sender',
      points: COHORT_MESSAGES_PER_HOUR,
      durationSec: 3600,
    });
  }

  /** Takes one message from the sender's allowance, or refuses with 429 (and Retry-After) when it is used up. */
  async reserve(senderId: string): Promise<void> {
    try {
      await this.bySender.consume(senderId);
    } catch (reason) {
      if (!isRateLimited(reason)) throw reason;
      const retryAfter = Math.max(1, Math.ceil((reason as { msBeforeNext: number }).msBeforeNext / 1000));
      const error = new HttpException(
        coded('cohort.message_too_many', null, `too many messages; try again in ${retryAfter} s`, {
          seconds: retryAfter,
        }),
        HttpStatus.TOO_MANY_REQUESTS,
      );
      (error as HttpException & { headers?: Record<string, string> }).headers = { 'Retry-After': String(retryAfter) };
      throw error;
    }
  }
}
