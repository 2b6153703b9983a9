import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisClient } from '../../core/redis/redis.provider';
import { HealthResponseDto, ServiceHealthDto } from './dtos/health.dto';

const TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<ServiceHealthDto> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: RedisClient,
  ) {}

  async check(): Promise<HealthResponseDto> {
    const [database, redis] = await Promise.all([probe(() => this.db.query('SELECT 1')), probe(() => this.redis.redis.ping())]);
    return { status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'error', details: { database, redis } };
  }
}
