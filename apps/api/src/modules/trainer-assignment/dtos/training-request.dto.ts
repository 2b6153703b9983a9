import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ASSIGNMENT_STATUSES,
  DELIVERY_MODES,
  REQUEST_REOPEN_REASONS,
  TRAINING_REQUEST_STATUSES,
  type AssignmentStatus,
  type DeliveryMode,
  type RequestReopenReason,
  type TrainingRequestStatus,
} from '@icspa/domain';
import { DELIVERY_POLICIES, TRAINER_POOLS, type DeliveryPolicy, type TrainerPool } from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { LANGUAGE_TAG } from '../../catalogue/dtos/course.dto';
import { Trim } from '../../../core/http/trim';
import { OfficerPseudonymDto } from '../../identity/dtos/officer-pseudonym.dto';

export class TrainingRequestCreateDto {
  @ApiPropertyOptional({
    description: 'Police unit (admins; coordinators always raise for their own unit)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiProperty({ description: 'Course to be taught (published)', format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiProperty({ description: 'Teaching language (BCP 47), one of the course’s', maxLength: 10 })
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  language: string;

  @ApiProperty({ description: 'Wished start (ISO 8601), in the future', format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ description: 'Wished end (ISO 8601), after the start', format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt: string;

  @ApiProperty({ description: 'Delivery mode', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsIn(DELIVERY_MODES)
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Seats needed', minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  seats: number;
}

export class TrainingRequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only requests in this status',
    enum: TRAINING_REQUEST_STATUSES,
    enumName: 'TrainingRequestStatus',
  })
  @IsOptional()
  @IsIn(TRAINING_REQUEST_STATUSES)
  status?: TrainingRequestStatus;
}

export class RankingEntryDto {
  @ApiProperty({ description: 'Trainer id', format: 'uuid' })
  trainerId: string;

  @ApiProperty({ description: 'Trainer name' })
  trainerName: string;

  @ApiProperty({ description: 'Member firm (null: a local trainer)', format: 'uuid', type: String, nullable: true })
  memberFirmId: string | null;

  @ApiProperty({
    description: 'Pool the trainer came from: a member firm’s expert or a local trainer',
    enum: TRAINER_POOLS,
    enumName: 'TrainerPool',
  })
  pool: TrainerPool;

  @ApiProperty({ description: 'Score (higher ranks first)' })
  score: number;

  @ApiProperty({ description: 'Why the score is what it is', type: [String] })
  reasons: string[];
}

export class MatchRoundDto {
  @ApiProperty({ description: 'Round number' })
  round: number;

  @ApiProperty({ description: 'When it ran', format: 'date-time' })
  at: string;

  @ApiProperty({ description: 'Eligible trainers in rank order (the first ones)', type: [RankingEntryDto] })
  ranking: RankingEntryDto[];

  @ApiProperty({
    description: 'How many trainers qualified for the course each hard rule ruled out',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  excluded: Record<string, number>;
}

export class AssignmentResponseDto {
  @ApiProperty({ description: 'Assignment id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Training request', format: 'uuid' })
  trainingRequestId: string;

  @ApiProperty({ description: 'Trainer', format: 'uuid' })
  trainerId: string;

  @ApiProperty({
    description: 'Trainer name (a pseudonym, "Officer KZ-3F9", for a protected local trainer outside their unit)',
  })
  trainerName: string;

  @ApiProperty({
    description: 'The trainer’s pseudonym when `trainerName` is one, else null',
    nullable: true,
    type: OfficerPseudonymDto,
  })
  trainerPseudonym: OfficerPseudonymDto | null;

  @ApiProperty({
    description: 'Trainer’s member firm (null: a local trainer)',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  memberFirmId: string | null;

  @ApiProperty({ description: 'Pool the trainer came from', enum: TRAINER_POOLS, enumName: 'TrainerPool' })
  trainerPool: TrainerPool;

  @ApiProperty({ description: 'Status', enum: ASSIGNMENT_STATUSES, enumName: 'AssignmentStatus' })
  status: AssignmentStatus;

  @ApiProperty({ description: 'Start', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'End', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ description: 'Police unit name' })
  policeUnitName: string;

  @ApiProperty({ description: 'Country of the unit' })
  countryCode: string;

  @ApiProperty({ description: 'Delivery mode', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Language' })
  language: string;

  @ApiProperty({ description: 'Place in the ranking' })
  rank: number;

  @ApiProperty({ description: 'Proposed at', format: 'date-time' })
  proposedAt: string;

  @ApiProperty({ description: 'An unanswered proposal lapses at', format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'Reason given when declined', nullable: true, type: String })
  declineReason: string | null;
}

export class AssignmentPageDto extends PageOf(AssignmentResponseDto, 'AssignmentPageDto') {}

export class AssignmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only assignments in this status',
    enum: ASSIGNMENT_STATUSES,
    enumName: 'AssignmentStatus',
  })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

export class TrainingRequestResponseDto {
  @ApiProperty({ description: 'Request id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Police unit', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'Police unit name' })
  policeUnitName: string;

  @ApiProperty({ description: 'Country of the unit' })
  countryCode: string;

  @ApiProperty({ description: 'Course', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ description: 'Language' })
  language: string;

  @ApiProperty({ description: 'Wished start', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'Wished end', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Delivery mode', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Seats' })
  seats: number;

  @ApiProperty({
    description:
      'The course’s delivery policy now (its own, or its level’s default): co_delivery asks for a pair, an expert and a local trainer',
    enum: DELIVERY_POLICIES,
    enumName: 'DeliveryPolicy',
  })
  deliveryPolicy: DeliveryPolicy;

  @ApiProperty({ description: 'Status', enum: TRAINING_REQUEST_STATUSES, enumName: 'TrainingRequestStatus' })
  status: TrainingRequestStatus;

  @ApiProperty({ description: 'Matching round' })
  round: number;

  @ApiProperty({
    description: 'Cohort scheduled once a trainer accepted',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  cohortId: string | null;

  @ApiProperty({ description: 'Raised at', format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    description:
      'When the request, unfilled, last went back to the matcher because a trainer who could serve it became free',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  reopenedAt: string | null;

  @ApiProperty({
    description: 'Why it went back then (what freed the trainer)',
    enum: REQUEST_REOPEN_REASONS,
    enumName: 'RequestReopenReason',
    nullable: true,
  })
  reopenReason: RequestReopenReason | null;

  @ApiProperty({
    description:
      'Unfilled, and its wished window is still ahead: it is re-tried as soon as a trainer who could serve it becomes free',
  })
  watched: boolean;

  @ApiProperty({ description: 'Assignments of this request, newest first', type: [AssignmentResponseDto] })
  assignments: AssignmentResponseDto[];

  @ApiProperty({
    description: 'Matching rounds with rankings and reasons (admins only; empty for others)',
    type: [MatchRoundDto],
  })
  matchRounds: MatchRoundDto[];
}

export class TrainingRequestPageDto extends PageOf(TrainingRequestResponseDto, 'TrainingRequestPageDto') {}

export class DeclineDto {
  @ApiProperty({ description: 'Why the trainer declines', maxLength: 500 })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class ReassignDto {
  @ApiProperty({
    description:
      'Trainer to propose instead (admins); under co_delivery the pair’s member-firm expert (seat 1), or an expert alone when no local trainer is available',
    format: 'uuid',
  })
  @IsUUID()
  trainerId: string;

  @ApiPropertyOptional({
    description:
      'Co-delivery only: the local trainer proposed beside the expert (seat 2); both are booked or neither (409 naming the one who is busy)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  coTrainerId?: string;
}
