import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { SUPPRESSED_COUNT, type Count } from '@icspa/domain';

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

  @count('Local trainers of the country')
  localTrainers: Count;

  @count('Its officers reached by member-firm experts (delivery imported)')
  byExperts: Count;

  @count('Its officers reached by local trainers (delivery by the cascade)')
  byLocalTrainers: Count;

  @ApiProperty({ description: 'The deepest generation among its local trainers (0: none)' })
  generations: number;
}

export class CascadeCountriesDto {
  @ApiProperty({ description: 'Countries with delivery or local trainers, by name', type: [CascadeCountryDto] })
  items: CascadeCountryDto[];
}

export class CascadeMonthDto {
  @ApiProperty({ description: 'Month (YYYY-MM) the cohorts started' })
  month: string;

  @count('Cohorts taught by a local trainer alone')
  local: Count;

  @count('Cohorts taught by a member-firm expert alone')
  expert: Count;

  @count('Cohorts co-delivered by a local trainer and an expert')
  coDelivered: Count;
}

export class CascadeCountrySeriesDto {
  @ApiProperty({ description: 'Country (ISO alpha-2)' })
  countryCode: string;

  @ApiProperty({ description: 'Delivery per month, local against imported', type: [CascadeMonthDto] })
  months: CascadeMonthDto[];
}
