import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scoreCandidate, type DeliveryPolicy, type TrainerPool } from '@icspa/domain';
import { Clock } from '../../../../core/clock/clock';
import { OutboxService } from '../../../../core/outbox/outbox.service';
import { NotificationsService } from '../../../notifications/notifications.service';
import { findActiveAdminIds } from '../../assignments.queries';
import type { MatchRound, RankingEntry } from '../../training-request.entity';
import { findMatchFacts, lockRequestToMatch, markRequestUnfilled } from '../../training-requests.queries';
import { ProposeTrainerUseCase } from '../propose-trainer/propose-trainer.usecase';
import { MatchTrainingRequestCommand } from './match-training-request.command';
import { runInTransaction } from '../../../../core/database/transaction';

/**
 * Rank order: under `local_first` every local trainer (all of the request's country) before any expert,
 * each pool by score; otherwise by score alone. Ties by trainer id, so a round is reproducible.
 */
export function rankCandidates(entries: RankingEntry[], policy: DeliveryPolicy): RankingEntry[] {
  const poolOrder = (e: RankingEntry) => (policy === 'local_first' && e.pool === 'local' ? 0 : 1);
  return [...entries].sort(
    (a, b) => poolOrder(a) - poolOrder(b) || b.score - a.score || a.trainerId.localeCompare(b.trainerId),
  );
}

/** The first reason of a ranking entry: which pool the trainer came from, and what the policy does with it. */
function poolReason(pool: TrainerPool, policy: DeliveryPolicy, countryCode: string): string {
  if (pool === 'expert') return `pool: member-firm expert (policy ${policy})`;
  return policy === 'local_first'
    ? `pool: local trainer in ${countryCode} (policy local_first: ranked before experts)`
    : `pool: local trainer in ${countryCode} (policy ${policy})`;
}

/**
 * The reason the co-delivery fallback adds to the experts of a round, after the pair search failed: no local
 * trainer of the country could take it (none qualified, or none free or under their load limit).
 */
export function coDeliveryFallbackReason(countryCode: string): string {
  return `co_delivery fallback: no local trainer available in ${countryCode}, expert alone`;
}

export type MatchOutcome = 'proposed' | 'unfilled' | 'skipped';

/** How many ranked candidates a round keeps (for the proposal order and for admins to read). */
const RANKING_SIZE = 25;

/**
 * When the queue is deep, many proposals commit each second: each used to start a relay of the outbox of its
 * own (a BullMQ job, a claim and an update in PostgreSQL), for one or two messages. They now share one.
 */
const RELAY_COALESCE_MS = 25;

/**
 * The matcher. Under the request's row lock: finds eligible trainers with indexed SQL (hard rules) and the
 * exclusion counts in one statement (findMatchFacts, which keeps the first RANKING_SIZE of each pool), ranks
 * them (soft preferences, see scoreCandidate), records the ranking, and proposes to the best
 * one whose booking PostgreSQL accepts (the exclusion constraint refuses overlaps; a refusal means
 * "next candidate"). No candidate left: the request is unfilled and admins are told. Running it twice
 * for the same round changes nothing the second time.
 */
@Injectable()
export class MatchTrainingRequestUseCase implements OnModuleDestroy {
  private readonly logger = new Logger('Matcher');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly proposeTrainer: ProposeTrainerUseCase,
  ) {}

  /** Proposals committed within RELAY_COALESCE_MS of each other share one outbox relay (it sends all that waits). */
  private relayTimer: NodeJS.Timeout | null = null;

  private relaySoon(): void {
    if (this.relayTimer) return;
    this.relayTimer = setTimeout(() => {
      this.relayTimer = null;
      this.outbox.relaySoon();
    }, RELAY_COALESCE_MS);
  }

  /** A relay not yet asked for is left to the scheduled relay (every few seconds). */
  onModuleDestroy(): void {
    if (this.relayTimer) clearTimeout(this.relayTimer);
    this.relayTimer = null;
  }

  async execute(command: MatchTrainingRequestCommand): Promise<MatchOutcome> {
    const outcome = await runInTransaction(this.db, async (manager) => {
      const request = await lockRequestToMatch(manager, command.requestId);
      if (!request || !['pending', 'matching'].includes(request.status) || request.round !== command.round)
        return 'skipped' as const;

      // One statement, after the lock: whether a live proposal exists already, the best candidates, the counts.
      const facts = await findMatchFacts(manager, request, this.clock.now(), RANKING_SIZE);
      if (facts.has_live) return 'skipped' as const;
      const { candidates, excluded } = facts;
      const ranked: RankingEntry[] = rankCandidates(
        candidates.map((c) => {
          const scored = scoreCandidate({
            recentAssignments: c.recent,
            firmShare: c.firm_share,
            regionalExperience: c.regional,
          });
          return {
            trainerId: c.trainer_id,
            trainerName: c.display_name,
            memberFirmId: c.member_firm_id,
            pool: c.pool,
            score: scored.score,
            reasons: [poolReason(c.pool, request.delivery_policy, request.country_code), ...scored.reasons],
          };
        }),
        request.delivery_policy,
      );
      // Co-delivery needs both pools: the first of each are kept; otherwise the first of the ranking.
      const ranking: RankingEntry[] =
        request.delivery_policy === 'co_delivery'
          ? [
              ...ranked.filter((e) => e.pool === 'local').slice(0, RANKING_SIZE),
              ...ranked.filter((e) => e.pool === 'expert').slice(0, RANKING_SIZE),
            ]
          : ranked.slice(0, RANKING_SIZE);
      const round: MatchRound = {
        round: request.round,
        at: this.clock.now().toISOString(),
        ranking,
        excluded,
      };
      // The round is appended to the request's record by the statement that settles it (proposed or unfilled).

      if (request.delivery_policy === 'co_delivery') {
        // A pair, one local trainer and one expert, booked together or not at all; best local first.
        const base = {
          requestId: request.id,
          period: request.period,
          round: request.round,
          courseTitle: request.course_title,
          withinLoadLimit: true,
          matchRound: round,
        };
        const rankOf = (e: RankingEntry) => ranking.indexOf(e) + 1;
        const locals = ranking.filter((e) => e.pool === 'local');
        const experts = ranking.filter((e) => e.pool === 'expert');
        for (const local of locals)
          for (const expert of experts) {
            const pair = await this.proposeTrainer.executePair(
              manager,
              base,
              { trainerId: expert.trainerId, rank: rankOf(expert) },
              { trainerId: local.trainerId, rank: rankOf(local) },
            );
            if (pair.proposed) return 'proposed' as const;
            if (pair.refused === 'local') break; // this local trainer cannot take it: the next one
          }
        // No pair: the course is still taught, by an expert alone (never by a local trainer alone: the policy
        // asks for an expert in the room). The experts' entries say why, in the round admins read.
        if (experts.length > 0) {
          const reason = coDeliveryFallbackReason(request.country_code);
          for (const expert of experts) expert.reasons.splice(1, 0, reason);
        }
        for (const expert of experts) {
          const assignmentId = await this.proposeTrainer.execute(manager, {
            ...base,
            trainerId: expert.trainerId,
            rank: rankOf(expert),
          });
          if (assignmentId) return 'proposed' as const;
        }
      } else
        for (const [index, candidate] of ranking.entries()) {
          const assignmentId = await this.proposeTrainer.execute(manager, {
            requestId: request.id,
            period: request.period,
            round: request.round,
            courseTitle: request.course_title,
            trainerId: candidate.trainerId,
            rank: index + 1,
            withinLoadLimit: true,
            matchRound: round,
          });
          if (assignmentId) return 'proposed' as const;
        }

      // A re-try of an unfilled request (a trainer became free) that ends unfilled again is not news.
      if (await markRequestUnfilled(manager, request.id, round))
        await this.notifications.notify(manager, await findActiveAdminIds(manager), 'training_request.unfilled', {
          courseTitle: request.course_title,
          trainingRequestId: request.id,
        });
      return 'unfilled' as const;
    });
    if (outcome === 'proposed') this.relaySoon();
    this.logger.debug({ msg: 'match done', requestId: command.requestId, round: command.round, outcome });
    return outcome;
  }
}
