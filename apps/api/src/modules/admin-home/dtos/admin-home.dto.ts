import { ApiProperty } from '@nestjs/swagger';

export class AttentionCohortDto {
  @ApiProperty({ format: 'uuid', description: 'The cohort' })
  id: string;

  @ApiProperty({ description: 'Its course' })
  courseTitle: string;

  @ApiProperty({ format: 'date-time', description: 'When it starts' })
  startsAt: string;

  @ApiProperty({ description: 'Seats' })
  capacity: number;

  @ApiProperty({ description: 'Seats taken' })
  seatsTaken: number;

  @ApiProperty({ description: 'Whether a trainer is assigned' })
  hasTrainer: boolean;
}

export class AdminHomeDto {
  @ApiProperty({ format: 'date-time', description: 'The application’s now, which every window starts at' })
  asOf: string;

  @ApiProperty({ description: 'Training requests no trainer could be found for' })
  unfilledRequests: number;

  @ApiProperty({ description: 'Proposals to trainers that lapse within the next 24 hours unanswered' })
  proposalsLapsing: number;

  @ApiProperty({ format: 'date-time', description: 'End of the proposals’ window' })
  proposalsBefore: string;

  @ApiProperty({ description: 'Cohorts (planned or open) starting within 14 days with no trainer' })
  cohortsWithoutTrainer: number;

  @ApiProperty({
    description: 'Cohorts (planned or open) starting within 14 days with fewer than half their seats taken',
  })
  cohortsUnderHalfFull: number;

  @ApiProperty({ format: 'date-time', description: 'End of the cohorts’ window' })
  cohortsBefore: string;

  @ApiProperty({ type: [AttentionCohortDto], description: 'Those cohorts (at most 10), soonest first' })
  cohorts: AttentionCohortDto[];

  @ApiProperty({ description: 'Certifications in force that expire within 30 days' })
  certificationsExpiring: number;

  @ApiProperty({ description: 'The certifications’ window, in days' })
  certificationsWithinDays: number;

  @ApiProperty({
    description: 'Failed background jobs kept on the queues (null: the queues could not be read)',
    nullable: true,
    type: Number,
  })
  failedJobs: number | null;
}
