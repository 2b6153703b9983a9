import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  IsBoolean,
} from 'class-validator';
import { PROTECTION_REASON_MAX, ROLES, type Role } from '@icspa/domain';
import { KeysetPageOf, KeysetPageQueryDto } from '../../../core/http/pagination.dto';
import { IsTimeZone } from '../../../core/validation/is-time-zone';
import { IsHardToGuess } from '../password-strength';
import { MeResponseDto } from './me-response.dto';
import { AccountLinkIssuedDto } from './account-link.dto';

export class UserResponseDto extends MeResponseDto {
  @ApiProperty({ description: 'Whether the account may sign in' })
  disabled: boolean;

  @ApiProperty({ description: 'When the account was created', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ description: 'Whether the owner has chosen a password (false while an invitation is pending)' })
  passwordSet: boolean;

  @ApiProperty({
    description: 'A protected officer: their name never leaves their unit and the alliance admins (false for others)',
  })
  protected: boolean;
}

export class UserCreatedResponseDto extends UserResponseDto {
  @ApiProperty({
    description: 'The invitation issued when no password was given (null when one was)',
    type: AccountLinkIssuedDto,
    nullable: true,
  })
  invitation: AccountLinkIssuedDto | null;
}

export class UserPageDto extends KeysetPageOf(UserResponseDto, 'UserPageDto') {}

export class UserListQueryDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ description: 'Only users with this role', enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Only users of this police unit', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiPropertyOptional({ description: 'Only users of this member firm', format: 'uuid' })
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

export class UserCreateDto {
  @ApiProperty({ description: 'E-mail address; stored lower-case and unique', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ description: 'Name shown in the portal', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @ApiProperty({ description: 'Role', enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({
    description:
      'Initial password, at least 12 characters and hard to guess: no common password, repeats, sequences or the user’s name or e-mail. Leave it out to invite the owner instead: they get a one-time link to choose their own',
    minLength: 12,
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  @IsHardToGuess()
  password?: string;

  @ApiPropertyOptional({ description: 'Police unit (required for officer and coordinator)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiPropertyOptional({ description: 'Member firm (required for trainer and member_admin)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberFirmId?: string;
}

export class UserUpdateDto {
  @ApiPropertyOptional({ description: 'Name shown in the portal', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({
    description: 'E-mail address (the sign-in name); stored lower-case and unique',
    maxLength: 254,
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'Role (admins only, never their own)', enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    description: 'Police unit (admins only; required for officer and coordinator, null for the other roles)',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string | null;

  @ApiPropertyOptional({
    description: 'Member firm (admins only; required for trainer and member_admin, null for the other roles)',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  memberFirmId?: string | null;

  @ApiPropertyOptional({ description: 'Whether the account is disabled (disabling signs it out everywhere)' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class MeUpdateDto {
  @ApiPropertyOptional({ description: 'Preferred portal language (BCP 47)', example: 'pt-BR', maxLength: 10 })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  locale?: string;

  @ApiPropertyOptional({
    description:
      'Further languages the user reads, in order of preference after the portal language (content locale codes); replaces the list',
    type: [String],
    example: ['ru', 'en'],
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    each: true,
    message: 'each must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10, { each: true })
  readsLocales?: string[];
  @ApiPropertyOptional({ description: 'IANA time zone for calendars and e-mails', example: 'Europe/Kyiv' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

export class UserProtectionDto {
  @ApiProperty({
    description:
      'true: the officer is protected (their name never leaves their unit and the alliance admins); false: no longer',
  })
  @IsBoolean()
  protected: boolean;

  @ApiProperty({ description: 'Why (kept in the audit event)', minLength: 1, maxLength: PROTECTION_REASON_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(PROTECTION_REASON_MAX)
  reason: string;
}
