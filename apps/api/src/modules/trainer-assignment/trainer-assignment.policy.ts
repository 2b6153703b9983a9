import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';

/**
 * Who sees and does what in trainer assignment: admins everything; member admins their firm's
 * trainers and assignments; trainers themselves; coordinators their unit's requests. Others' records
 * answer 404.
 */
export const TrainerAssignmentPolicy = {
  /** Trainer profiles: the trainer, their firm's member admin, admins. */
  assertCanReadTrainer(user: AuthUser, trainer: { id: string; memberFirmId: string | null }): void {
    const ok =
      user.role === 'admin' ||
      user.id === trainer.id ||
      (user.role === 'member_admin' && user.memberFirmId === trainer.memberFirmId);
    if (!ok) throw new NotFoundException('id: no such trainer');
  },

  assertCanEditTrainer(user: AuthUser, trainer: { id: string; memberFirmId: string | null }): void {
    this.assertCanReadTrainer(user, trainer);
  },

  /** Training requests: the unit's coordinator (and officers? no), admins. */
  assertCanReadRequest(
    user: AuthUser,
    request: { policeUnitId: string },
    trainerIds: string[] = [],
    firmIds: string[] = [],
  ): void {
    const ok =
      user.role === 'admin' ||
      (user.role === 'coordinator' && user.policeUnitId === request.policeUnitId) ||
      (user.role === 'trainer' && trainerIds.includes(user.id)) ||
      (user.role === 'member_admin' && user.memberFirmId !== null && firmIds.includes(user.memberFirmId));
    if (!ok) throw new NotFoundException('id: no such training request');
  },

  assertCanRaiseFor(user: AuthUser, policeUnitId: string): void {
    if (user.role === 'admin') return;
    if (user.role !== 'coordinator' || user.policeUnitId !== policeUnitId)
      throw new ForbiddenException('policeUnitId: coordinators raise requests for their own unit only');
  },

  assertCanCancel(user: AuthUser, request: { policeUnitId: string }): void {
    this.assertCanReadRequest(user, request);
    if (!(user.role === 'admin' || (user.role === 'coordinator' && user.policeUnitId === request.policeUnitId)))
      throw new ForbiddenException('Only the unit’s coordinator or an admin cancels a request');
  },

  /** Answering a proposal or withdrawing: only the trainer it was made to. */
  assertIsAssignee(user: AuthUser, assignment: { trainerId: string }): void {
    if (user.id !== assignment.trainerId) throw new NotFoundException('id: no such assignment');
  },

  /** Whose details a ranking may show: admins see all; nobody else sees rankings. */
  canSeeRanking(user: AuthUser): boolean {
    return user.role === 'admin';
  },
};
