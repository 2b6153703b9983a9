import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../core/clock/clock';
import { AuditService } from '../../../audit/audit.service';
import { CohortsService } from '../../../cohorts/cohorts.service';
import { NotificationsService } from '../../../notifications/notifications.service';
import { assertAnswerable, lockAssignmentOrFail } from '../../assignment-lock';
import { closeAssignment, lockPartnerAssignment } from '../../assignments.queries';
import { TrainerAssignmentPolicy } from '../../trainer-assignment.policy';
import { moveAssignmentBookingToCoDelivery, moveAssignmentBookingToCohort } from '../../trainer-bookings.queries';
import { TrainerBookingsService } from '../../trainer-bookings.service';
import { findActiveCoordinatorIds, lockRequestToAccept, markRequestAssigned } from '../../training-requests.queries';
import { AcceptAssignmentCommand } from './accept-assignment.command';
import { runInTransaction } from '../../../../core/database/transaction';

/**
 * The trainer accepts a proposal: the cohorts module schedules an open cohort for the unit with them,
 * and the proposal's booking moves to that cohort; the unit's coordinators and whoever raised the
 * request are told. A co-delivery pair schedules the cohort when the second of the two accepts (the
 * expert as its trainer, the local trainer as its co-trainer); the first keeps their booking meanwhile.
 */
@Injectable()
export class AcceptAssignmentUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cohorts: CohortsService,
    private readonly bookings: TrainerBookingsService,
  ) {}

  async execute({ user, assignmentId }: AcceptAssignmentCommand): Promise<void> {
    await runInTransaction(this.db, async (manager) => {
      const assignment = await lockAssignmentOrFail(manager, assignmentId);
      TrainerAssignmentPolicy.assertIsAssignee(user, { trainerId: assignment.trainer_id });
      assertAnswerable(assignment, this.clock.now());
      const partner = await lockPartnerAssignment(manager, assignment);
      if (partner && partner.status !== 'accepted') {
        if (partner.status !== 'proposed') assertAnswerable(partner, this.clock.now()); // the pair is broken: 409
        // Co-delivery: the first of the pair to accept keeps their booking and waits for the other.
        await closeAssignment(manager, assignmentId, 'accepted');
        await this.notifications.markObjectRead(manager, assignment.trainer_id, 'assignment', assignmentId);
        await this.audit.record(manager, user, {
          action: 'assignment.accept',
          entityType: 'assignment',
          entityId: assignmentId,
          details: { awaitingPartner: partner.id },
        });
        return;
      }
      // Co-delivery: the expert (seat 1) is the cohort's trainer, the local trainer (seat 2) its co-trainer.
      const [lead, co] = partner
        ? assignment.seat === 1
          ? [assignment, partner]
          : [partner, assignment]
        : [assignment, null];
      const request = await lockRequestToAccept(manager, assignment.training_request_id);
      const cohortId = await this.cohorts.scheduleForRequest(manager, {
        courseId: request.course_id,
        startsAt: request.starts_at,
        endsAt: request.ends_at,
        deliveryMode: request.delivery_mode,
        language: request.language,
        countryCode: request.country_code,
        city: request.city,
        capacity: request.seats,
        trainerId: lead.trainer_id,
        coTrainerId: co?.trainer_id ?? null,
        policeUnitId: request.police_unit_id,
      });
      await closeAssignment(manager, assignmentId, 'accepted');
      // Answered: the proposal's notification has done its work.
      await this.notifications.markObjectRead(manager, assignment.trainer_id, 'assignment', assignmentId);
      // One commitment: the proposal's booking becomes the cohort's (never a second, colliding row); a
      // co-delivery pair's local trainer's booking becomes the cohort's `co_delivery` booking.
      const movedLead = await moveAssignmentBookingToCohort(manager, lead.id, cohortId);
      const movedCo = !co || (await moveAssignmentBookingToCoDelivery(manager, co.id, cohortId));
      if (!movedLead || !movedCo) await this.bookings.syncCohort(manager, cohortId, 'id');
      await markRequestAssigned(manager, request.id, cohortId, this.clock.now());
      const coordinators = await findActiveCoordinatorIds(manager, request.police_unit_id);
      const recipients = [...new Set([...coordinators, ...(request.requested_by_id ? [request.requested_by_id] : [])])];
      await this.notifications.notify(manager, recipients, 'training_request.assigned', {
        courseTitle: request.title,
        trainingRequestId: request.id,
        cohortId,
      });
      await this.audit.record(manager, user, {
        action: 'assignment.accept',
        entityType: 'assignment',
        entityId: assignmentId,
        details: { cohortId },
      });
    });
  }
}
