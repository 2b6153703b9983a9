import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { lockAssignment, lockTrainerProfiles, type LockedAssignment } from './assignments.queries';
import { coded } from '../../core/errors/coded';

/**
 * Locks an assignment's request, the assignment, then its trainer's profile (see lockAssignment for
 * the order); 404 when there is none. An answer changes the trainer's bookings, and every change to a
 * trainer's bookings is made under their profile lock, so the exclusion constraint never has two
 * transactions waiting on each other (an admin's reassignment and the trainer's accept, say).
 */
export async function lockAssignmentOrFail(manager: EntityManager, id: string): Promise<LockedAssignment> {
  const assignment = await lockAssignment(manager, id);
  if (!assignment) throw new NotFoundException(coded('assignment.not_found', 'id', 'no such assignment'));
  await lockTrainerProfiles(manager, [assignment.trainer_id]);
  return assignment;
}

/** A proposal can be answered (accepted or declined) while it is proposed and has not lapsed. */
export function assertAnswerable(assignment: LockedAssignment, now: Date): void {
  if (assignment.status !== 'proposed')
    throw new ConflictException(
      coded('assignment.proposal_closed', 'status', `this proposal is ${assignment.status}`, {
        status: assignment.status,
      }),
    );
  if (assignment.expires_at <= now)
    throw new ConflictException(coded('assignment.proposal_lapsed', 'status', 'this proposal has lapsed'));
}
