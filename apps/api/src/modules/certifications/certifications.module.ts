import { Module } from '@nestjs/common';
import { CertificateIssuer } from './certificate-issuer';
import { CertificationsController } from './certifications.controller';
import { CertificationsService } from './certifications.service';
import { CredentialSigner } from './credential-signer';
import { CertificationLifecycleJob } from './jobs/certification-lifecycle.job';
import { IssueCertificationsJob } from './jobs/issue-certifications.job';
import { IssueCertificationsUseCase } from './usecases/issue-certifications.usecase';

@Module({
  controllers: [CertificationsController],
  providers: [
    CertificationsService,
    CredentialSigner,
    CertificateIssuer,
    IssueCertificationsUseCase,
    IssueCertificationsJob,
    CertificationLifecycleJob,
  ],
  exports: [IssueCertificationsUseCase, CertificationsService],
})
export class CertificationsModule {}
