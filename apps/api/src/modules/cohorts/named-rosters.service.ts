import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { Where } from '../../core/database/where';
import { coded } from '../../core/errors/coded';
import { AuditService } from '../audit/audit.service';
import { CohortsPolicy } from './cohorts.policy';
import { findCohort, type CohortRow } from './cohorts.queries';
import { NamedRosterDto, NamedRosterListDto } from './dtos/cohort-privacy.dto';
import {
  deleteNamedRoster,
  findNamedRosters,
  policeUnitName,
  unitHasOfficersIn,
  upsertNamedRoster,
  type NamedRosterRow,
} from './named-rosters.queries';

/**
 * Named rosters: a police unit's recorded choice that member-firm staff (the cohort's trainers, member admins) see
 * the unit's officers in one cohort by name rather than by pseudonym (protected officers excepted). The choice is
 * read by `officerIdentity` through the seat's `participant.named`.
 */
@Injectable()
export class NamedRostersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The choices the reader may see in a cohort they see (404 otherwise). */
  async list(user: AuthUser, cohortId: string): Promise<NamedRosterListDto> {
    await this.visibleCohort(this.db.manager, user, cohortId);
    const rows = await findNamedRosters(
      this.db.manager,
      CohortsPolicy.namedRosterScope(user, new Where().add('nr.cohort_id = ?', cohortId)),
    );
    return { items: rows.map((r) => this.toResponse(user, r)) };
  }

  /** Opts the unit's officers in the cohort into named rosters, with its reason (a repeat changes nothing). */
  async set(
    user: AuthUser,
    cohortId: string,
    body: { policeUnitId?: string; reason: string },
  ): Promise<NamedRosterDto> {
    return runInTransaction(this.db, async (manager) => {
      const { cohort, policeUnitId, unitName } = await this.chooser(manager, user, cohortId, body.policeUnitId);
      const changed = await upsertNamedRoster(manager, {
        cohortId,
        policeUnitId,
        reason: body.reason,
        optedById: user.id,
        at: this.clock.now(),
      });
      if (changed)
        await this.audit.record(manager, user, {
          action: 'cohort.named_roster_opt_in',
          entityType: 'cohort',
          entityId: cohort.id,
          details: { policeUnitId, name: unitName, reason: body.reason },
        });
      const [row] = await findNamedRosters(
        manager,
        new Where().add('nr.cohort_id = ?', cohortId).add('nr.police_unit_id = ?', policeUnitId),
      );
      return this.toResponse(user, row);
    });
  }

  /** Withdraws the unit's choice (nothing to withdraw: nothing happens). */
  async withdraw(user: AuthUser, cohortId: string, requestedUnitId?: string): Promise<void> {
    await runInTransaction(this.db, async (manager) => {
      const { cohort, policeUnitId, unitName } = await this.chooser(manager, user, cohortId, requestedUnitId);
      const reason = await deleteNamedRoster(manager, cohortId, policeUnitId);
      if (reason !== null)
        await this.audit.record(manager, user, {
          action: 'cohort.named_roster_withdraw',
          entityType: 'cohort',
          entityId: cohort.id,
          details: { policeUnitId, name: unitName },
        });
    });
  }

  /** The cohort (404 unless seen), the unit chosen for, and the policy's consent (403). */
  private async chooser(manager: EntityManager, user: AuthUser, cohortId: string, requestedUnitId?: string) {
    const cohort = await this.visibleCohort(manager, user, cohortId);
    const policeUnitId = requestedUnitId ?? (user.role === 'coordinator' ? user.policeUnitId : null);
    if (!policeUnitId)
      throw new BadRequestException(coded('validation.required', 'policeUnitId', 'name the police unit'));
    const unitName = await policeUnitName(manager, policeUnitId);
    if (unitName === null)
      throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
    CohortsPolicy.assertCanChooseNamedRoster(user, {
      policeUnitId,
      cohortUnitId: cohort.police_unit_id,
      unitHasOfficers: await unitHasOfficersIn(manager, cohortId, policeUnitId),
    });
    return { cohort, policeUnitId, unitName };
  }

  private async visibleCohort(manager: EntityManager, user: AuthUser, cohortId: string): Promise<CohortRow> {
    const cohort = await findCohort(manager, CohortsPolicy.cohortScope(user).add('co.id = ?', cohortId));
    if (!cohort) throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
    return cohort;
  }

  private toResponse(user: AuthUser, r: NamedRosterRow): NamedRosterDto {
    const full = CohortsPolicy.seesNamedRosterReason(user, r.police_unit_id);
    return {
      cohortId: r.cohort_id,
      policeUnitId: r.police_unit_id,
      policeUnitName: r.police_unit_name,
      reason: full ? r.reason : null,
      optedByName: full ? r.opted_by_name : null,
      optedAt: r.opted_at.toISOString(),
    };
  }
}
