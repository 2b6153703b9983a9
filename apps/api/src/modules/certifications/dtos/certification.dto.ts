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
import {
  CERTIFICATION_STATUSES,
  REVOCATION_CATEGORIES,
  type CertificationStatus,
  type RevocationCategory,
} from '@icspa/domain';
import { KeysetPageOf, KeysetPageQueryDto, PageOf } from '../../../core/http/pagination.dto';
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

  @ApiPropertyOptional({ description: 'When it was revoked', nullable: true, type: String, format: 'date-time' })
  revokedAt?: string | null;

  @ApiPropertyOptional({
    description: 'The revocation’s category (what verifiers see)',
    nullable: true,
    enum: REVOCATION_CATEGORIES,
    type: String,
  })
  revocationCategory?: RevocationCategory | null;

  @ApiProperty({ description: 'Public verification code, in groups of four (older codes as printed)' })
  publicCode: string;

  @ApiProperty({
    description: 'Public verification page',
    example: 'http://localhost:3000/verify/7QX4-0M2P-D1VK-AB9Z-R3T5',
  })
  verificationUrl: string;

  @ApiProperty({ description: 'The certification it renews', format: 'uuid', nullable: true, type: String })
  previousId: string | null;

  @ApiProperty({ description: 'Whether the holder may recertify now' })
  canRecertify: boolean;

  @ApiProperty({ description: 'When the recertification window opens', format: 'date-time' })
  recertificationOpensAt: string;
}

export class CertificationPageDto extends KeysetPageOf(CertificationResponseDto, 'CertificationPageDto') {}

export class CertificationListQueryDto extends KeysetPageQueryDto {
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

  @ApiPropertyOptional({
    description: 'The reason’s category, the only part verifiers see (default other)',
    enum: REVOCATION_CATEGORIES,
  })
  @IsOptional()
  @IsIn(REVOCATION_CATEGORIES)
  category?: RevocationCategory;
}

export class VerifyQueryDto {
  @ApiPropertyOptional({
    description: 'Also answer whether the certification was valid on this day (YYYY-MM-DD, UTC)',
    example: '2027-03-10',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { context: { code: 'validation.format.date' } })
  on?: string;
}

export class ValidOnDto {
  @ApiProperty({ description: 'The day asked about (UTC)', example: '2027-03-10' })
  date: string;

  @ApiProperty({
    description:
      'valid: valid all that day; not_yet_valid: it starts later; expired: it ended before the day was over; revoked: revoked before the day was over',
    enum: ['valid', 'not_yet_valid', 'expired', 'revoked'],
  })
  status: 'valid' | 'not_yet_valid' | 'expired' | 'revoked';

  @ApiProperty({ description: 'Whether status is valid' })
  valid: boolean;
}

/** A salted hash of the holder's name (OB 3.0 IdentityHash), for the "type the name on the ID" check. */
export class NameIdentifierDto {
  @ApiProperty({
    description: '`sha256$` + hex SHA-256 of the normalised name (`normaliseHolderName`) followed by the salt',
  })
  identityHash: string;

  @ApiProperty({ description: 'The salt (hex)' })
  salt: string;
}

export class VerificationResponseDto {
  @ApiProperty({ description: 'Holder’s name; a protected officer’s initials only ("A. K.")' })
  holderName: string;

  @ApiProperty({ description: 'True when the holder is a protected officer: `holderName` is their initials' })
  holderInitialsOnly: boolean;

  @ApiPropertyOptional({
    description:
      'A protected officer’s only: the salted hashes of their name the credential carries, for the verifier to type the name on the ID and compare',
    type: [NameIdentifierDto],
  })
  nameIdentifiers?: NameIdentifierDto[];

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

  @ApiPropertyOptional({ description: 'When it was revoked (revoked only)', format: 'date-time' })
  revokedAt?: string;

  @ApiPropertyOptional({
    description: 'Why, as a category (revoked only; the reason’s text is for the holder and admins)',
    enum: REVOCATION_CATEGORIES,
  })
  revocationCategory?: RevocationCategory;

  @ApiPropertyOptional({ description: 'The answer to ?on=YYYY-MM-DD', type: ValidOnDto })
  validOn?: ValidOnDto;
}

export class CredentialResponseDto {
  @ApiProperty({
    description:
      'The Open Badges 3.0 credential as a VC-JWT (OB 3.0 §8.2: compact JWS, typ JWT, alg EdDSA; credentials issued before the DID: typ vc+jwt)',
  })
  jwt: string;

  @ApiProperty({
    description: 'The JWT payload: the credential with its JWT claims (iss, jti, sub, nbf, exp, iat)',
    type: 'object',
    additionalProperties: true,
  })
  credential: Record<string, unknown>;

  @ApiProperty({ description: 'Where verifiers get the issuer’s public keys (JWKS), under every key id in use' })
  jwksUrl: string;

  @ApiProperty({ description: 'The key id the JWT names (a did:web DID URL; a JWKS URL for older credentials)' })
  keyId: string;
}
