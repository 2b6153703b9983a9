import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { lockAssignment, type LockedAssignment } from './assignments.queries';

/** Locks an assignment and its request (in that order, see lockAssignment); 404 when there is none. */
export async function lockAssignmentOrFail(manager: EntityManager, id: string): Promise<LockedAssignment> {
  const assignment = await lockAssignment(manager, id);
  if (!assignment) throw new NotFoundException('id: no such assignment');
  return assignment;
}

/** A proposal can be answered (accepted or declined) while it is proposed and has not lapsed. */
export function assertAnswerable(assignment: LockedAssignment, now: Date): void {
  if (assignment.status !== 'proposed') throw new ConflictException(`status: this proposal is ${assignment.status}`);
  if (assignment.expires_at <= now) throw new ConflictException('status: this proposal has lapsed');
}
