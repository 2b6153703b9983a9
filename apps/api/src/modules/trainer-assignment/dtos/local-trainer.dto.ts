import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
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
import { LOCAL_TRAINER_APPLICATION_STATUSES, type LocalTrainerApplicationStatus } from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { Trim } from '../../../core/http/trim';
import { LANGUAGE_TAG } from '../../catalogue/dtos/course.dto';

export class LocalTrainerApplicationCreateDto {
  @ApiProperty({ description: 'The applicant’s active train-the-trainer certification', format: 'uuid' })
  @IsUUID()
  certificationId: string;

  @ApiProperty({
    description: 'Languages the applicant teaches in (BCP 47)',
    type: [String],
    minItems: 1,
    maxItems: 15,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ArrayUnique()
  @Matches(LANGUAGE_TAG, {
    each: true,
    message: 'each must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10, { each: true })
  languages: string[];

  @ApiProperty({ description: 'Most assignments per quarter the applicant can take', minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  loadLimitPerQuarter: number;
}

export class LocalTrainerApplicationRefuseDto {
  @ApiProperty({ description: 'Why the application is refused', maxLength: 500 })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class LocalTrainerApplicationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only applications in this status',
    enum: LOCAL_TRAINER_APPLICATION_STATUSES,
    enumName: 'LocalTrainerApplicationStatus',
  })
  @IsOptional()
  @IsIn(LOCAL_TRAINER_APPLICATION_STATUSES)
  status?: LocalTrainerApplicationStatus;
}

export class LocalTrainerApplicationResponseDto {
  @ApiProperty({ description: 'Application id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The applicant', format: 'uuid' })
  officerId: string;

  @ApiProperty({ description: 'The applicant’s name' })
  officerName: string;

  @ApiProperty({ description: 'The applicant’s police unit', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'Police unit name' })
  policeUnitName: string;

  @ApiProperty({ description: 'Country the applicant would deliver in (their unit’s; ISO alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'The train-the-trainer certification', format: 'uuid' })
  certificationId: string;

  @ApiProperty({
    description: 'When that certification expires (the qualification lapses with it)',
    format: 'date-time',
  })
  certificationExpiresAt: string;

  @ApiProperty({ description: 'Its programme’s name' })
  programmeName: string;

  @ApiProperty({ description: 'Courses the applicant would deliver', type: [String], format: 'uuid' })
  courseIds: string[];

  @ApiProperty({ description: 'Their titles', type: [String] })
  courseTitles: string[];

  @ApiProperty({ description: 'Languages (BCP 47)', type: [String] })
  languages: string[];

  @ApiProperty({ description: 'Most assignments per quarter' })
  loadLimitPerQuarter: number;

  @ApiProperty({
    description: 'The cohort in which the applicant completed the train-the-trainer course (lineage)',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  trainedInCohortId: string | null;

  @ApiProperty({
    description: 'pending until both the coordinator and an admin confirm (or one refuses)',
    enum: LOCAL_TRAINER_APPLICATION_STATUSES,
    enumName: 'LocalTrainerApplicationStatus',
  })
  status: LocalTrainerApplicationStatus;

  @ApiProperty({
    description: 'When the unit’s coordinator confirmed',
    format: 'date-time',
    type: String,
    nullable: true,
  })
  coordinatorConfirmedAt: string | null;

  @ApiProperty({ description: 'When an admin confirmed', format: 'date-time', type: String, nullable: true })
  adminConfirmedAt: string | null;

  @ApiProperty({ description: 'When it was refused', format: 'date-time', type: String, nullable: true })
  refusedAt: string | null;

  @ApiProperty({ description: 'Why it was refused', type: String, nullable: true })
  refusalReason: string | null;

  @ApiProperty({ description: 'When the officer applied', format: 'date-time' })
  createdAt: string;
}

export class LocalTrainerApplicationPageDto extends PageOf(
  LocalTrainerApplicationResponseDto,
  'LocalTrainerApplicationPageDto',
) {}
