import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN, UNIT_ROLES, type Role } from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { Trim } from '../../../core/http/trim';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = {
  message: 'must be an ISO 3166-1 alpha-2 code such as UA',
  context: { code: 'validation.format.country_code' },
};

export class RegionResponseDto {
  @ApiProperty({ description: 'Region code', example: 'eastern-europe' })
  code: string;

  @ApiProperty({ description: 'Region name', example: 'Eastern Europe' })
  name: string;
}

export class CountryResponseDto {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code', example: 'UA' })
  code: string;

  @ApiProperty({ description: 'English short name', example: 'Ukraine' })
  name: string;

  @ApiProperty({ description: 'Region code', example: 'eastern-europe' })
  regionCode: string;

  @ApiProperty({ description: 'Whether the country is a cybercrime hotspot' })
  hotspot: boolean;

  @ApiProperty({
    description:
      'Whole years an officer’s personal data is kept after they left their unit or were disabled; null: kept',
    type: Number,
    nullable: true,
    minimum: RETENTION_YEARS_MIN,
    maximum: RETENTION_YEARS_MAX,
  })
  retentionYears: number | null;
}

export class CountryPageDto extends PageOf(CountryResponseDto, 'CountryPageDto') {}

export class CountryListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only countries of this region', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ description: 'Only hotspots (true) or only others (false)', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  hotspot?: 'true' | 'false';
}

export class CountryUpdateDto {
  @ApiPropertyOptional({
    description:
      'Whole years an officer’s personal data is kept after they left their unit or were disabled; null: kept',
    type: Number,
    nullable: true,
    minimum: RETENTION_YEARS_MIN,
    maximum: RETENTION_YEARS_MAX,
  })
  @IsOptional()
  @IsInt()
  @Min(RETENTION_YEARS_MIN)
  @Max(RETENTION_YEARS_MAX)
  retentionYears?: number | null;

  @ApiPropertyOptional({ description: 'Whether the country is a cybercrime hotspot' })
  @IsOptional()
  @IsBoolean()
  hotspot?: boolean;

  @ApiPropertyOptional({ description: 'Region code', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string;
}

export class PoliceUnitResponseDto {
  @ApiProperty({ description: 'Police unit id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Unit name', example: 'Cyber Police Department — Kyiv' })
  name: string;

  @ApiProperty({ description: 'Agency the unit belongs to', example: 'National Police of Ukraine' })
  agency: string;

  @ApiProperty({ description: 'City', example: 'Kyiv' })
  city: string;

  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)', example: 'UA' })
  countryCode: string;
}

export class PoliceUnitPageDto extends PageOf(PoliceUnitResponseDto, 'PoliceUnitPageDto') {}

export class PoliceUnitListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only units in this country', example: 'UA' })
  @IsOptional()
  @Matches(COUNTRY_CODE, COUNTRY_MESSAGE)
  country?: string;

  @ApiPropertyOptional({ description: 'Only units in this region', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ description: 'Part of the unit, agency or city name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class PoliceUnitCreateDto {
  @ApiProperty({ description: 'Unit name', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Agency the unit belongs to', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  agency: string;

  @ApiProperty({ description: 'City', maxLength: 120 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city: string;

  @ApiProperty({ description: 'Country (ISO 3166-1 alpha-2)', example: 'UA' })
  @Matches(COUNTRY_CODE, COUNTRY_MESSAGE)
  countryCode: string;
}

export class PoliceUnitUpdateDto {
  @ApiPropertyOptional({ description: 'Unit name', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Agency the unit belongs to', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  agency?: string;

  @ApiPropertyOptional({ description: 'City', maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city?: string;
}

export class MemberFirmResponseDto {
  @ApiProperty({ description: 'Member firm id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Firm name', example: 'Trend Micro' })
  name: string;

  @ApiProperty({ description: 'Country of the firm (ISO 3166-1 alpha-2)', example: 'JP' })
  countryCode: string;

  @ApiProperty({ description: 'Web site', nullable: true, type: String })
  website: string | null;
}

export class MemberFirmPageDto extends PageOf(MemberFirmResponseDto, 'MemberFirmPageDto') {}

export class MemberFirmCreateDto {
  @ApiProperty({ description: 'Firm name, unique', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Country of the firm (ISO 3166-1 alpha-2)', example: 'JP' })
  @Matches(COUNTRY_CODE, COUNTRY_MESSAGE)
  countryCode: string;

  @ApiPropertyOptional({ description: 'Web site (https)', maxLength: 300 })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(300)
  website?: string;
}

export class MemberFirmUpdateDto {
  @ApiPropertyOptional({ description: 'Firm name, unique', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Web site (https)', maxLength: 300 })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(300)
  website?: string;
}

export class UnitOfficerDto {
  @ApiProperty({ description: 'User id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Name' })
  displayName: string;

  @ApiProperty({ description: 'E-mail address' })
  email: string;

  @ApiProperty({ description: 'officer or coordinator', enum: UNIT_ROLES })
  role: Role;
}

export class UnitOfficerPageDto extends PageOf(UnitOfficerDto, 'UnitOfficerPageDto') {}

export class UnitOfficerListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Search: the start of the e-mail, or the name (typos forgiven, any script); best matches first',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
