import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentsService } from './assignments.service';
import { ExpireProposalJob } from './jobs/expire-proposal.job';
import { MatchTrainingRequestJob } from './jobs/match-training-request.job';
import { ReconcileTrainingRequestsJob } from './jobs/reconcile-training-requests.job';
import { TrainerAssignmentController } from './trainer-assignment.controller';
import { TrainerBookingsModule } from './trainer-bookings.module';
import { TrainersService } from './trainers.service';
import { LocalTrainersController } from './local-trainers.controller';
import { LocalTrainersService } from './local-trainers.service';
import { TrainingRequestsService } from './training-requests.service';
import { AcceptAssignmentUseCase } from './usecases/accept-assignment/accept-assignment.usecase';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';
import { ProposeTrainerUseCase } from './usecases/propose-trainer/propose-trainer.usecase';

@Module({
  imports: [AuditModule, NotificationsModule, CohortsModule, TrainerBookingsModule, IdentityModule],
  controllers: [TrainerAssignmentController, LocalTrainersController],
  providers: [
    TrainersService,
    LocalTrainersService,
    TrainingRequestsService,
    AssignmentsService,
    ProposeTrainerUseCase,
    MatchTrainingRequestUseCase,
    AcceptAssignmentUseCase,
    MatchTrainingRequestJob,
    ExpireProposalJob,
    ReconcileTrainingRequestsJob,
  ],
  exports: [MatchTrainingRequestUseCase, AssignmentsService, TrainingRequestsService],
})
export class TrainerAssignmentModule {}
