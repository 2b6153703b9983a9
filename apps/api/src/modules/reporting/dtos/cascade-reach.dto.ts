import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { MIN_UNITS_PER_AREA, SUPPRESSED_COUNT, type Count } from '@icspa/domain';
import { MONTH } from './uptake.dto';

const count = (description: string) =>
  ApiProperty({
    description: `${description}; outside an admin's view "<5" when 1 to 4, else rounded to the nearest 5`,
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', enum: [SUPPRESSED_COUNT] },
    ],
  });

export class CascadeFirmsQueryDto {
  @ApiPropertyOptional({
    description: 'Only this member firm (admins; a member admin always sees their own)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  memberFirmId?: string;
}

export class CascadeCountriesQueryDto {
  @ApiPropertyOptional({ description: 'Only the countries of this region (code)', example: 'europe' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, {
    message: 'must be a region code such as europe',
    context: { code: 'validation.format.region_code' },
  })
  region?: string;
}

/** A count of a country or month, null where the country is withheld (too few police units). */
const areaCount = (description: string) =>
  ApiProperty({
    description: `${description}; outside an admin's view "<5" when 1 to 4, else rounded to the nearest 5; null when the country is withheld`,
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', enum: [SUPPRESSED_COUNT] },
    ],
    nullable: true,
  });

const WITHHELD = `Whether the country's figures are withheld (outside an admin's view: it holds fewer than ${MIN_UNITS_PER_AREA} police units, or would be the remainder of such areas); every count is then null`;

export class CascadeSeriesQueryDto {
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
}

export class CascadeReachDto {
  @count('Officers reached directly: holding a seat in a cohort the expert(s) delivered')
  direct: Count;

  @count(
    'Officers reached through the cascade: holding a seat in a cohort delivered by a local trainer they trained, or one those trained, and so on',
  )
  cascade: Count;

  @count('Local trainers descending from them, every generation')
  localTrainers: Count;

  @ApiProperty({ description: 'How many generations deep the cascade goes (0: no local trainer yet)' })
  generations: number;
}

export class CascadeExpertDto extends CascadeReachDto {
  @ApiProperty({ description: 'Expert trainer', format: 'uuid' })
  trainerId: string;

  @ApiProperty({ description: 'Name' })
  trainerName: string;

  @ApiProperty({ description: 'Member firm', format: 'uuid' })
  memberFirmId: string;
}

export class CascadeExpertsDto {
  @ApiProperty({ description: 'Per expert trainer, by name', type: [CascadeExpertDto] })
  items: CascadeExpertDto[];
}

export class CascadeFirmDto extends CascadeReachDto {
  @ApiProperty({ description: 'Member firm', format: 'uuid' })
  memberFirmId: string;

  @ApiProperty({ description: 'Name' })
  name: string;

  @ApiProperty({ description: 'Its expert trainers' })
  experts: number;
}

export class CascadeFirmsDto {
  @ApiProperty({
    description: 'Per member firm (a member admin: their own), officers counted once',
    type: [CascadeFirmDto],
  })
  items: CascadeFirmDto[];
}

export class CascadeCountryDto {
  @ApiProperty({ description: 'Country (ISO alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Name' })
  name: string;

  @ApiProperty({ description: 'Its region (code)', example: 'eastern-europe' })
  regionCode: string;

  @ApiProperty({ description: WITHHELD })
  withheld: boolean;

  @areaCount('Local trainers of the country')
  localTrainers: Count | null;

  @areaCount('Its officers reached by member-firm experts (delivery imported)')
  byExperts: Count | null;

  @areaCount('Its officers reached by local trainers (delivery by the cascade)')
  byLocalTrainers: Count | null;

  @ApiProperty({
    description: 'The deepest generation among its local trainers (0: none); null when withheld',
    type: Number,
    nullable: true,
  })
  generations: number | null;
}

export class CascadeCountriesDto {
  @ApiProperty({
    description: 'Whether counts from 1 to 4 are shown as "<5" and the others rounded to the nearest 5',
  })
  suppressed: boolean;

  @ApiProperty({
    description:
      'Countries with delivery or local trainers, by name (outside an admin’s view, every withheld country with police units too, whatever its delivery)',
    type: [CascadeCountryDto],
  })
  items: CascadeCountryDto[];
}

export class CascadeMonthDto {
  @ApiProperty({ description: 'Month (YYYY-MM) the cohorts started' })
  month: string;

  @areaCount('Cohorts taught by a local trainer alone (delivery by the cascade)')
  local: Count | null;

  @areaCount('Cohorts taught by a member-firm expert alone (delivery imported)')
  expert: Count | null;

  @areaCount('Cohorts co-delivered by a local trainer and an expert')
  coDelivered: Count | null;
}

export class CascadeCountrySeriesDto {
  @ApiProperty({ description: 'Country (ISO alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'First month of the period', example: '2026-01' })
  from: string;

  @ApiProperty({ description: 'Last month of the period, inclusive', example: '2026-12' })
  to: string;

  @ApiProperty({
    description: 'Whether counts from 1 to 4 are shown as "<5" and the others rounded to the nearest 5',
  })
  suppressed: boolean;

  @ApiProperty({ description: WITHHELD })
  withheld: boolean;

  @ApiProperty({
    description: 'Every month of the period, oldest first: delivery local against imported',
    type: [CascadeMonthDto],
  })
  months: CascadeMonthDto[];
}
