import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TrainerBookingsModule } from '../trainer-assignment/trainer-bookings.module';
import { TranslationsModule } from '../translations/translations.module';
import { AttemptsService } from './attempts.service';
import { CohortMessageThrottle } from './cohort-message-throttle';
import { CohortPrivacyController } from './cohort-privacy.controller';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';
import { NamedRostersService } from './named-rosters.service';
import { TrainingSessionsController } from './training-sessions.controller';
import { TrainingSessionsService } from './training-sessions.service';
import { EnrolOfficerUseCase } from './usecases/enrol-officer/enrol-officer.usecase';
import { MessageParticipantsUseCase } from './usecases/message-participants/message-participants.usecase';
import { SwitchRunUseCase } from './usecases/switch-run/switch-run.usecase';

@Module({
  imports: [AuditModule, NotificationsModule, TrainerBookingsModule, TranslationsModule, PrivacyModule],
  controllers: [CohortsController, CohortPrivacyController, TrainingSessionsController],
  providers: [
    CohortsService,
    TrainingSessionsService,
    EnrolmentsService,
    AttemptsService,
    EnrolOfficerUseCase,
    SwitchRunUseCase,
    NamedRostersService,
    MessageParticipantsUseCase,
    CohortMessageThrottle,
  ],
  exports: [CohortsService, EnrolmentsService],
})
export class CohortsModule {}
