import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Where reporting reads go: a read replica when `DATABASE_READ_URL` names one, else the primary. Only reads
 * that may lag the primary by the replica's delay belong here (the uptake and cascade views read rollups the
 * worker rebuilds every few minutes anyway); a read that must see the caller's own write stays on the primary.
 * The replica is connected at start-up, so a wrong URL stops the process with its error instead of failing
 * the first report.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnModuleDestroy {
  private replica: DataSource | null = null;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.databaseReadUrl) return;
    this.replica = await new DataSource({
      type: 'postgres',
      url: this.config.databaseReadUrl,
      // Raw SQL only: no entities, never migrations or schema synchronisation from here.
      entities: [],
      synchronize: false,
      migrationsRun: false,
      logging: ['error'],
      extra: { max: 10, application_name: 'icspa-academy-read' },
    }).initialize();
  }

  /** True when reads go to a replica of their own. */
  get separate(): boolean {
    return this.replica !== null;
  }

  /** The manager for reporting reads (raw SQL through `core/database/sql.ts`). */
  get manager(): EntityManager {
    return (this.replica ?? this.primary).manager;
  }

  async onModuleDestroy(): Promise<void> {
    const replica = this.replica;
    this.replica = null;
    if (replica?.isInitialized) await replica.destroy();
  }
}
