import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
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
} from 'class-validator';
import {
  DELIVERY_MODES,
  TRAINER_EXCLUSIONS,
  TRAINER_POOLS,
  type DeliveryMode,
  type TrainerExclusion,
  type TrainerPool,
} from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { LANGUAGE_TAG } from '../../catalogue/dtos/course.dto';
import { Trim } from '../../../core/http/trim';

const COUNTRY = /^[A-Z]{2}$/;

export class TrainerListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only trainers of this member firm (admins)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberFirmId?: string;

  @ApiPropertyOptional({
    description: 'Search: the start of the e-mail, or the name (typos forgiven, any script); best matches first',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class UnavailabilityDto {
  @ApiProperty({ description: 'Id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'First unavailable instant', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'Available again from', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Why (visible to the firm and admins)', nullable: true, type: String })
  reason: string | null;
}

export class TrainerResponseDto {
  @ApiProperty({ description: 'Trainer (user) id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Name' })
  displayName: string;

  @ApiProperty({ description: 'E-mail' })
  email: string;

  @ApiProperty({ description: 'Member firm (null: a local trainer)', format: 'uuid', type: String, nullable: true })
  memberFirmId: string | null;

  @ApiProperty({ description: 'Member firm name (null: a local trainer)', type: String, nullable: true })
  memberFirmName: string | null;

  @ApiProperty({
    description: 'A member firm’s expert, or a local trainer (an officer)',
    enum: TRAINER_POOLS,
    enumName: 'TrainerPool',
  })
  pool: TrainerPool;

  @ApiProperty({
    description: 'Local trainer: the cohort of the train-the-trainer course that trained them',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  trainedInCohortId: string | null;

  @ApiProperty({ description: 'Languages (BCP 47)', type: [String] })
  languages: string[];

  @ApiProperty({ description: 'Topic tags', type: [String] })
  skills: string[];

  @ApiProperty({ description: 'Courses the trainer is qualified to deliver', type: [String], format: 'uuid' })
  courseIds: string[];

  @ApiProperty({ description: 'Countries the trainer delivers in (ISO alpha-2)', type: [String] })
  countryCodes: string[];

  @ApiProperty({ description: 'Countries the trainer must not be sent to', type: [String] })
  excludedCountryCodes: string[];

  @ApiProperty({ description: 'Delivers online only' })
  onlineOnly: boolean;

  @ApiProperty({ description: 'Most assignments per quarter' })
  loadLimitPerQuarter: number;

  @ApiProperty({ description: 'Periods the trainer is not available', type: [UnavailabilityDto] })
  unavailability: UnavailabilityDto[];
}

export class TrainerPageDto extends PageOf(TrainerResponseDto, 'TrainerPageDto') {}

export class TrainerProfileUpdateDto {
  @ApiPropertyOptional({ description: 'Languages (BCP 47)', type: [String], maxItems: 15 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @ArrayUnique()
  @Matches(LANGUAGE_TAG, {
    each: true,
    message: 'each must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Topic tags', type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    each: true,
    message: 'each must be a topic tag such as osint',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40, { each: true })
  skills?: string[];

  @ApiPropertyOptional({
    description: 'Courses the trainer is qualified to deliver (admins and member admins)',
    type: [String],
    format: 'uuid',
    maxItems: 100,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  courseIds?: string[];

  @ApiPropertyOptional({ description: 'Countries delivered in (ISO alpha-2)', type: [String], maxItems: 250 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(COUNTRY, {
    each: true,
    message: 'each must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  countryCodes?: string[];

  @ApiPropertyOptional({ description: 'Countries the trainer must not be sent to', type: [String], maxItems: 250 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(COUNTRY, {
    each: true,
    message: 'each must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  excludedCountryCodes?: string[];

  @ApiPropertyOptional({ description: 'Delivers online only' })
  @IsOptional()
  @IsBoolean()
  onlineOnly?: boolean;

  @ApiPropertyOptional({ description: 'Most assignments per quarter', minimum: 0, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  loadLimitPerQuarter?: number;
}

export class UnavailabilityCreateDto {
  @ApiProperty({ description: 'First unavailable instant (ISO 8601)', format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ description: 'Available again from (ISO 8601), after startsAt', format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({ description: 'Why', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class TrainerOptionsQueryDto {
  @ApiProperty({ description: 'The cohort’s course', format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiProperty({ description: 'Language it is taught in (BCP 47)', example: 'uk' })
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as uk or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  language: string;

  @ApiProperty({ description: 'How it is delivered', enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsIn(DELIVERY_MODES)
  deliveryMode: DeliveryMode;

  @ApiPropertyOptional({ description: 'Country where it is held (in person or blended)', example: 'UA' })
  @IsOptional()
  @Matches(COUNTRY, {
    message: 'must be an ISO 3166-1 alpha-2 code such as UA',
    context: { code: 'validation.format.country_code' },
  })
  countryCode?: string;

  @ApiPropertyOptional({ description: 'The police unit the cohort is reserved for', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiProperty({ description: 'Start', format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ description: 'End', format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({ description: 'The cohort being edited (its own booking does not count)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({
    description: 'Search: the start of the e-mail, or the name (typos forgiven, any script)',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class TrainerOptionDto {
  @ApiProperty({ description: 'Trainer (user) id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Name' })
  displayName: string;

  @ApiProperty({ description: 'Member firm name (null: a local trainer)', type: String, nullable: true })
  memberFirmName: string | null;

  @ApiProperty({
    description: 'A member firm’s expert, or a local trainer',
    enum: TRAINER_POOLS,
    enumName: 'TrainerPool',
  })
  pool: TrainerPool;

  @ApiProperty({
    description: 'Null: qualified and free for these dates. Otherwise the first of the matcher’s rules they fail',
    enum: TRAINER_EXCLUSIONS,
    enumName: 'TrainerExclusion',
    nullable: true,
  })
  excludedBy: TrainerExclusion | null;
}

export class TrainerOptionsDto {
  @ApiProperty({
    description: 'Trainers who may teach it, then the others with their reason (at most 200)',
    type: [TrainerOptionDto],
  })
  items: TrainerOptionDto[];

  @ApiProperty({ description: 'How many may teach it' })
  eligible: number;
}
