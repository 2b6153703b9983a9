export interface MatchTrainingRequestCommand {
  requestId: string;
  /** The round the job was sent for; an older round's job is ignored. */
  round: number;
}
