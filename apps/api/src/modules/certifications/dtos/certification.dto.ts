import { TranslationMetaDto } from '../../translations/dtos/translation.dto';
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
import { CERTIFICATION_STATUSES, type CertificationStatus } from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { Trim } from '../../../core/http/trim';

export class ProgrammeResponseDto {
  @ApiProperty({ description: 'Programme id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Name' })
  name: string;

  @ApiProperty({ description: 'What the certification attests' })
  description: string;

  @ApiProperty({ description: 'The programme’s courses', type: [String], format: 'uuid' })
  courseIds: string[];

  @ApiProperty({ description: 'How many of the courses must be completed (all when equal to their number)' })
  requiredCount: number;

  @ApiProperty({ description: 'Validity in months' })
  validityMonths: number;

  @ApiProperty({ description: 'Days before expiry from which the holder may recertify' })
  recertificationWindowDays: number;

  @ApiProperty({ description: 'Skills (topic tags) it attests', type: [String] })
  skills: string[];

  @ApiProperty({
    description:
      'A train-the-trainer programme: the courses its holders may deliver as local trainers once their coordinator and an admin confirm (empty: an ordinary programme)',
    type: [String],
    format: 'uuid',
  })
  trainerCourseIds: string[];

  @ApiProperty({ description: 'Locale of the name and description shown', example: 'uk' })
  contentLocale: string;

  @ApiProperty({ description: 'How the text shown was chosen', type: TranslationMetaDto })
  translation: TranslationMetaDto;
}

export class ProgrammePageDto extends PageOf(ProgrammeResponseDto, 'ProgrammePageDto') {}

export class ProgrammeCreateDto {
  @ApiProperty({ description: 'Name, unique', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'What the certification attests', maxLength: 4000 })
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(4000)
  description: string;

  @ApiProperty({ description: 'The programme’s courses', type: [String], format: 'uuid', minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  courseIds: string[];

  @ApiPropertyOptional({ description: 'How many of them must be completed (default: all)', minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  requiredCount?: number;

  @ApiProperty({ description: 'Validity in months', minimum: 1, maximum: 120 })
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths: number;

  @ApiProperty({ description: 'Days before expiry from which the holder may recertify', minimum: 1, maximum: 365 })
  @IsInt()
  @Min(1)
  @Max(365)
  recertificationWindowDays: number;

  @ApiProperty({ description: 'Skills (topic tags) it attests', type: [String], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    each: true,
    message: 'each must be a topic tag such as osint',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40, { each: true })
  skills: string[];

  @ApiPropertyOptional({
    description: 'Train-the-trainer: the courses its holders may deliver as local trainers (empty: none)',
    type: [String],
    format: 'uuid',
    maxItems: 50,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  trainerCourseIds?: string[];
}

export class ProgrammeUpdateDto {
  @ApiPropertyOptional({ description: 'What the certification attests', maxLength: 4000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({
    description: 'Validity in months (for certifications issued from now on)',
    minimum: 1,
    maximum: 120,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths?: number;

  @ApiPropertyOptional({ description: 'Recertification window in days', minimum: 1, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  recertificationWindowDays?: number;

  @ApiPropertyOptional({
    description: 'Train-the-trainer: the courses its holders may deliver as local trainers (empty: none)',
    type: [String],
    format: 'uuid',
    maxItems: 50,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  trainerCourseIds?: string[];
}

export class CertificationResponseDto {
  @ApiProperty({ description: 'Certification id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Programme', format: 'uuid' })
  programmeId: string;

  @ApiProperty({ description: 'Programme name' })
  programmeName: string;

  @ApiProperty({ description: 'Holder', format: 'uuid' })
  holderId: string;

  @ApiProperty({ description: 'Holder name' })
  holderName: string;

  @ApiProperty({ description: 'Issued', format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ description: 'Valid from (a recertification starts at the previous expiry)', format: 'date-time' })
  validFrom: string;

  @ApiProperty({ description: 'Expires', format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'active, expired or revoked', enum: CERTIFICATION_STATUSES })
  status: CertificationStatus;

  @ApiProperty({ description: 'Why it was revoked', nullable: true, type: String })
  revokedReason: string | null;

  @ApiProperty({ description: 'Public verification code' })
  publicCode: string;

  @ApiProperty({ description: 'Public verification page', example: 'http://localhost:3000/verify/abc' })
  verificationUrl: string;

  @ApiProperty({ description: 'The certification it renews', format: 'uuid', nullable: true, type: String })
  previousId: string | null;

  @ApiProperty({ description: 'Whether the holder may recertify now' })
  canRecertify: boolean;

  @ApiProperty({ description: 'When the recertification window opens', format: 'date-time' })
  recertificationOpensAt: string;
}

export class CertificationPageDto extends PageOf(CertificationResponseDto, 'CertificationPageDto') {}

export class CertificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only this status', enum: CERTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATION_STATUSES)
  status?: CertificationStatus;

  @ApiPropertyOptional({ description: 'Only this programme', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ description: 'Only this holder (admins)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({
    description:
      'Holder search: the start of their e-mail, or their name (typos forgiven, any script); best matches first',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class RevokeDto {
  @ApiProperty({ description: 'Why the certification is revoked (shown to the holder and audited)', maxLength: 500 })
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reason: string;
}

export class VerificationResponseDto {
  @ApiProperty({ description: 'Holder’s name' })
  holderName: string;

  @ApiProperty({ description: 'Programme name' })
  programmeName: string;

  @ApiProperty({ description: 'Issued', format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ description: 'Valid from', format: 'date-time' })
  validFrom: string;

  @ApiProperty({ description: 'Expires', format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'active, expired or revoked', enum: CERTIFICATION_STATUSES })
  status: CertificationStatus;
}

export class CredentialResponseDto {
  @ApiProperty({ description: 'The Open Badges 3.0 credential secured with VC-JOSE (compact JWS, typ vc+jwt)' })
  jwt: string;

  @ApiProperty({ description: 'The credential itself (the JWS payload)', type: 'object', additionalProperties: true })
  credential: Record<string, unknown>;

  @ApiProperty({ description: 'Where verifiers get the issuer’s public key' })
  jwksUrl: string;
}
