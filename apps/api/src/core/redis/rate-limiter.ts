import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisClient } from './redis.provider';

export interface RateLimit {
  /** Names the counter inside the deployment's Redis prefix, e.g. `verify`. */
  keyPrefix: string;
  /** Hits allowed per key and window. */
  points: number;
  durationSec: number;
}

/**
 * A per-key limit counted by Redis in one Lua script (increment and expiry together), so a concurrent
 * burst cannot get more than `points` hits through. Uses the process's ioredis connection.
 */
export function createRateLimiter(redis: RedisClient, { keyPrefix, points, durationSec }: RateLimit): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis.redis,
    keyPrefix: redis.key(keyPrefix),
    points,
    duration: durationSec,
  });
}

/** Whether a rejected `consume` means "over the limit" (rather than a Redis failure). */
export function isRateLimited(reason: unknown): reason is RateLimiterRes {
  return reason instanceof RateLimiterRes;
}

/**
 * Counts one hit for the key: true when it is within the limit, false when over it. A Redis failure is
 * thrown, not taken as "allowed", so an outage cannot switch the limit off.
 */
export async function tryConsume(limiter: RateLimiterRedis, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (isRateLimited(error)) return false;
    throw error;
  }
}
