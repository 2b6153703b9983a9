import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Where reporting reads go: a read replica when `DATABASE_READ_URL` names one, else the primary. Only reads
 * that may lag the primary by the replica's delay belong here (the uptake views read rollups the worker
 * rebuilds every few minutes anyway); a read that must see the caller's own write stays on the primary.
 * The replica's pool is opened on first use, so a process that never reports never connects to it.
 */
@Injectable()
export class ReadDatabase implements OnModuleDestroy {
  private readonly log = new Logger(ReadDatabase.name);
  private replica: Promise<DataSource> | null = null;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True when reads go to a replica of their own. */
  get separate(): boolean {
    return this.config.databaseReadUrl !== '';
  }

  /** The data source for reporting reads. */
  source(): Promise<DataSource> {
    if (!this.separate) return Promise.resolve(this.primary);
    this.replica ??= new DataSource({
      type: 'postgres',
      url: this.config.databaseReadUrl,
      // Raw SQL only: no entities, never migrations or schema synchronisation from here.
      entities: [],
      synchronize: false,
      migrationsRun: false,
      logging: ['error'],
      extra: { max: 10, application_name: 'icspa-academy-read' },
    })
      .initialize()
      .catch((error: unknown) => {
        // Try again on the next read rather than keep a failed pool for good.
        this.replica = null;
        this.log.error({ msg: 'the read replica (DATABASE_READ_URL) did not answer', err: (error as Error).message });
        throw error;
      });
    return this.replica;
  }

  async onModuleDestroy(): Promise<void> {
    const replica = this.replica;
    this.replica = null;
    if (replica) await (await replica.catch(() => null))?.destroy();
  }
}
