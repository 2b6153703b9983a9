import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';
import type { AssignmentResponseDto } from './dtos/training-request.dto';
import { coded } from '../../core/errors/coded';

/**
 * Who sees and does what in trainer assignment: admins everything; member admins their firm's
 * trainers and assignments; trainers themselves; coordinators their unit's requests. Others' records
 * answer 404. The scopes are SQL conditions so that a list and a single read of the same thing run
 * the same query and cannot disagree.
 */
export const TrainerAssignmentPolicy = {
  /**
   * Trainers the user may see, and edit (their profile and unavailability), as conditions on
   * `app_user t`: the trainer themselves, their firm's member admin, admins.
   */
  trainerScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      // A local trainer (an officer) keeps their own trainer profile; anyone else's answers 404.
      case 'trainer':
      case 'officer':
      case 'coordinator':
        return where.add('t.id = ?', user.id);
      case 'member_admin':
        return where.add('t.member_firm_id = ?', user.memberFirmId);
      default:
        return where.raw('false');
    }
  },

  /**
   * Only admins and member admins set the courses a trainer is qualified for, not the trainer. A local
   * trainer's courses come from their train-the-trainer programme and their country from their unit, so
   * they change neither.
   */
  assertCanSetQualifications(user: AuthUser, courseIds: string[] | undefined, countryCodes?: string[]): void {
    if (courseIds && user.role !== 'admin' && user.role !== 'member_admin')
      throw new BadRequestException(
        coded(
          'trainer.qualifications_by_admin',
          'courseIds',
          'qualifications are set by your member admin or an admin',
        ),
      );
    if (countryCodes && (user.role === 'officer' || user.role === 'coordinator'))
      throw new BadRequestException(
        coded('local_trainer.country_fixed', 'countryCodes', 'a local trainer delivers in their own country'),
      );
  },

  /** Assignments the user may see, as conditions on `assignment a JOIN app_user t ON t.id = a.trainer_id`. */
  assignmentScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      // Local trainers: the proposals and assignments made to them.
      case 'trainer':
      case 'officer':
      case 'coordinator':
        return where.add('a.trainer_id = ?', user.id);
      case 'member_admin':
        return where.add('t.member_firm_id = ?', user.memberFirmId);
      default:
        return where.raw('false');
    }
  },

  /** Answering a proposal or withdrawing: only the trainer it was made to. */
  assertIsAssignee(user: AuthUser, assignment: { trainerId: string }): void {
    if (user.id !== assignment.trainerId)
      throw new NotFoundException(coded('assignment.not_found', 'id', 'no such assignment'));
  },

  /**
   * Training requests the user may read one by one, as conditions on `training_request r`: admins all;
   * coordinators their unit's; trainers and member admins those where they (or their firm's trainers)
   * have an assignment, in any status, so a proposal's request can be opened from the proposal.
   */
  trainingRequestScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.raw(
          `(r.police_unit_id = ${where.param(user.policeUnitId)} OR EXISTS (SELECT 1 FROM assignment sa WHERE sa.training_request_id = r.id AND sa.trainer_id = ${where.param(user.id)}))`,
        );
      case 'trainer':
      case 'officer':
        return where.add(
          'EXISTS (SELECT 1 FROM assignment sa WHERE sa.training_request_id = r.id AND sa.trainer_id = ?)',
          user.id,
        );
      case 'member_admin':
        return where.add(
          `EXISTS (SELECT 1 FROM assignment sa JOIN app_user st ON st.id = sa.trainer_id
                    WHERE sa.training_request_id = r.id AND st.member_firm_id = ?)`,
          user.memberFirmId,
        );
      default:
        return where.raw('false');
    }
  },

  /**
   * Training requests the user manages, as conditions on `training_request r`: what the list shows
   * and who may cancel. Narrower than trainingRequestScope on purpose: a trainer or member admin
   * reaches a request only through one of their assignments, never by browsing or cancelling the
   * units' requests (the list route refuses them too).
   */
  managedTrainingRequestScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.add('r.police_unit_id = ?', user.policeUnitId);
      default:
        return where.raw('false');
    }
  },

  /**
   * The unit a request is raised for: the one an admin names; a coordinator's own (naming another
   * unit is refused with 403).
   */
  unitToRaiseFor(user: AuthUser, requested: string | undefined): string {
    const policeUnitId = user.role === 'admin' ? requested : user.policeUnitId;
    if (!policeUnitId) throw new BadRequestException(coded('validation.required', 'policeUnitId', 'is required'));
    if (user.role !== 'admin' && requested && requested !== policeUnitId)
      throw new ForbiddenException(
        coded('training_request.own_unit_only', 'policeUnitId', 'coordinators raise requests for their own unit only'),
      );
    return policeUnitId;
  },

  /**
   * Which of a request's assignments its view shows: admins the whole history; a coordinator the
   * live or accepted trainer only; trainers and member admins their own.
   */
  canSeeAssignmentOfRequest(
    user: AuthUser,
    assignment: Pick<AssignmentResponseDto, 'status' | 'trainerId' | 'memberFirmId'>,
  ): boolean {
    switch (user.role) {
      case 'admin':
        return true;
      case 'coordinator':
        return ['proposed', 'accepted', 'completed'].includes(assignment.status);
      default:
        return (
          assignment.trainerId === user.id ||
          (user.role === 'member_admin' && assignment.memberFirmId === user.memberFirmId)
        );
    }
  },

  /** Ranks and decline reasons are for admins and the trainer concerned; others see 0 and null. */
  redactAssignmentOfRequest(user: AuthUser, assignment: AssignmentResponseDto): AssignmentResponseDto {
    return user.role === 'admin' || assignment.trainerId === user.id
      ? assignment
      : { ...assignment, rank: 0, declineReason: null };
  },

  /**
   * Local-trainer applications the user may see, as conditions on `local_trainer_application la JOIN
   * app_user o` (o the applicant): admins all; coordinators their unit's (their own among them); officers their own.
   */
  localTrainerApplicationScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.add('o.police_unit_id = ?', user.policeUnitId);
      case 'officer':
        return where.add('la.officer_id = ?', user.id);
      default:
        return where.raw('false');
    }
  },

  /**
   * Confirming or refusing an application (one it can see): the unit's coordinator for their side, an admin
   * for theirs; never the applicant (a coordinator applying needs another coordinator's word). Answers the side.
   */
  sideOfLocalTrainerDecision(user: AuthUser, application: { officerId: string }): 'coordinator' | 'admin' {
    if (application.officerId === user.id)
      throw new ForbiddenException(
        coded('local_trainer_application.own_application', null, 'you cannot decide on your own application'),
      );
    return user.role === 'admin' ? 'admin' : 'coordinator';
  },

  /** Whose details a ranking may show: admins see all; nobody else sees rankings. */
  canSeeRanking(user: AuthUser): boolean {
    return user.role === 'admin';
  },
};
