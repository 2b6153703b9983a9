import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import {
  COMPETENCY_CATEGORIES,
  COMPETENCY_ROLE_SECTORS,
  LEVEL_SOURCES,
  NEEDS_ASSESSMENT_STATUSES,
  type CompetencyCategory,
  type CompetencyRoleSector,
  type LevelSource,
  type NeedsAssessmentStatus,
} from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { Trim } from '../../../core/http/trim';
import { TranslationMetaDto } from '../../translations/dtos/translation.dto';

export class CompetencyResponseDto {
  @ApiProperty({ description: 'Competency id', format: 'uuid' })
  id: string;
  @ApiProperty({ description: 'Stable key, unchanged by renames', example: 'osint' })
  key: string;
  @ApiProperty({ description: 'Category', enum: COMPETENCY_CATEGORIES })
  category: CompetencyCategory;
  @ApiProperty({ description: 'Name in the reader’s language (admins: the English source)' })
  name: string;
  @ApiProperty({ description: 'What the competency covers' })
  description: string;
  @ApiProperty({ description: 'Current version (1 = as created; each edit adds one)' })
  revision: number;
  @ApiProperty({ description: 'How the text shown was chosen', type: TranslationMetaDto })
  translation: TranslationMetaDto;
}

export class RoleRequirementDto {
  @ApiProperty({ description: 'Competency id', format: 'uuid' })
  @IsUUID()
  competencyId: string;
  @ApiProperty({ description: 'Required level, 1–5 (EQF 3–7)', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;
}

export class CompetencyRoleResponseDto {
  @ApiProperty({ description: 'Competency role id (not a user role)', format: 'uuid' })
  id: string;
  @ApiProperty({ description: 'Stable key', example: 'first_responder' })
  key: string;
  @ApiProperty({ description: 'Order in the framework' })
  position: number;
  @ApiProperty({ description: 'Law enforcement or judicial', enum: COMPETENCY_ROLE_SECTORS })
  sector: CompetencyRoleSector;
  @ApiProperty({ description: 'Name in the reader’s language (admins: the English source)' })
  name: string;
  @ApiProperty({ description: 'What the role does' })
  description: string;
  @ApiProperty({ description: 'Competencies the role needs and the level each', type: [RoleRequirementDto] })
  requirements: RoleRequirementDto[];
  @ApiProperty({ description: 'How the text shown was chosen', type: TranslationMetaDto })
  translation: TranslationMetaDto;
}

export class CompetencyFrameworkDto {
  @ApiProperty({ description: 'Competency roles in framework order', type: [CompetencyRoleResponseDto] })
  roles: CompetencyRoleResponseDto[];
  @ApiProperty({ description: 'Live competencies by category, then key', type: [CompetencyResponseDto] })
  competencies: CompetencyResponseDto[];
}

export class CompetencyCreateDto {
  @ApiProperty({ description: 'Stable key: lower-case letters, digits and _', maxLength: 60 })
  @Matches(/^[a-z][a-z0-9_]{1,59}$/, { message: 'must be lower-case letters, digits and _' })
  key: string;
  @ApiProperty({ description: 'Category', enum: COMPETENCY_CATEGORIES })
  @IsIn(COMPETENCY_CATEGORIES)
  category: CompetencyCategory;
  @ApiProperty({ description: 'Name (English source)', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;
  @ApiProperty({ description: 'Description (English source)', maxLength: 2000 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  description: string;
}

export class CompetencyUpdateDto {
  @ApiPropertyOptional({ description: 'Category', enum: COMPETENCY_CATEGORIES })
  @IsOptional()
  @IsIn(COMPETENCY_CATEGORIES)
  category?: CompetencyCategory;
  @ApiPropertyOptional({ description: 'New name; the old one stays in the revision history', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: 'New description', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  description?: string;
}

export class CompetencyRevisionDto {
  @ApiProperty({ description: 'Version number' })
  revision: number;
  @ApiProperty({ description: 'Category in that version', enum: COMPETENCY_CATEGORIES })
  category: CompetencyCategory;
  @ApiProperty({ description: 'Name in that version' })
  name: string;
  @ApiProperty({ description: 'Description in that version' })
  description: string;
  @ApiProperty({ description: 'Who made the version', nullable: true, type: String, format: 'uuid' })
  changedBy: string | null;
  @ApiProperty({ description: 'When', format: 'date-time' })
  changedAt: Date;
}

export class CompetencyRoleUpdateDto {
  @ApiPropertyOptional({ description: 'New name (English source)', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: 'New description', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  description?: string;
  @ApiPropertyOptional({
    description: 'The role’s competencies and levels (replaces them)',
    type: [RoleRequirementDto],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RoleRequirementDto)
  requirements?: RoleRequirementDto[];
}

export class AssessmentRoleDto {
  @ApiProperty({ description: 'Competency role id', format: 'uuid' })
  @IsUUID()
  competencyRoleId: string;
  @ApiProperty({ description: 'Officers the unit has in this role now', minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100000)
  officersNow: number;
  @ApiProperty({ description: 'Officers the unit needs in this role', minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100000)
  officersNeeded: number;
}

export class AssessmentLevelInputDto {
  @ApiProperty({ description: 'Competency id', format: 'uuid' })
  @IsUUID()
  competencyId: string;
  @ApiProperty({ description: 'Current level of the unit, 0 (none) to 5', minimum: 0, maximum: 5 })
  @IsInt()
  @Min(0)
  @Max(5)
  currentLevel: number;
}

export class AssessmentLevelDto {
  @ApiProperty({ description: 'Competency id', format: 'uuid' })
  competencyId: string;
  @ApiProperty({ description: 'The competency’s version when the level was recorded' })
  competencyRevision: number;
  @ApiProperty({ description: 'The competency’s name in that version (English source)' })
  nameThen: string;
  @ApiProperty({ description: 'Level inferred from officers’ completions and certifications, 0–5' })
  inferredLevel: number;
  @ApiProperty({ description: 'Level the assessment records, 0–5' })
  currentLevel: number;
  @ApiProperty({ description: 'Inferred, or corrected by the assessor', enum: LEVEL_SOURCES })
  source: LevelSource;
}

export class NeedsAssessmentResponseDto {
  @ApiProperty({ description: 'Needs assessment id', format: 'uuid' })
  id: string;
  @ApiProperty({ description: 'The police unit assessed', format: 'uuid' })
  policeUnitId: string;
  @ApiProperty({ description: 'The unit’s name' })
  unitName: string;
  @ApiProperty({ description: 'The unit’s country (ISO 3166-1 alpha-2)' })
  countryCode: string;
  @ApiProperty({ description: 'Status', enum: NEEDS_ASSESSMENT_STATUSES })
  status: NeedsAssessmentStatus;
  @ApiProperty({ description: 'The day the assessment describes', format: 'date' })
  assessedOn: string;
  @ApiProperty({ description: 'When it was submitted', nullable: true, type: String, format: 'date-time' })
  submittedAt: Date | null;
  @ApiProperty({
    description: 'When an admin approved or returned it',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  reviewedAt: Date | null;
  @ApiProperty({ description: 'The reviewer’s note', nullable: true, type: String })
  reviewNote: string | null;
  @ApiProperty({ description: 'Version; send it back with edits' })
  version: number;
}

export class NeedsAssessmentDetailDto extends NeedsAssessmentResponseDto {
  @ApiProperty({ description: 'Officers now and needed per competency role', type: [AssessmentRoleDto] })
  roles: AssessmentRoleDto[];
  @ApiProperty({ description: 'Inferred and current level per competency', type: [AssessmentLevelDto] })
  levels: AssessmentLevelDto[];
}

export class NeedsAssessmentPageDto extends PageOf(NeedsAssessmentResponseDto, 'NeedsAssessmentPageDto') {}

export class NeedsAssessmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only this unit’s assessments (its history)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;
  @ApiPropertyOptional({ description: 'Only assessments in this status', enum: NEEDS_ASSESSMENT_STATUSES })
  @IsOptional()
  @IsIn(NEEDS_ASSESSMENT_STATUSES)
  status?: NeedsAssessmentStatus;
}

export class NeedsAssessmentCreateDto {
  @ApiPropertyOptional({
    description: 'The unit to assess (admins: required; coordinators: their own, the default)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;
  @ApiProperty({ description: 'The day the assessment describes (YYYY-MM-DD)', format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  assessedOn: string;
}

export class NeedsAssessmentUpdateDto {
  @ApiProperty({ description: 'The version read; a stale one is refused (409)' })
  @IsInt()
  @Min(1)
  version: number;
  @ApiPropertyOptional({ description: 'The day the assessment describes (YYYY-MM-DD)', format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  assessedOn?: string;
  @ApiPropertyOptional({ description: 'Officers per competency role (replaces them)', type: [AssessmentRoleDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssessmentRoleDto)
  roles?: AssessmentRoleDto[];
  @ApiPropertyOptional({
    description: 'Current levels (a level other than the inferred one is a correction)',
    type: [AssessmentLevelInputDto],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AssessmentLevelInputDto)
  levels?: AssessmentLevelInputDto[];
}

export class NeedsAssessmentReviewDto {
  @ApiProperty({ description: 'Approve, or return to the unit with a note', enum: ['approve', 'return'] })
  @IsIn(['approve', 'return'])
  decision: 'approve' | 'return';
  @ApiPropertyOptional({ description: 'Note to the unit (required when returning)', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
