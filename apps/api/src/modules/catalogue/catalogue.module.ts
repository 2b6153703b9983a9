import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TranslationsModule } from '../translations/translations.module';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';

@Module({
  imports: [AuditModule, TranslationsModule],
  controllers: [CatalogueController],
  providers: [CatalogueService],
  exports: [CatalogueService],
})
export class CatalogueModule {}
