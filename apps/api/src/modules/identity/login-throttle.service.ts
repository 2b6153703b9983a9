import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { RedisClient } from '../../core/redis/redis.provider';

/**
 * Counts failed sign-ins per account and per address in Redis (shared by every API process), over a
 * fixed window that starts at the first failure.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, address: string) {
    return {
      account: this.redis.key('login-fail', 'account', email),
      address: this.redis.key('login-fail', 'address', address),
    };
  }

  /** Refuses with 429 when either counter has reached its limit. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const results = await this.redis.redis
      .multi()
      .get(keys.account)
      .get(keys.address)
      .pttl(keys.account)
      .pttl(keys.address)
      .exec();
    const [account, byAddress, ttlAccount, ttlAddress] = (results ?? []).map(([, value]) => Number(value ?? 0));
    const limited =
      account >= this.config.loginMaxFailuresPerAccount
        ? ttlAccount
        : byAddress >= this.config.loginMaxFailuresPerAddress
          ? ttlAddress
          : null;
    if (limited !== null) {
      const retryAfter = Math.max(1, Math.ceil(limited / 1000));
      const error = new HttpException(
        `email: too many failed sign-ins; try again in ${retryAfter} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
      (error as HttpException & { headers?: Record<string, string> }).headers = { 'Retry-After': String(retryAfter) };
      throw error;
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const window = this.config.loginWindowSeconds;
    await this.redis.redis
      .multi()
      .incr(keys.account)
      .expire(keys.account, window, 'NX')
      .incr(keys.address)
      .expire(keys.address, window, 'NX')
      .exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.redis.del(this.keys(email, '').account);
  }
}
