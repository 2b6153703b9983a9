import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TranslationsModule } from '../translations/translations.module';
import { CertificateIssuer } from './certificate-issuer';
import { CertificatePdf } from './certificate-pdf';
import { CompactCredentials } from './compact-credential';
import { CertificationsController } from './certifications.controller';
import { CertificationsService } from './certifications.service';
import { CredentialSigner } from './credential-signer';
import { CertificationLifecycleJob } from './jobs/certification-lifecycle.job';
import { IssueCertificationsJob } from './jobs/issue-certifications.job';
import { ProgrammesService } from './programmes.service';
import { IssueCertificationsUseCase } from './usecases/issue-certifications/issue-certifications.usecase';
import { RecertifyUseCase } from './usecases/recertify/recertify.usecase';
import { VerificationService } from './verification.service';
import { StatusListsService } from './status-lists.service';
import { WellKnownController } from './well-known.controller';
import { WalletController } from './wallet.controller';
import { WalletService } from './wallet.service';

@Module({
  imports: [AuditModule, NotificationsModule, TranslationsModule, PrivacyModule],
  controllers: [CertificationsController, WalletController, WellKnownController],
  providers: [
    ProgrammesService,
    CertificationsService,
    VerificationService,
    CertificatePdf,
    CompactCredentials,
    CredentialSigner,
    CertificateIssuer,
    StatusListsService,
    WalletService,
    IssueCertificationsUseCase,
    RecertifyUseCase,
    IssueCertificationsJob,
    CertificationLifecycleJob,
  ],
  exports: [IssueCertificationsUseCase, CertificationsService, CertificateIssuer],
})
export class CertificationsModule {}
