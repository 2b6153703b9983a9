import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  COUNTRY_WEIGHT_MAX,
  COUNTRY_WEIGHT_MIN,
  DELIVERY_MODES,
  QUARTER_PATTERN,
  TRAINING_REQUEST_STATUSES,
  WORKPLAN_STATUSES,
  type DeliveryMode,
  type TrainingRequestStatus,
  type WorkplanStatus,
} from '@icspa/domain';
import { LANGUAGE_TAG } from '../../catalogue/dtos/course.dto';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const countryCode = {
  message: 'must be an ISO 3166-1 alpha-2 code such as UA',
  context: { code: 'validation.format.country_code' },
};
const quarter = { message: 'must be a quarter such as 2027-Q1', context: { code: 'validation.format.quarter' } };

export class WorkplanCreateDto {
  @ApiProperty({ description: 'Country the plan is for (ISO 3166-1 alpha-2)', example: 'UA' })
  @Matches(COUNTRY_CODE, countryCode)
  countryCode: string;

  @ApiProperty({ description: 'First quarter of the period, YYYY-Qn', example: '2027-Q1' })
  @Matches(QUARTER_PATTERN, quarter)
  periodStart: string;

  @ApiProperty({
    description: 'Last quarter of the period (inclusive), YYYY-Qn; at most eight quarters',
    example: '2027-Q4',
  })
  @Matches(QUARTER_PATTERN, quarter)
  periodEnd: string;
}

export class WorkplanListQueryDto {
  @ApiPropertyOptional({ description: 'Only this country’s plans', example: 'UA' })
  @IsOptional()
  @Matches(COUNTRY_CODE, countryCode)
  countryCode?: string;
}

export class PlanLineCreateDto {
  @ApiProperty({
    description: 'Police unit the line trains (the one in need, or the lead unit of a country-wide line)',
    format: 'uuid',
  })
  @IsUUID()
  policeUnitId: string;

  @ApiProperty({ description: 'Course to deliver (published)', format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiProperty({ description: 'Quarter of delivery, YYYY-Qn, within the plan’s period', example: '2027-Q2' })
  @Matches(QUARTER_PATTERN, quarter)
  quarter: string;

  @ApiProperty({ description: 'Officers to train (1–500)', minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  officers: number;

  @ApiProperty({
    description: 'Delivery mode; online lines of a foundation course are self-paced',
    enum: DELIVERY_MODES,
    enumName: 'DeliveryMode',
  })
  @IsIn(DELIVERY_MODES)
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Teaching language (BCP 47), one of the course’s', maxLength: 10 })
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  language: string;
}

export class PlanLineUpdateDto {
  @ApiPropertyOptional({ description: 'Police unit the line trains', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiPropertyOptional({ description: 'Quarter of delivery, YYYY-Qn, within the plan’s period', example: '2027-Q2' })
  @IsOptional()
  @Matches(QUARTER_PATTERN, quarter)
  quarter?: string;

  @ApiPropertyOptional({ description: 'Officers to train (1–500)', minimum: 1, maximum: 500 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  officers?: number;

  @ApiPropertyOptional({ description: 'Delivery mode', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsOptional()
  @IsIn(DELIVERY_MODES)
  deliveryMode?: DeliveryMode;

  @ApiPropertyOptional({ description: 'Teaching language (BCP 47), one of the course’s', maxLength: 10 })
  @IsOptional()
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  language?: string;
}

export class PlanLineReasonDto {
  @ApiProperty({ description: 'Officers in the gap the line closes (the largest of its competencies)' })
  gap: number;

  @ApiProperty({ description: 'The country’s priority weight (1–5) when the line was proposed' })
  priority: number;

  @ApiProperty({ description: 'gap × priority: the proposal orders lines by it' })
  score: number;

  @ApiProperty({ description: 'Competencies the course closes for the unit', type: [String] })
  competencyIds: string[];

  @ApiProperty({ description: 'Competency roles whose gaps the line answers', type: [String] })
  competencyRoleIds: string[];
}

export class PlanLineResponseDto {
  @ApiProperty({ description: 'Plan line id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Police unit trained', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'Police unit name' })
  policeUnitName: string;

  @ApiProperty({ description: 'Course delivered', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({
    description: 'The competency with the largest gap it closes (null: added by an admin)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  competencyId: string | null;

  @ApiProperty({ description: 'Quarter, YYYY-Qn' })
  quarter: string;

  @ApiProperty({ description: 'Officers to train' })
  officers: number;

  @ApiProperty({ description: 'Delivery mode', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ description: 'Teaching language (BCP 47)' })
  language: string;

  @ApiProperty({ description: 'Self-paced (an open online cohort without a trainer) rather than a training request' })
  selfPaced: boolean;

  @ApiProperty({
    description: 'Why the proposal chose the line; null for lines an admin added',
    type: PlanLineReasonDto,
    nullable: true,
  })
  reason: PlanLineReasonDto | null;

  @ApiProperty({ description: 'Training request raised on approval', format: 'uuid', nullable: true, type: String })
  trainingRequestId: string | null;

  @ApiProperty({
    description: 'Open cohort opened on approval (self-paced lines)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  cohortId: string | null;
}

export class WorkplanResponseDto {
  @ApiProperty({ description: 'Workplan id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Country name' })
  countryName: string;

  @ApiProperty({ description: 'First quarter, YYYY-Qn' })
  periodStart: string;

  @ApiProperty({ description: 'Last quarter (inclusive), YYYY-Qn' })
  periodEnd: string;

  @ApiProperty({ description: 'Draft or approved', enum: WORKPLAN_STATUSES, enumName: 'WorkplanStatus' })
  status: WorkplanStatus;

  @ApiProperty({ description: 'When it was approved', format: 'date-time', nullable: true, type: String })
  approvedAt: string | null;

  @ApiProperty({ description: 'When it was drafted', format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    description: 'Its lines the caller may see (a coordinator: their unit’s only)',
    type: [PlanLineResponseDto],
  })
  lines: PlanLineResponseDto[];
}

export class WorkplanSummaryDto {
  @ApiProperty({ description: 'Workplan id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Country name' })
  countryName: string;

  @ApiProperty({ description: 'First quarter, YYYY-Qn' })
  periodStart: string;

  @ApiProperty({ description: 'Last quarter (inclusive), YYYY-Qn' })
  periodEnd: string;

  @ApiProperty({ description: 'Draft or approved', enum: WORKPLAN_STATUSES, enumName: 'WorkplanStatus' })
  status: WorkplanStatus;

  @ApiProperty({ description: 'When it was approved', format: 'date-time', nullable: true, type: String })
  approvedAt: string | null;

  @ApiProperty({ description: 'When it was drafted', format: 'date-time' })
  createdAt: string;
}

export class WorkplanListDto {
  @ApiProperty({ description: 'Workplans the caller may see, newest period first', type: [WorkplanSummaryDto] })
  items: WorkplanSummaryDto[];
}

export class PlanLineProgressDto {
  @ApiProperty({ description: 'Plan line id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Police unit', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'Course', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Quarter, YYYY-Qn' })
  quarter: string;

  @ApiProperty({ description: 'Officers the line plans to train' })
  target: number;

  @ApiProperty({ description: 'Training requests raised for it (0 or 1)' })
  requestsRaised: number;

  @ApiProperty({ description: 'Of those, filled (a trainer assigned)' })
  requestsFilled: number;

  @ApiProperty({
    description: 'Its request’s status',
    enum: TRAINING_REQUEST_STATUSES,
    enumName: 'TrainingRequestStatus',
    nullable: true,
  })
  requestStatus: TrainingRequestStatus | null;

  @ApiProperty({ description: 'Cohorts held (running or completed)' })
  cohortsHeld: number;

  @ApiProperty({ description: 'Officers who completed its cohort' })
  officersTrained: number;

  @ApiProperty({ description: 'Of those, certified by a programme counting the course since the cohort started' })
  officersCertified: number;
}

export class WorkplanProgressDto {
  @ApiProperty({ description: 'Workplan id', format: 'uuid' })
  workplanId: string;

  @ApiProperty({ description: 'Per line the caller may see', type: [PlanLineProgressDto] })
  lines: PlanLineProgressDto[];
}

export class RoleCoverageDto {
  @ApiProperty({ description: 'Competency role', format: 'uuid' })
  competencyRoleId: string;

  @ApiProperty({
    description:
      'Its name in the reader’s language, as the competency framework gives it (admins: the English source they edit)',
  })
  name: string;

  @ApiProperty({ description: 'Officers the unit needs in the role (its needs assessment)' })
  officersNeeded: number;

  @ApiProperty({
    description:
      'Officers and coordinators of the unit holding every competency the role requires at the required level, at the end of the assessment day (inferred from completions and certifications)',
  })
  atLevelBefore: number;

  @ApiProperty({ description: 'The same, now (by the application’s clock; never before the assessment day’s end)' })
  atLevelNow: number;

  @ApiProperty({
    description: 'Coverage before: min(at level, needed) ÷ needed, in percent; null when none are needed',
    type: Number,
    nullable: true,
  })
  coverageBefore: number | null;

  @ApiProperty({ description: 'Coverage now, as above', type: Number, nullable: true })
  coverageNow: number | null;
}

export class UnitCoverageDto {
  @ApiProperty({ description: 'Police unit with lines in the plan', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'Its name' })
  policeUnitName: string;

  @ApiProperty({
    description:
      'The needs assessment the plan was proposed from: the unit’s latest approved one when the plan was created; null when it had none',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  needsAssessmentId: string | null;

  @ApiProperty({
    description: 'Its assessment day (YYYY-MM-DD): "before" is as of its end (UTC)',
    type: String,
    nullable: true,
  })
  assessedOn: string | null;

  @ApiProperty({ description: 'Per competency role of the assessment', type: [RoleCoverageDto] })
  roles: RoleCoverageDto[];
}

export class WorkplanCoverageDto {
  @ApiProperty({ description: 'Workplan id', format: 'uuid' })
  workplanId: string;

  @ApiProperty({
    description: 'The instant "now" is counted at: the application’s clock (a unit’s "before" when that is later)',
    format: 'date-time',
  })
  now: string;

  @ApiProperty({ description: 'Per unit with lines the caller may see', type: [UnitCoverageDto] })
  units: UnitCoverageDto[];
}

export class CountryPriorityDto {
  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Country name' })
  name: string;

  @ApiProperty({ description: 'A cybercrime hotspot' })
  hotspot: boolean;

  @ApiProperty({ description: 'Priority weight 1–5 (default 4 for hotspots, 2 otherwise)' })
  weight: number;

  @ApiProperty({ description: 'Whether an admin set it (false: the default)' })
  set: boolean;
}

export class CountryPriorityListDto {
  @ApiProperty({ description: 'Every country with its weight', type: [CountryPriorityDto] })
  items: CountryPriorityDto[];
}

export class CountryPriorityUpdateDto {
  @ApiProperty({ description: 'Priority weight 1–5', minimum: COUNTRY_WEIGHT_MIN, maximum: COUNTRY_WEIGHT_MAX })
  @IsInt()
  @Min(COUNTRY_WEIGHT_MIN)
  @Max(COUNTRY_WEIGHT_MAX)
  weight: number;
}

export class PlanDemandRowDto {
  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Quarter, YYYY-Qn' })
  quarter: string;

  @ApiProperty({ description: 'Course', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({
    description: 'Officers planned (non-admins: 1–4 shown as "<5", the rest rounded to 5)',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['<5'] }],
  })
  officers: number | '<5';

  @ApiProperty({
    description: 'Training requests raised (same rounding)',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['<5'] }],
  })
  requests: number | '<5';
}

export class PlanDemandDto {
  @ApiProperty({
    description:
      'Approved plans’ instructor-led demand for courses the firm’s trainers teach, by country and quarter; no unit',
    type: [PlanDemandRowDto],
  })
  rows: PlanDemandRowDto[];
}

export class WorkplanApproveResultDto {
  @ApiProperty({ description: 'Training requests raised by this approval' })
  raised: number;

  @ApiProperty({ description: 'Self-paced open cohorts opened by this approval' })
  opened: number;
}
