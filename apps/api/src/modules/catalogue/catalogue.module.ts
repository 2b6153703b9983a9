import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AuditModule } from '../audit/audit.module';
import { TranslationsModule } from '../translations/translations.module';
import { CATALOGUE_CACHE_CHARS, CatalogueCache } from './catalogue-cache';
import { CatalogueController } from './catalogue.controller';
import { catalogueVersion } from './catalogue.queries';
import { CatalogueService } from './catalogue.service';

@Module({
  imports: [AuditModule, TranslationsModule],
  controllers: [CatalogueController],
  providers: [
    CatalogueService,
    {
      // Built here, not injected field by field: a unit test builds it with a version of its own and tiny limits.
      provide: CatalogueCache,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (db: DataSource, config: AppConfig) =>
        new CatalogueCache(() => catalogueVersion(db.manager), {
          entries: config.catalogueCacheEntries,
          chars: CATALOGUE_CACHE_CHARS,
        }),
    },
  ],
  exports: [CatalogueService],
})
export class CatalogueModule {}
