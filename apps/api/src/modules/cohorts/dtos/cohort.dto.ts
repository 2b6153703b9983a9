import { TranslationMetaDto } from '../../translations/dtos/translation.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
  ValidateNested,
} from 'class-validator';
import { IsTimeZone } from '../../../core/validation/is-time-zone';
import { Type } from 'class-transformer';
import {
  COHORT_SORTS,
  COHORT_STATUSES,
  DELIVERY_MODES,
  ENROLMENT_STATUSES,
  QUESTION_KINDS,
  type CohortSort,
  type CohortStatus,
  type DeliveryMode,
  type EnrolmentStatus,
  type QuestionKind,
} from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { LANGUAGE_TAG } from '../../catalogue/dtos/course.dto';
import { Trim } from '../../../core/http/trim';
import { OfficerPseudonymDto } from '../../identity/dtos/officer-pseudonym.dto';

export class CohortListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only cohorts of this course', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ description: 'Only cohorts in this status', enum: COHORT_STATUSES, enumName: 'CohortStatus' })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;

  @ApiPropertyOptional({ description: 'Only cohorts that have not ended yet', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  upcoming?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Trainers: only the cohorts they run', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({
    description: 'true: only cohorts officers may still join (open and not yet started)',
    enum: ['true', 'false'],
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  enrolmentOpen?: 'true' | 'false';

  @ApiPropertyOptional({
    description:
      'Only cohorts still running at or after this instant (a date alone: that day, UTC), i.e. ending after it',
    example: '2027-03-01',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    description: 'Only cohorts starting before the end of this day (UTC; or before this instant)',
    example: '2027-03-31',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Only cohorts held in this country (ISO 3166-1 alpha-2)', example: 'UA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  countryCode?: string;

  @ApiPropertyOptional({ description: 'Only cohorts this trainer teaches or co-delivers', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  trainerId?: string;

  @ApiPropertyOptional({ description: 'true: only cohorts with no trainer yet', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  withoutTrainer?: 'true' | 'false';

  @ApiPropertyOptional({
    description:
      'Order: upcoming (default: not yet ended first, soonest start first, then ended ones, latest first), starts (by start), -starts (latest start first)',
    enum: COHORT_SORTS,
    enumName: 'CohortSort',
  })
  @IsOptional()
  @IsIn(COHORT_SORTS)
  sort?: CohortSort;
}

export class CohortResponseDto {
  @ApiProperty({ description: 'Cohort id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course code', example: 'DF-201' })
  courseCode: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ description: 'Start', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'End', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'How it is delivered', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Teaching language (BCP 47)', example: 'uk' })
  language: string;

  @ApiProperty({ description: 'Country when in person or blended', nullable: true, type: String })
  countryCode: string | null;

  @ApiProperty({ description: 'City when in person or blended', nullable: true, type: String })
  city: string | null;

  @ApiProperty({ description: 'Seats' })
  capacity: number;

  @ApiProperty({ description: 'Seats left' })
  seatsLeft: number;

  @ApiProperty({ description: 'Officers on the waitlist' })
  waitlisted: number;

  @ApiProperty({ description: 'Trainer id', format: 'uuid', nullable: true, type: String })
  trainerId: string | null;

  @ApiProperty({ description: 'Trainer name', nullable: true, type: String })
  trainerName: string | null;

  @ApiProperty({
    description: 'The trainer’s pseudonym when `trainerName` is one (a protected local trainer outside their unit)',
    nullable: true,
    type: OfficerPseudonymDto,
  })
  trainerPseudonym: OfficerPseudonymDto | null;

  @ApiProperty({
    description: 'Co-delivery: the local trainer teaching beside the trainer (same rights over the cohort), if any',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  coTrainerId: string | null;

  @ApiProperty({
    description: 'Co-trainer name (a pseudonym, "Officer KZ-3F9", outside a protected co-trainer’s unit)',
    nullable: true,
    type: String,
  })
  coTrainerName: string | null;

  @ApiProperty({
    description: 'The co-trainer’s pseudonym when `coTrainerName` is one, else null',
    nullable: true,
    type: OfficerPseudonymDto,
  })
  coTrainerPseudonym: OfficerPseudonymDto | null;

  @ApiProperty({
    description: 'Police unit the cohort was scheduled for, if any',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  policeUnitId: string | null;

  @ApiProperty({ description: 'Whether officers’ own enrolments need their coordinator’s approval' })
  requiresApproval: boolean;

  @ApiProperty({ description: 'Status', enum: COHORT_STATUSES, enumName: 'CohortStatus' })
  status: CohortStatus;

  @ApiProperty({
    description:
      'Whether officers may still enrol, be nominated or switch into it: open and not yet started (enrolment closes at the start)',
  })
  enrolmentOpen: boolean;
}

export class CohortPageDto extends PageOf(CohortResponseDto, 'CohortPageDto') {}

export class CohortCreateDto {
  @ApiProperty({ description: 'Course', format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiProperty({ description: 'Start (ISO 8601)', format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ description: 'End (ISO 8601), after the start', format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({
    description: "IANA time zone of the cohort's first training session (over its dates; default UTC)",
    example: 'Europe/Kyiv',
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiProperty({ description: 'How it is delivered', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsIn(DELIVERY_MODES)
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Teaching language (BCP 47), one of the course’s languages', maxLength: 10 })
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  language: string;

  @ApiPropertyOptional({ description: 'Country (required in person or blended)', example: 'UA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  countryCode?: string;

  @ApiPropertyOptional({ description: 'City (required in person or blended)', maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city?: string;

  @ApiProperty({ description: 'Seats', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @ApiPropertyOptional({
    description:
      'Trainer (a user with role trainer); 409 when they are booked over the dates (another cohort, a proposal)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  trainerId?: string;

  @ApiPropertyOptional({ description: 'Police unit the cohort is for', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiPropertyOptional({
    description: 'Whether officers’ own enrolments need their coordinator’s approval',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;
}

export class CohortUpdateDto {
  @ApiPropertyOptional({
    description: 'Start (ISO 8601); moving the dates onto days the trainer is booked answers 409',
    format: 'date-time',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ description: 'End (ISO 8601)', format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsAt?: string;

  @ApiPropertyOptional({ description: 'Seats; raising it promotes waitlisted officers', minimum: 1, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @ApiPropertyOptional({
    description:
      'Trainer (a user with role trainer); 409 when they are booked over the dates, or when the cohort was scheduled by a training request whose accepted assignment names another trainer (reassign the request)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  trainerId?: string;

  @ApiPropertyOptional({ description: 'City', maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city?: string;

  @ApiPropertyOptional({ description: 'Whether officers’ own enrolments need approval' })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;
}

export class CohortTransitionDto {
  @ApiProperty({ description: 'The new status', enum: COHORT_STATUSES, enumName: 'CohortStatus' })
  @IsIn(COHORT_STATUSES)
  status: CohortStatus;

  @ApiPropertyOptional({
    description:
      'Only with status cancelled, for a cohort that a training request scheduled: cancel the request too, instead of sending it back to the matcher in a new round (the default while its start is ahead)',
  })
  @IsOptional()
  @IsBoolean()
  cancelRequest?: boolean;
}

export class NominationDto {
  @ApiProperty({
    description: 'Officers of the coordinator’s unit to enrol',
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 100,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  officerIds: string[];

  @ApiPropertyOptional({
    description:
      'Admins only: nominate into a cohort that has already started (enrolment otherwise closes at the start); audited. Default false',
  })
  @IsOptional()
  @IsBoolean()
  allowAfterStart?: boolean;
}

export class EnrolmentSwitchDto {
  @ApiProperty({ description: 'The run of the same course to move to', format: 'uuid' })
  @IsUUID()
  cohortId: string;

  @ApiPropertyOptional({
    description: 'Admins only: switch into a run that has already started; audited. Default false',
  })
  @IsOptional()
  @IsBoolean()
  allowAfterStart?: boolean;
}

export class EnrolmentResponseDto {
  @ApiProperty({ description: 'Enrolment id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Cohort id', format: 'uuid' })
  cohortId: string;

  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({
    description:
      'Officer id (null for member-firm staff: the enrolment id identifies the participant in the cohort; an officer id would link cohorts)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  officerId: string | null;

  @ApiProperty({
    description:
      'Officer name as the reader may see it: the name, or the pseudonym in English words ("Participant 7 · KZ-3F9") for member-firm staff outside a named roster and for everyone outside a protected officer’s unit',
  })
  officerName: string;

  @ApiProperty({
    description: 'The pseudonym when `officerName` is one (the portal says it in the reader’s language), else null',
    nullable: true,
    type: OfficerPseudonymDto,
  })
  officerPseudonym: OfficerPseudonymDto | null;

  @ApiProperty({ description: 'Status', enum: ENROLMENT_STATUSES, enumName: 'EnrolmentStatus' })
  status: EnrolmentStatus;

  @ApiProperty({
    description: 'Place on the waitlist, from 1 (null when not waitlisted)',
    nullable: true,
    type: Number,
  })
  waitlistPosition: number | null;

  @ApiProperty({ description: 'Lessons done, as a percentage' })
  progressPercent: number;

  @ApiProperty({
    description:
      "Whether the officer's attendance meets the course's rule (in person, blended); null while no session is marked",
    nullable: true,
    type: Boolean,
  })
  attended: boolean | null;

  @ApiProperty({
    description: 'Attendance over the scheduled sessions, as a whole percentage (null while no session is marked)',
    nullable: true,
    type: Number,
  })
  attendancePercent: number | null;

  @ApiProperty({ description: 'Cohort start', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'Cohort end', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Delivery mode of the cohort', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({
    description: 'The next lesson to study (null when all are done)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  nextLessonId: string | null;

  @ApiProperty({ description: 'Title of the next lesson', nullable: true, type: String })
  nextLessonTitle: string | null;

  @ApiProperty({ description: 'When it completed', format: 'date-time', nullable: true, type: String })
  completedAt: string | null;

  @ApiProperty({
    description:
      'Set on a pending "switch to this run": this waitlisted place replaces that enrolment (the seat the officer keeps until one here is theirs)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  switchFromEnrolmentId: string | null;
}

export class EnrolmentPageDto extends PageOf(EnrolmentResponseDto, 'EnrolmentPageDto') {}

export class EnrolmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only enrolments in this status',
    enum: ENROLMENT_STATUSES,
    enumName: 'EnrolmentStatus',
  })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;

  @ApiPropertyOptional({
    description:
      'true: only the caller’s own enrolments (as a learner), whatever else the caller may see — a coordinator’s "My learning" rather than the unit’s enrolments',
    enum: ['true', 'false'],
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Only enrolments in runs of this course', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}

export class NominationResultDto {
  @ApiProperty({ description: 'The enrolments made (or found) for each officer', type: [EnrolmentResponseDto] })
  enrolments: EnrolmentResponseDto[];
}

export class EnrolmentSwitchResultDto {
  @ApiProperty({
    description:
      'switched: the seat in the new run is theirs and the old enrolment is withdrawn; pending: the new run is full, so they wait in its queue and keep their seat (switched automatically when promoted); moved: the old enrolment held no seat (waitlisted or pending approval) and was replaced by the new one',
    enum: ['switched', 'pending', 'moved'],
  })
  outcome: 'switched' | 'pending' | 'moved';

  @ApiProperty({ description: 'The enrolment in the new run', type: EnrolmentResponseDto })
  enrolment: EnrolmentResponseDto;

  @ApiProperty({
    description: 'The enrolment switched from (withdrawn, or still holding the seat while pending)',
    type: EnrolmentResponseDto,
  })
  previous: EnrolmentResponseDto;
}

export class ProgressDto {
  @ApiProperty({ description: 'Lessons completed in this enrolment', type: [String], format: 'uuid' })
  completedLessonIds: string[];

  @ApiProperty({ description: 'The enrolment after the change', type: EnrolmentResponseDto })
  enrolment: EnrolmentResponseDto;
}

export class LessonCompletionDto {
  @ApiPropertyOptional({
    description:
      'The id the browser gave a completion made offline (a UUID), so that sending it again is accepted once; omitted online',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}

export class GradeDto {
  @ApiPropertyOptional({
    description:
      'Shortcut for the sign-in sheet: marks every session not marked yet present (true) or absent (false). The enrolment completes only when the attendance then meets the course rule.',
  })
  @IsOptional()
  @IsBoolean()
  attended?: boolean;

  @ApiProperty({ description: 'Whether the officer passed (completes or fails the enrolment)' })
  @IsBoolean()
  passed: boolean;
}

export class AttemptQuestionDto {
  @ApiProperty({ description: 'Question id', format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'single_choice, multiple_choice or true_false',
    enum: QUESTION_KINDS,
  })
  kind: QuestionKind;

  @ApiProperty({ description: 'The question' })
  prompt: string;

  @ApiProperty({
    description: 'Options to choose from',
    type: 'array',
    items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } },
  })
  options: { id: string; text: string }[];

  @ApiProperty({
    description:
      'Correct option ids: only after submission, and to the learner only once no retake is left (passed or all attempts used); always to admins and the cohort’s trainer',
    type: [String],
    required: false,
  })
  correct?: string[];

  @ApiProperty({ description: 'Locale of the question text shown', example: 'uk' })
  contentLocale: string;

  @ApiProperty({ description: 'How the question text was chosen', type: TranslationMetaDto })
  translation: TranslationMetaDto;
}

export class AttemptResponseDto {
  @ApiProperty({ description: 'Attempt id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Enrolment id', format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ description: 'Started', format: 'date-time' })
  startedAt: string;

  @ApiProperty({
    description: 'Submission refused after this (null: no limit)',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  deadlineAt: string | null;

  @ApiProperty({ description: 'Submitted', format: 'date-time', nullable: true, type: String })
  submittedAt: string | null;

  @ApiProperty({ description: 'Score in percent (after submission)', nullable: true, type: Number })
  score: number | null;

  @ApiProperty({ description: 'Passed (after submission)', nullable: true, type: Boolean })
  passed: boolean | null;

  @ApiProperty({ description: 'Percentage needed to pass' })
  passMark: number;

  @ApiProperty({ description: 'Attempts left after this one' })
  attemptsLeft: number;

  @ApiProperty({
    description:
      'Content locale the attempt was taken in (its questions are shown in it where translated); scoring is by option ids and does not depend on it',
    example: 'uk',
  })
  locale: string;

  @ApiProperty({ description: 'The questions of this attempt', type: [AttemptQuestionDto] })
  questions: AttemptQuestionDto[];
}

export class AnswerDto {
  @ApiProperty({ description: 'Question id', format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ description: 'Chosen option ids', type: [String], maxItems: 8 })
  @IsArray()
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  optionIds: string[];
}

export class AttemptSubmitDto {
  @ApiProperty({ description: 'One answer per question', type: [AnswerDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

export class RosterEntryDto extends EnrolmentResponseDto {
  @ApiProperty({
    description:
      'Officer e-mail: only for readers who see the name and are not member-firm staff (admins, the officer’s unit, local trainers of the same police service); null otherwise',
    nullable: true,
    type: String,
  })
  officerEmail: string | null;

  @ApiProperty({ description: 'Best assessment score so far', nullable: true, type: Number })
  bestScore: number | null;
}

export class RosterDto {
  @ApiProperty({ description: 'The cohort', type: CohortResponseDto })
  cohort: CohortResponseDto;

  @ApiProperty({ description: 'Enrolled, completed, failed and waitlisted officers', type: [RosterEntryDto] })
  entries: RosterEntryDto[];
}
