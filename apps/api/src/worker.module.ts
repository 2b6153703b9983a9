import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { dataSourceOptions } from './database/data-source-options';
import { WorkerHost } from './core/queue/worker-host';
import { FEATURE_MODULES } from './app.module';

/** The worker process: the same feature modules as the API, with the BullMQ workers and no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, dataSourceOptions(config.databaseUrl)), DiscoveryModule, ...FEATURE_MODULES],
      providers: [WorkerHost],
    };
  }
}
