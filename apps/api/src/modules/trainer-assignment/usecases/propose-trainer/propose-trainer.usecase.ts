import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../../core/config/app-config';
import { Clock } from '../../../../core/clock/clock';
import { isPgError, PG } from '../../../../core/database/pg-errors';
import { OutboxService } from '../../../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../../../core/queue/queue-registry';
import { NotificationsService } from '../../../notifications/notifications.service';
import { insertProposal, linkCoDeliveryPartner, lockTrainerLoad, lockTrainerProfiles } from '../../assignments.queries';
import { setRequestStatus } from '../../training-requests.queries';
import type { MatchRound } from '../../training-request.entity';
import { ProposeTrainerCommand } from './propose-trainer.command';

/**
 * Proposes one trainer for a request, in the caller's transaction (which holds the request's row
 * lock): books them under a savepoint, marks the request proposed, tells the trainer and schedules
 * the proposal's expiry through the outbox. The matcher (next candidate on refusal) and an admin's
 * reassignment (409 on refusal) both propose this way. The caller relays the outbox after commit.
 */
@Injectable()
export class ProposeTrainerUseCase {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The new assignment's id, or null when the trainer cannot take it (booked over the period, or at their load limit). */
  async execute(manager: EntityManager, command: ProposeTrainerCommand): Promise<string | null> {
    // The booking's statement also marks the request proposed (with the matcher's round), as one round trip.
    const booked = await this.book(manager, command, { matchRound: command.matchRound });
    if (!booked) return null;
    await this.announce(manager, command, booked);
    return booked.id;
  }

  /**
   * Co-delivery: proposes the pair, the expert (seat 1) and the local trainer (seat 2), both booked or
   * neither, under one savepoint of the caller's transaction. Both trainers' profiles are locked first, in
   * id order. Answers the two assignments' ids, or (nothing written) which of the two could not take it.
   */
  async executePair(
    manager: EntityManager,
    base: Omit<ProposeTrainerCommand, 'trainerId' | 'rank' | 'seat' | 'partnerId'>,
    expert: { trainerId: string; rank: number },
    local: { trainerId: string; rank: number },
  ): Promise<{ proposed: [string, string]; refused?: never } | { proposed?: never; refused: 'expert' | 'local' }> {
    await manager.query('SAVEPOINT propose_pair');
    let lead: Awaited<ReturnType<ProposeTrainerUseCase['book']>>;
    let co: typeof lead;
    try {
      await lockTrainerProfiles(manager, [expert.trainerId, local.trainerId]);
      lead = await this.book(manager, { ...base, ...expert, seat: 1 });
      co = lead && (await this.book(manager, { ...base, ...local, seat: 2, partnerId: lead.id }));
      if (!lead || !co) {
        await manager.query('ROLLBACK TO SAVEPOINT propose_pair');
        return { refused: lead ? 'local' : 'expert' };
      }
      await linkCoDeliveryPartner(manager, lead.id, co.id);
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT propose_pair');
      throw error;
    }
    // Past the savepoint: a failure from here aborts the caller's transaction, whose error is the one to see
    // (rolling back to a released savepoint would fail and hide it).
    await manager.query('RELEASE SAVEPOINT propose_pair');
    await setRequestStatus(manager, base.requestId, 'proposed', base.matchRound);
    await this.announce(manager, { ...base, ...expert }, lead);
    await this.announce(manager, { ...base, ...local }, co);
    return { proposed: [lead.id, co.id] };
  }

  /** Tells the trainer and schedules the proposal's expiry through the outbox. */
  private async announce(
    manager: EntityManager,
    command: Pick<ProposeTrainerCommand, 'trainerId' | 'courseTitle' | 'requestId'>,
    booked: { id: string; expiresAt: Date },
  ): Promise<void> {
    const { id: assignmentId, expiresAt } = booked;
    await this.notifications.notify(manager, [command.trainerId], 'assignment.proposed', {
      courseTitle: command.courseTitle,
      assignmentId,
      trainingRequestId: command.requestId,
      answerBy: expiresAt.toISOString(),
    });
    await this.outbox.write(manager, JobName.ExpireProposal, { assignmentId }, JOB_IDS.expire(assignmentId), {
      delayMs: this.config.proposalTtlSeconds * 1000,
    });
  }

  /**
   * The savepoint lets the caller's transaction go on after a refusal (and gives back the profile lock).
   * `settle`: the booking's statement also marks the request proposed (see insertProposal).
   * The trainer's profile row is locked before the booking, always: bookings of one trainer are made
   * one at a time, so the load limit (counted after the lock) holds under concurrent matches and the
   * exclusion constraint never has two transactions waiting on each other's rows. It settles overlaps.
   */
  private async book(
    manager: EntityManager,
    command: ProposeTrainerCommand,
    settle?: { matchRound?: MatchRound },
  ): Promise<{ id: string; expiresAt: Date } | null> {
    await manager.query('SAVEPOINT propose');
    try {
      const profile = await lockTrainerLoad(manager, command.trainerId);
      if (!profile) throw new Error(`trainer ${command.trainerId} has no profile`);
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + this.config.proposalTtlSeconds * 1000);
      const id = await insertProposal(manager, {
        requestId: command.requestId,
        trainerId: command.trainerId,
        period: command.period,
        rank: command.rank,
        round: command.round,
        proposedAt: now,
        expiresAt,
        seat: command.seat,
        partnerId: command.partnerId,
        loadLimit: command.withinLoadLimit ? profile.limit : undefined,
        settle,
      });
      if (!id) {
        // At their load limit for the quarter.
        await manager.query('ROLLBACK TO SAVEPOINT propose');
        return null;
      }
      // Booked: the savepoint is left to the transaction's end rather than released by a round trip of its own
      // (releasing keeps every lock and write; an error from here on fails the whole transaction either way, and a
      // pair's second booking or the pair's own rollback nests inside it).
      return { id, expiresAt };
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT propose');
      if (isPgError(error, PG.EXCLUSION_VIOLATION)) return null; // booked meanwhile
      throw error;
    }
  }
}
