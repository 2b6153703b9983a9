import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './core/auth/access.guard';
import type { AppConfig } from './core/config/app-config';
import { PathIdGuard } from './core/http/path-id.guard';
import { CoreModule } from './core/core.module';
import { dataSourceOptions } from './database/data-source-options';
import { AuditModule } from './modules/audit/audit.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CertificationsModule } from './modules/certifications/certifications.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { ReportingModule } from './modules/reporting/reporting.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { TrainerAssignmentModule } from './modules/trainer-assignment/trainer-assignment.module';
import { TranslationsModule } from './modules/translations/translations.module';
import { PlanningModule } from './modules/planning/planning.module';
import { TrainingRecordsModule } from './modules/training-records/training-records.module';
import { AdminHomeModule } from './modules/admin-home/admin-home.module';
import { DataRightsModule } from './modules/privacy/data-rights.module';
import { PrivacyModule } from './modules/privacy/privacy.module';

/** Feature modules: shared by the HTTP API and the worker. */
export const FEATURE_MODULES = [
  AuditModule,
  NotificationsModule,
  IdentityModule,
  OrganisationsModule,
  TranslationsModule,
  CatalogueModule,
  CohortsModule,
  TrainerAssignmentModule,
  CertificationsModule,
  CalendarModule,
  ReportingModule,
  PlanningModule,
  TrainingRecordsModule,
  AdminHomeModule,
  DataRightsModule,
  PrivacyModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, dataSourceOptions(config.databaseUrl)), ...FEATURE_MODULES, HealthModule],
      // Guards run in this order: who is calling, then whether the path's ids are well-formed.
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: PathIdGuard },
      ],
    };
  }
}
