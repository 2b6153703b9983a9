import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * SEAM (bulk onboarding ↔ account invitations): the officers an import created, handed over in the import's
 * transaction, so each gets a one-time invitation link (e-mailed when a relay is configured, otherwise listed
 * for the coordinator). Identity's invitation flow plugs in here; until then new officers are created
 * without one and sign in once an admin sets their password.
 */
@Injectable()
export class OfficerImportInvitations {
  /** Whether invitations are issued at all (the portal offers the invitation links only then). */
  readonly available: boolean = false;

  async issue(_manager: EntityManager, _officerIds: string[], _invitedBy: string | null): Promise<void> {
    return;
  }
}
