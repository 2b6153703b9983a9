import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CertificationsModule } from '../certifications/certifications.module';
import { AccountLinksService } from './account-links.service';
import { SESSION_LOOKUP } from '../../core/auth/session-lookup';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';
import { SessionCache } from './session-cache';
import { UsersController } from './users.controller';
import { CapabilityGrantsController } from './capability-grants.controller';
import { CapabilityGrantsService } from './capability-grants.service';
import { UsersService } from './users.service';
import { PurgeExpiredSessionsJob } from './jobs/purge-expired-sessions.job';
import { ApplyOfficerImportJob } from './jobs/apply-officer-import.job';
import { OfficerImportsController } from './officer-imports.controller';
import { OfficerImportService } from './officer-import.service';
import { OfficerImportThrottle } from './officer-import-throttle';
import { ApplyOfficerImportUseCase } from './usecases/apply-officer-import/apply-officer-import.usecase';
import { PreviewOfficerImportUseCase } from './usecases/preview-officer-import/preview-officer-import.usecase';
import { IssueImportInvitationsUseCase } from './usecases/issue-import-invitations/issue-import-invitations.usecase';
import { StartOfficerImportUseCase } from './usecases/start-officer-import/start-officer-import.usecase';

@Module({
  imports: [AuditModule, NotificationsModule, CertificationsModule],
  controllers: [AuthController, UsersController, CapabilityGrantsController, OfficerImportsController],
  providers: [
    AuthService,
    AccountLinksService,
    SessionService,
    SessionCache,
    LoginThrottleService,
    UsersService,
    CapabilityGrantsService,
    PurgeExpiredSessionsJob,
    OfficerImportService,
    OfficerImportThrottle,
    PreviewOfficerImportUseCase,
    StartOfficerImportUseCase,
    ApplyOfficerImportUseCase,
    IssueImportInvitationsUseCase,
    ApplyOfficerImportJob,
    // Core's access guard and queue board find the caller through this, not through SessionService.
    { provide: SESSION_LOOKUP, useExisting: SessionService },
  ],
  exports: [SessionService, SESSION_LOOKUP, CapabilityGrantsService, AccountLinksService],
})
export class IdentityModule {}
