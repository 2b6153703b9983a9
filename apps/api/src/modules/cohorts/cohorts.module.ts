import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TrainerBookingsModule } from '../trainer-assignment/trainer-bookings.module';
import { AttemptsService } from './attempts.service';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';
import { EnrolOfficerUseCase } from './usecases/enrol-officer/enrol-officer.usecase';

@Module({
  imports: [AuditModule, NotificationsModule, TrainerBookingsModule],
  controllers: [CohortsController],
  providers: [CohortsService, EnrolmentsService, AttemptsService, EnrolOfficerUseCase],
  exports: [CohortsService, EnrolmentsService],
})
export class CohortsModule {}
