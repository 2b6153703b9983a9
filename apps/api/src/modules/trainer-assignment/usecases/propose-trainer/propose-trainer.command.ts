import type { MatchRound } from '../../training-request.entity';

export interface ProposeTrainerCommand {
  requestId: string;
  /** The request's period as PostgreSQL gave it (a tstzrange literal), which the proposal books. */
  period: string;
  round: number;
  courseTitle: string;
  trainerId: string;
  /** Place in the ranking (1 for an admin's direct choice). */
  rank: number;
  /** The matcher keeps to the trainer's quarterly load limit; an admin's direct choice overrides it. */
  withinLoadLimit: boolean;
  /** Co-delivery: 2 for the pair's local trainer (naming `partnerId`, the expert's assignment); 1 otherwise. */
  seat?: number;
  partnerId?: string;
  /** The matcher's round, recorded on the request with its new status (an admin's reassignment has none). */
  matchRound?: MatchRound;
}
