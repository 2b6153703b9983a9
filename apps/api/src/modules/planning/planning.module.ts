import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { TrainerAssignmentModule } from '../trainer-assignment/trainer-assignment.module';
import { ApproveWorkplanUseCase } from './usecases/approve-workplan/approve-workplan.usecase';
import { WorkplansController } from './workplans.controller';
import { WorkplansService } from './workplans.service';

@Module({
  imports: [AuditModule, CohortsModule, TrainerAssignmentModule],
  controllers: [WorkplansController],
  providers: [WorkplansService, ApproveWorkplanUseCase],
})
export class PlanningModule {}
