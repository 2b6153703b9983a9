import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { SUPPRESSED_COUNT, UPTAKE_TABLES, type Count, type UptakeTable } from '@icspa/domain';
import { TOPIC } from '../../catalogue/dtos/course.dto';
import { UPTAKE_LEVELS, type UptakeLevel } from '../uptake-figures';

/** A month of this century or the last: the academy has no older history, and PostgreSQL dates need a real year. */
export const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
const COUNT_SCHEMA = {
  oneOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', enum: [SUPPRESSED_COUNT] },
  ],
};
/** A count of an area or month, which is null where the area is withheld (too few police units). */
const areaCount = (description: string) =>
  ApiProperty({
    description: `${description}; outside an admin's view "<5" when 1 to 4, else rounded to the nearest 5; null when the area is withheld`,
    ...COUNT_SCHEMA,
    nullable: true,
  });
const count = (description: string) =>
  ApiProperty({
    description: `${description}; outside an admin's view "<5" when 1 to 4, else rounded to the nearest 5`,
    ...COUNT_SCHEMA,
  });

/** Filters every uptake view shares: the period and what was taught. */
export class UptakePeriodQueryDto {
  @ApiPropertyOptional({
    description: 'First month of the period, YYYY-MM (UTC); default 11 months before `to`',
    example: '2026-01',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month as YYYY-MM', context: { code: 'validation.format.month' } })
  from?: string;

  @ApiPropertyOptional({
    description: 'Last month of the period, YYYY-MM (UTC), inclusive; default this month',
    example: '2026-12',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month as YYYY-MM', context: { code: 'validation.format.month' } })
  to?: string;

  @ApiPropertyOptional({ description: 'Only courses with this topic tag', example: 'digital-forensics' })
  @IsOptional()
  @Matches(TOPIC, {
    message: 'must be a topic tag such as digital-forensics',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40)
  topic?: string;

  @ApiPropertyOptional({ description: 'Only this course', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  courseId?: string;
}

/** Where: a region, a country, or (admins) one unit. */
export class UptakeScopeQueryDto extends UptakePeriodQueryDto {
  @ApiPropertyOptional({ description: 'Only this region (code)', example: 'europe' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, {
    message: 'must be a region code such as europe',
    context: { code: 'validation.format.region_code' },
  })
  region?: string;

  @ApiPropertyOptional({ description: 'Only this country (ISO 3166-1 alpha-2)', example: 'UA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  country?: string;

  @ApiPropertyOptional({ description: 'Only this police unit (admins only)', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  unitId?: string;
}

export class UptakeReportQueryDto extends UptakeScopeQueryDto {
  @ApiProperty({
    description: 'One row per region, per country, or per police unit (admins only)',
    enum: UPTAKE_LEVELS,
  })
  @IsIn(UPTAKE_LEVELS, { message: `must be one of ${UPTAKE_LEVELS.join(', ')}` })
  level: UptakeLevel;
}

export class UptakeExportQueryDto extends UptakeScopeQueryDto {
  @ApiProperty({ description: 'Which table: areas (needs level), series, firms or my-unit', enum: UPTAKE_TABLES })
  @IsIn(UPTAKE_TABLES, { message: `must be one of ${UPTAKE_TABLES.join(', ')}` })
  table: UptakeTable;

  @ApiPropertyOptional({ description: 'Rows of the areas table: region, country or unit', enum: UPTAKE_LEVELS })
  @IsOptional()
  @IsIn(UPTAKE_LEVELS, { message: `must be one of ${UPTAKE_LEVELS.join(', ')}` })
  level?: UptakeLevel;
}

export class UptakeRowDto {
  @ApiProperty({ description: 'Region code, country code, police unit id, or "total"' })
  key: string;

  @ApiProperty({ description: 'Name of the region, country or unit' })
  name: string;

  @ApiProperty({ description: 'Region code', type: String, nullable: true })
  regionCode: string | null;

  @ApiProperty({ description: 'Country code (countries and units)', type: String, nullable: true })
  countryCode: string | null;

  @ApiProperty({ description: 'Whether the country is a cybercrime hotspot' })
  hotspot: boolean;

  @ApiProperty({
    description:
      'Whether the area’s figures are withheld (outside an admin’s view: it holds fewer than 3 police units, or its figures would be the remainder of such areas); its counts are then null',
  })
  withheld: boolean;

  @ApiProperty({ description: 'Police units known in the area (shown even when its figures are withheld)' })
  unitsKnown: number;

  @areaCount(
    "Units with at least one officer holding a seat in the period (outside an admin's view hidden only beside a hidden officer count)",
  )
  unitsReached: Count | null;

  @areaCount('Distinct officers holding a seat in a cohort that started in the period')
  officersEnrolled: Count | null;

  @areaCount('Seat-holding enrolments (enrolled, completed, failed) in cohorts that started in the period')
  enrolments: Count | null;

  @areaCount('Those enrolments that were completed')
  completions: Count | null;

  @ApiProperty({
    description: 'Completions ÷ enrolments, 0 to 1; null without enrolments or when either is suppressed',
    type: Number,
    nullable: true,
  })
  completionRate: number | null;

  @areaCount('Active certifications held by the area’s officers at the time of the figures')
  activeCertifications: Count | null;

  @areaCount('Of those, certifications expiring in the next 90 days')
  expiringCertifications: Count | null;

  @areaCount('Cohorts delivered (completed) that started in the period')
  cohortsDelivered: Count | null;

  @areaCount('Of those, online')
  cohortsOnline: Count | null;

  @areaCount('Of those, in person')
  cohortsInPerson: Count | null;

  @areaCount('Of those, blended')
  cohortsBlended: Count | null;

  @areaCount('Distinct trainers of the delivered cohorts')
  trainersDelivered: Count | null;

  @areaCount('Training requests raised in the period (cancelled ones excluded)')
  requestsRaised: Count | null;

  @areaCount('Of those, filled (a trainer accepted)')
  requestsFilled: Count | null;

  @areaCount('Of those, unfilled (no trainer found)')
  requestsUnfilled: Count | null;

  @areaCount('Seats asked for by those requests')
  seatsRequested: Count | null;

  @areaCount('Seats asked for by the filled requests')
  seatsFilled: Count | null;

  @ApiProperty({
    description:
      'Seats requested minus seats filled: demand not yet met; "<5" when 1 to 4 outside an admin\'s view; null when either side is hidden or the area is withheld',
    oneOf: [{ type: 'integer' }, { type: 'string', enum: [SUPPRESSED_COUNT] }],
    nullable: true,
  })
  seatsGap: Count | null;

  @ApiProperty({
    description: 'Median hours from a request being raised to a trainer accepting it; null without filled requests',
    type: Number,
    nullable: true,
  })
  medianHoursToTrainer: number | null;
}

/** What every uptake view says about its figures: when they were taken, the period, and whether small counts are hidden. */
export class UptakeViewDto {
  @ApiProperty({
    description: 'When the figures were taken from the raw data (the rollup’s time); null before the first refresh',
    type: String,
    format: 'date-time',
    nullable: true,
  })
  asOf: string | null;

  @ApiProperty({ description: 'First month of the period', example: '2026-01' })
  from: string;

  @ApiProperty({ description: 'Last month of the period, inclusive', example: '2026-12' })
  to: string;

  @ApiProperty({
    description: 'Whether counts from 1 to 4 are shown as "<5" and the others rounded to the nearest 5 in this view',
  })
  suppressed: boolean;
}

export class UptakeReportDto extends UptakeViewDto {
  @ApiProperty({ description: 'What one row is', enum: UPTAKE_LEVELS })
  level: UptakeLevel;

  @ApiProperty({ description: 'One row per area', type: [UptakeRowDto] })
  rows: UptakeRowDto[];

  @ApiProperty({
    description: 'The whole scope (every area above, plus cohorts not placed in any)',
    type: UptakeRowDto,
  })
  total: UptakeRowDto;
}

export class UptakeMonthDto {
  @ApiProperty({ description: 'Month, YYYY-MM', example: '2026-03' })
  month: string;

  @areaCount('Seat-holding enrolments in cohorts starting that month')
  enrolments: Count | null;

  @areaCount('Of those, completed')
  completions: Count | null;

  @areaCount('Cohorts delivered that started that month')
  cohortsDelivered: Count | null;

  @areaCount('Training requests raised that month (not cancelled)')
  requestsRaised: Count | null;

  @areaCount('Of those, filled')
  requestsFilled: Count | null;
}

export class UptakeSeriesDto extends UptakeViewDto {
  @ApiProperty({
    description:
      'Whether the scope’s figures are withheld (outside an admin’s view: the country or region holds fewer than 3 police units, or would be the remainder of such areas); every count is then null',
  })
  withheld: boolean;

  @ApiProperty({ description: 'Every month of the period, oldest first', type: [UptakeMonthDto] })
  months: UptakeMonthDto[];
}

export class UptakeFirmDto {
  @ApiProperty({ description: 'Member firm id', format: 'uuid' })
  firmId: string;

  @ApiProperty({ description: 'Member firm name' })
  name: string;

  @ApiProperty({ description: 'Country of the firm' })
  countryCode: string;

  @count('Trainers on the firm’s roster (not disabled)')
  trainers: Count;

  @count('Distinct trainers of the firm who delivered a cohort that started in the period')
  trainersDelivered: Count;

  @count('Cohorts delivered by the firm’s trainers that started in the period')
  cohortsDelivered: Count;

  @count('Assignments proposed to the firm’s trainers in the period')
  assignmentsProposed: Count;

  @count('Of those, accepted (or since delivered)')
  assignmentsAccepted: Count;

  @count('Of those, declined')
  assignmentsDeclined: Count;
}

export class UptakeFirmsDto extends UptakeViewDto {
  @ApiProperty({ description: 'One row per member firm (a member admin sees only their own)', type: [UptakeFirmDto] })
  rows: UptakeFirmDto[];
}

/**
 * The mean unit of a country, computed from the country's totals as shown outside an admin's view ("<5" or
 * rounded to 5), never from the exact ones. A mean is withheld (null) when that total is hidden or the other
 * units' total is from 1 to 4, and all of them when the country has fewer than 3 units.
 */
export class UptakeAverageDto {
  @ApiProperty({ description: 'Officers enrolled per unit; null when withheld', type: Number, nullable: true })
  officersEnrolled: number | null;

  @ApiProperty({ description: 'Enrolments per unit; null when withheld', type: Number, nullable: true })
  enrolments: number | null;

  @ApiProperty({ description: 'Completions per unit; null when withheld', type: Number, nullable: true })
  completions: number | null;

  @ApiProperty({
    description: 'The country’s completion rate, 0 to 1, from its rounded counts; null when either is withheld',
    type: Number,
    nullable: true,
  })
  completionRate: number | null;

  @ApiProperty({ description: 'Active certifications per unit; null when withheld', type: Number, nullable: true })
  activeCertifications: number | null;

  @ApiProperty({
    description: 'Certifications expiring in 90 days per unit; null when withheld',
    type: Number,
    nullable: true,
  })
  expiringCertifications: number | null;

  @ApiProperty({
    description: 'Unit-reserved cohorts delivered per unit; null when withheld',
    type: Number,
    nullable: true,
  })
  cohortsDelivered: number | null;

  @ApiProperty({ description: 'Training requests raised per unit; null when withheld', type: Number, nullable: true })
  requestsRaised: number | null;

  @ApiProperty({ description: 'Filled training requests per unit; null when withheld', type: Number, nullable: true })
  requestsFilled: number | null;

  @ApiProperty({ description: 'Seats requested per unit; null when withheld', type: Number, nullable: true })
  seatsRequested: number | null;

  @ApiProperty({ description: 'Seats of filled requests per unit; null when withheld', type: Number, nullable: true })
  seatsFilled: number | null;

  @ApiProperty({
    description: 'The country’s median hours from request to an accepted trainer',
    type: Number,
    nullable: true,
  })
  medianHoursToTrainer: number | null;
}

export class UptakeMyUnitDto extends UptakeViewDto {
  @ApiProperty({ description: 'The coordinator’s own unit', type: UptakeRowDto })
  unit: UptakeRowDto;

  @ApiProperty({ description: 'Mean per unit over the units of the same country', type: UptakeAverageDto })
  countryAverage: UptakeAverageDto;

  @ApiProperty({ description: 'How many units the country has' })
  countryUnits: number;
}

export class UptakeStatusDto {
  @ApiProperty({
    description: 'Time of the figures; null before the first refresh',
    type: String,
    format: 'date-time',
    nullable: true,
  })
  asOf: string | null;

  @ApiProperty({ description: 'How long the last refresh took, in milliseconds', type: Number, nullable: true })
  durationMs: number | null;

  @ApiProperty({ description: 'Whether a refresh is queued or running' })
  refreshing: boolean;

  @ApiProperty({ description: 'Progress of the running refresh, 0 to 100' })
  progress: number;

  @ApiProperty({
    description:
      'When the latest refresh failed, if that was after the figures were taken (the reason is in the worker log)',
    type: String,
    format: 'date-time',
    nullable: true,
  })
  failedAt: string | null;
}

export class UptakeRefreshDto {
  @ApiProperty({ description: 'Queue job id of the refresh' })
  jobId: string;
}

export class PlanDeliveryQueryDto {
  @ApiPropertyOptional({ description: 'Only this country, with its quarters (ISO 3166-1 alpha-2)', example: 'UA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  country?: string;
}

export class PlanDeliveryFiguresDto {
  @areaCount('Officers the approved workplans plan to train')
  planned: Count | null;

  @areaCount('Officers who completed a plan line’s cohort')
  trained: Count | null;

  @areaCount('Of those, certified by a programme counting the line’s course')
  certified: Count | null;

  @ApiProperty({
    description:
      'Plan delivery: trained ÷ planned, a whole percent rounded down (100: the plan met); outside an admin’s view from the counts as shown. Null when withheld, nothing is planned, or either count is "<5"',
    type: Number,
    nullable: true,
  })
  delivery: number | null;

  @ApiProperty({ description: 'Whether the area’s figures are withheld (too few police units)' })
  withheld: boolean;
}

export class PlanDeliveryCountryDto extends PlanDeliveryFiguresDto {
  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)' })
  countryCode: string;
}

export class PlanDeliveryQuarterDto extends PlanDeliveryFiguresDto {
  @ApiProperty({ description: 'Quarter, YYYY-Qn' })
  quarter: string;
}

export class PlanDeliveryDto {
  @ApiProperty({
    description: 'When the figures were taken (the rollup shared with every uptake figure); null before the first',
    type: String,
    format: 'date-time',
    nullable: true,
  })
  asOf: string | null;

  @ApiProperty({ description: 'Whether counts from 1 to 4 are shown as "<5" and the others rounded to the nearest 5' })
  suppressed: boolean;

  @ApiProperty({ description: 'Per country with an approved workplan', type: [PlanDeliveryCountryDto] })
  countries: PlanDeliveryCountryDto[];

  @ApiProperty({
    description: 'Per quarter: plan against actual over time (of the country, or of every country)',
    type: [PlanDeliveryQuarterDto],
  })
  quarters: PlanDeliveryQuarterDto[];
}
