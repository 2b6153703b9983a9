import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Clock } from './clock/clock';
import { ReadDatabase } from './database/read-database';
import { usePreparedStatements } from './database/sql';
import { QueueService } from './queue/queue.service';
import { OutboxService } from './outbox/outbox.service';
import { RelayOutboxJob } from './outbox/relay-outbox.job';
import { RedisClient } from './redis/redis.provider';

/** Configuration, PostgreSQL, Redis, the queue producer and the clock: shared by the API and the worker. */
@Global()
@Module({})
export class CoreModule {
  /** `database`: how to reach PostgreSQL, entities included — given by the caller, as core knows no feature module. */
  static forRoot(config: AppConfig, database: DataSourceOptions): DynamicModule {
    // A setting of the statement helpers (core/database/sql.ts), which take a manager, not the configuration.
    usePreparedStatements(config.databasePreparedStatements);
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({
          ...database,
          // Each copy's share of the host's connections (DATABASE_POOL_SIZE, sized from the process counts).
          extra: { ...(database as { extra?: object }).extra, max: config.databasePoolSize },
          logging: ['error'],
        } as DataSourceOptions),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Clock,
        ReadDatabase,
        RedisClient,
        QueueService,
        OutboxService,
        RelayOutboxJob,
      ],
      exports: [APP_CONFIG, Clock, ReadDatabase, RedisClient, QueueService, OutboxService],
    };
  }
}
