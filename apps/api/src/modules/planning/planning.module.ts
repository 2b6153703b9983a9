import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TranslationsModule } from '../translations/translations.module';
import { PlanningController } from './planning.controller';
import { PlanningService } from './planning.service';

@Module({
  imports: [AuditModule, TranslationsModule],
  controllers: [PlanningController],
  providers: [PlanningService],
  exports: [PlanningService],
})
export class PlanningModule {}
