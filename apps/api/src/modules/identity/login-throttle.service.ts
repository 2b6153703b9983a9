import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { createRateLimiter, isRateLimited } from '../../core/redis/rate-limiter';
import { RedisClient } from '../../core/redis/redis.provider';
import { coded } from '../../core/errors/coded';

/**
 * Counts sign-in failures per account and per address in Redis (shared by every API process), over a
 * fixed window that starts at the first failure. An attempt takes its point atomically before the
 * password is checked, so a concurrent burst cannot get more than the limit evaluated; a successful
 * sign-in gives its point back (and clears the account's count).
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;
  private readonly resetByAccount: RateLimiterRedis;
  private readonly resetByAddress: RateLimiterRedis;

  constructor(redis: RedisClient, @Inject(APP_CONFIG) config: AppConfig) {
    this.byAccount = createRateLimiter(redis, {
      keyPrefix: 'login-fail:account',
      points: config.loginMaxFailuresPerAccount,
      durationSec: config.loginWindowSeconds,
    });
    this.byAddress = createRateLimiter(redis, {
      keyPrefix: 'login-fail:address',
      points: config.loginMaxFailuresPerAddress,
      durationSec: config.loginWindowSeconds,
    });
    this.resetByAccount = createRateLimiter(redis, {
      keyPrefix: 'password-reset:account',
      points: config.passwordResetRequestsPerAccount,
      durationSec: config.passwordResetWindowSeconds,
    });
    this.resetByAddress = createRateLimiter(redis, {
      keyPrefix: 'password-reset:address',
      points: config.passwordResetRequestsPerAddress,
      durationSec: config.passwordResetWindowSeconds,
    });
  }

  /**
   * Counts a "forgot password" request against the e-mail asked about and the asking address (whether or not
   * an account has that e-mail, so the answer says nothing about it), or refuses with 429 when either is used up.
   */
  async reserveResetRequest(email: string, address: string): Promise<void> {
    const [account, byAddress] = await Promise.allSettled([
      this.resetByAccount.consume(email),
      this.resetByAddress.consume(address),
    ]);
    const failures = [account, byAddress].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length === 0) return;
    const unexpected = failures.find((f) => !isRateLimited(f.reason));
    if (unexpected) throw unexpected.reason;
    const waitMs = Math.max(...failures.map((f) => (f.reason as { msBeforeNext: number }).msBeforeNext));
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    const error = new HttpException(
      coded('auth.too_many_reset_requests', 'email', `too many requests; try again in ${retryAfter} s`, {
        seconds: retryAfter,
      }),
      HttpStatus.TOO_MANY_REQUESTS,
    );
    (error as HttpException & { headers?: Record<string, string> }).headers = { 'Retry-After': String(retryAfter) };
    throw error;
  }

  /**
   * Takes one attempt from the account's and the address's allowance, or refuses with 429 when either is
   * used up (a refused attempt does not count against the other). A signed-in user confirming their
   * password (`field` currentPassword) draws on the same allowance, so guesses cannot move there.
   */
  async reserveAttempt(email: string, address: string, field: 'email' | 'currentPassword' = 'email'): Promise<void> {
    const [account, byAddress] = await Promise.allSettled([
      this.byAccount.consume(email),
      this.byAddress.consume(address),
    ]);
    const failures = [account, byAddress].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length === 0) return;
    if (account.status === 'fulfilled') await this.byAccount.reward(email);
    if (byAddress.status === 'fulfilled') await this.byAddress.reward(address);
    const unexpected = failures.find((f) => !isRateLimited(f.reason));
    if (unexpected) throw unexpected.reason;
    const waitMs = Math.max(...failures.map((f) => (f.reason as { msBeforeNext: number }).msBeforeNext));
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    const error = new HttpException(
      field === 'email'
        ? coded('auth.too_many_sign_ins', 'email', `too many failed sign-ins; try again in ${retryAfter} s`, {
            seconds: retryAfter,
          })
        : coded('auth.too_many_wrong_passwords', field, `too many wrong passwords; try again in ${retryAfter} s`, {
            seconds: retryAfter,
          }),
      HttpStatus.TOO_MANY_REQUESTS,
    );
    (error as HttpException & { headers?: Record<string, string> }).headers = { 'Retry-After': String(retryAfter) };
    throw error;
  }

  /** The reserved attempt succeeded: it does not count, and the account's failures are forgotten. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.delete(email), this.byAddress.reward(address)]);
  }
}
