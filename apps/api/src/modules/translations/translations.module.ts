import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TranslationsController } from './translations.controller';
import { TranslationsService } from './translations.service';
import { TranslationWorkflowController } from './translation-workflow.controller';
import { TranslationWorkflowService } from './translation-workflow.service';
import { ImportTranslationsUseCase } from './usecases/import-translations/import-translations.usecase';

/** Content in the reader's language. Imported by the modules whose content it translates. */
@Module({
  imports: [AuditModule],
  controllers: [TranslationsController, TranslationWorkflowController],
  providers: [TranslationsService, TranslationWorkflowService, ImportTranslationsUseCase],
  exports: [TranslationsService],
})
export class TranslationsModule {}
