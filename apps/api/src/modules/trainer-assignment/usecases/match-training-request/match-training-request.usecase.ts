import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { scoreCandidate } from '@icspa/domain';
import { APP_CONFIG, AppConfig } from '../../../../core/config/app-config';
import { Clock } from '../../../../core/clock/clock';
import { OutboxService } from '../../../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../../../core/queue/queue-registry';
import { NotificationsService } from '../../../notifications/notifications.service';
import type { MatchRound, RankingEntry } from '../../training-request.entity';
import { MatchTrainingRequestCommand } from './match-training-request.command';

interface Candidate {
  trainer_id: string;
  display_name: string;
  member_firm_id: string;
  recent: number;
  firm_share: number;
  regional: number;
}

export type MatchOutcome = 'proposed' | 'unfilled' | 'skipped';

/** How many ranked candidates a round keeps (for the proposal order and for admins to read). */
const RANKING_SIZE = 25;

/**
 * The matcher. Under the request's row lock: finds eligible trainers with indexed SQL (hard rules),
 * ranks them (soft preferences, see scoreCandidate), records the ranking, and proposes to the best
 * one whose booking PostgreSQL accepts (the exclusion constraint refuses overlaps; a refusal means
 * "next candidate"). No candidate left: the request is unfilled and admins are told. Running it twice
 * for the same round changes nothing the second time.
 */
@Injectable()
export class MatchTrainingRequestUseCase {
  private readonly logger = new Logger('Matcher');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(command: MatchTrainingRequestCommand): Promise<MatchOutcome> {
    const outcome = await this.db.transaction(async (manager) => {
      const [request] = await manager.query(
        `SELECT r.id, r.status, r.round, r.course_id, r.language, r.period, r.delivery_mode, r.police_unit_id, u.country_code, c.region_code, co.title AS course_title
           FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN country c ON c.code = u.country_code JOIN course co ON co.id = r.course_id
          WHERE r.id = $1 FOR UPDATE OF r`,
        [command.requestId],
      );
      if (!request || !['pending', 'matching'].includes(request.status) || request.round !== command.round)
        return 'skipped' as const;
      const live = await manager.query(
        `SELECT 1 FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
        [request.id],
      );
      if (live.length > 0) return 'skipped' as const;

      const candidates = await this.candidates(manager, request.id);
      const ranking: RankingEntry[] = candidates
        .map((c) => {
          const scored = scoreCandidate({
            recentAssignments: c.recent,
            firmShare: c.firm_share,
            regionalExperience: c.regional,
          });
          return {
            trainerId: c.trainer_id,
            trainerName: c.display_name,
            memberFirmId: c.member_firm_id,
            score: scored.score,
            reasons: scored.reasons,
          };
        })
        .sort((a, b) => b.score - a.score || a.trainerId.localeCompare(b.trainerId))
        .slice(0, RANKING_SIZE);
      const round: MatchRound = {
        round: request.round,
        at: this.clock.now().toISOString(),
        ranking,
        excluded: await this.exclusions(manager, request.id),
      };
      await manager.query(
        `UPDATE training_request SET status = 'matching', match_rounds = match_rounds || $2::jsonb, updated_at = now() WHERE id = $1`,
        [request.id, JSON.stringify([round])],
      );

      for (const [index, candidate] of ranking.entries()) {
        const assignmentId = await this.tryPropose(manager, request, candidate.trainerId, index + 1);
        if (!assignmentId) continue;
        await manager.query(`UPDATE training_request SET status = 'proposed', updated_at = now() WHERE id = $1`, [
          request.id,
        ]);
        await this.notifications.notify(manager, [candidate.trainerId], 'assignment.proposed', {
          courseTitle: request.course_title,
          assignmentId,
          trainingRequestId: request.id,
        });
        await this.outbox.write(manager, JobName.ExpireProposal, { assignmentId }, JOB_IDS.expire(assignmentId), {
          delayMs: this.config.proposalTtlSeconds * 1000,
        });
        return 'proposed' as const;
      }

      await manager.query(`UPDATE training_request SET status = 'unfilled', updated_at = now() WHERE id = $1`, [
        request.id,
      ]);
      const admins: { id: string }[] = await manager.query(
        `SELECT id FROM app_user WHERE role = 'admin' AND disabled_at IS NULL`,
      );
      await this.notifications.notify(
        manager,
        admins.map((a) => a.id),
        'training_request.unfilled',
        { courseTitle: request.course_title, trainingRequestId: request.id },
      );
      return 'unfilled' as const;
    });
    if (outcome === 'proposed') this.outbox.relaySoon();
    this.logger.debug({ msg: 'match done', requestId: command.requestId, round: command.round, outcome });
    return outcome;
  }

  /**
   * Eligible trainers with the facts the soft rules need. The array filters use `@>` so the GIN
   * indexes on trainer_profile serve them.
   */
  private candidates(manager: EntityManager, requestId: string): Promise<Candidate[]> {
    return manager.query(
      `WITH req AS (
         SELECT r.id, r.course_id, r.language, r.period, r.delivery_mode, u.country_code, c.region_code
           FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN country c ON c.code = u.country_code WHERE r.id = $1),
       recent_firm AS (
         SELECT t.member_firm_id, count(*)::float AS n FROM assignment a JOIN app_user t ON t.id = a.trainer_id
          WHERE a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '90 days' GROUP BY 1),
       total AS (SELECT greatest(sum(n), 1) AS n FROM recent_firm)
       SELECT p.user_id AS trainer_id, t.display_name, t.member_firm_id,
              (SELECT count(*)::int FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '180 days') AS recent,
              coalesce((SELECT rf.n FROM recent_firm rf WHERE rf.member_firm_id = t.member_firm_id), 0) / (SELECT n FROM total) AS firm_share,
              (SELECT count(*)::int FROM assignment a JOIN training_request r2 ON r2.id = a.training_request_id JOIN police_unit u2 ON u2.id = r2.police_unit_id
                 JOIN country c2 ON c2.code = u2.country_code WHERE a.trainer_id = p.user_id AND a.status = 'completed' AND c2.region_code = req.region_code) AS regional
         FROM req, trainer_profile p JOIN app_user t ON t.id = p.user_id
        WHERE t.role = 'trainer' AND t.disabled_at IS NULL
          AND p.languages @> ARRAY[req.language]::varchar[]
          AND p.course_ids @> ARRAY[req.course_id]::uuid[]
          AND (req.delivery_mode = 'online' OR (NOT p.online_only AND p.country_codes @> ARRAY[req.country_code]::char(2)[]))
          AND NOT (p.excluded_country_codes @> ARRAY[req.country_code]::char(2)[])
          AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted') AND a.period && req.period)
          AND NOT EXISTS (SELECT 1 FROM trainer_unavailability na WHERE na.trainer_id = p.user_id AND na.period && req.period)
          AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.training_request_id = req.id AND a.trainer_id = p.user_id)
          AND (SELECT count(*) FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted', 'completed')
                 AND date_trunc('quarter', lower(a.period)) = date_trunc('quarter', lower(req.period))) < p.load_limit_per_quarter`,
      [requestId],
    );
  }

  /** Among trainers qualified for the course, how many each other hard rule ruled out (for admins). */
  private async exclusions(manager: EntityManager, requestId: string): Promise<Record<string, number>> {
    const [row] = await manager.query(
      `WITH req AS (SELECT r.id, r.course_id, r.language, r.period, r.delivery_mode, u.country_code FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id WHERE r.id = $1)
       SELECT count(*)::int AS qualified,
              count(*) FILTER (WHERE NOT p.languages @> ARRAY[req.language]::varchar[])::int AS language,
              count(*) FILTER (WHERE req.delivery_mode <> 'online' AND (p.online_only OR NOT p.country_codes @> ARRAY[req.country_code]::char(2)[]))::int AS country,
              count(*) FILTER (WHERE p.excluded_country_codes @> ARRAY[req.country_code]::char(2)[])::int AS excluded_country,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted') AND a.period && req.period)
                                  OR EXISTS (SELECT 1 FROM trainer_unavailability na WHERE na.trainer_id = p.user_id AND na.period && req.period))::int AS busy,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.training_request_id = req.id AND a.trainer_id = p.user_id))::int AS already_asked
         FROM req, trainer_profile p WHERE p.course_ids @> ARRAY[req.course_id]::uuid[]`,
      [requestId],
    );
    return row;
  }

  /**
   * Books the trainer under a savepoint. The trainer's profile row is locked so that the load limit
   * holds under concurrent matches; the exclusion constraint settles overlaps.
   */
  private async tryPropose(
    manager: EntityManager,
    request: { id: string; period: string; round: number },
    trainerId: string,
    rank: number,
  ): Promise<string | null> {
    await manager.query('SAVEPOINT propose');
    try {
      const [load] = await manager.query(
        `SELECT p.load_limit_per_quarter AS limit, (SELECT count(*)::int FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted', 'completed')
                AND date_trunc('quarter', lower(a.period)) = date_trunc('quarter', lower($2::tstzrange))) AS used
           FROM trainer_profile p WHERE p.user_id = $1 FOR UPDATE`,
        [trainerId, request.period],
      );
      if (load.used >= load.limit) {
        await manager.query('ROLLBACK TO SAVEPOINT propose');
        return null;
      }
      const now = this.clock.now();
      const [row] = await manager.query(
        `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
         VALUES ($1, $2, $3, 'proposed', $4, $5, $6, $7) RETURNING id`,
        [
          request.id,
          trainerId,
          request.period,
          rank,
          request.round,
          now,
          new Date(now.getTime() + this.config.proposalTtlSeconds * 1000),
        ],
      );
      await manager.query('RELEASE SAVEPOINT propose');
      return row.id;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT propose');
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01') return null; // booked meanwhile: next candidate
      throw error;
    }
  }
}
