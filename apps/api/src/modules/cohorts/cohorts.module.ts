import { Module } from '@nestjs/common';
import { AttemptsService } from './attempts.service';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';
import { EnrolOfficerUseCase } from './usecases/enrol-officer.usecase';

@Module({
  controllers: [CohortsController],
  providers: [CohortsService, EnrolmentsService, AttemptsService, EnrolOfficerUseCase],
  exports: [CohortsService, EnrolmentsService],
})
export class CohortsModule {}
