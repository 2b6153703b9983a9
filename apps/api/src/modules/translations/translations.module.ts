import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TranslationsController } from './translations.controller';
import { TranslationsService } from './translations.service';

/** Content in the reader's language. Imported by the modules whose content it translates. */
@Module({
  imports: [AuditModule],
  controllers: [TranslationsController],
  providers: [TranslationsService],
  exports: [TranslationsService],
})
export class TranslationsModule {}
