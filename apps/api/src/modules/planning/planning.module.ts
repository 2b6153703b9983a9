import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { TrainerAssignmentModule } from '../trainer-assignment/trainer-assignment.module';
import { TranslationsModule } from '../translations/translations.module';
import { PlanningController } from './planning.controller';
import { PlanningService } from './planning.service';
import { ApproveWorkplanUseCase } from './usecases/approve-workplan/approve-workplan.usecase';
import { WorkplansController } from './workplans.controller';
import { WorkplansService } from './workplans.service';

@Module({
  imports: [AuditModule, TranslationsModule, CohortsModule, TrainerAssignmentModule],
  controllers: [PlanningController, WorkplansController],
  providers: [PlanningService, WorkplansService, ApproveWorkplanUseCase],
  exports: [PlanningService],
})
export class PlanningModule {}
