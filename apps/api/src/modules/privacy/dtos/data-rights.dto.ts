import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ERASURE_REASON_MAX } from '@icspa/domain';
import { Trim } from '../../../core/http/trim';

export class PersonalDataOfficerDto {
  @ApiProperty({ description: 'The officer’s id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Name as held (the placeholder once erased)' })
  name: string;

  @ApiProperty({ description: 'E-mail as held (a non-deliverable placeholder once erased)' })
  email: string;

  @ApiProperty({ description: 'Their police unit', type: String, nullable: true })
  policeUnitName: string | null;

  @ApiProperty({ description: 'Country of the unit (ISO 3166-1 alpha-2)', type: String, nullable: true })
  countryCode: string | null;

  @ApiProperty({
    description: 'Years the data is kept after leaving the unit or being disabled; null: kept',
    type: Number,
    nullable: true,
  })
  retentionYears: number | null;

  @ApiProperty({ description: 'When they left their unit or were disabled', type: String, nullable: true })
  leftAt: string | null;

  @ApiProperty({ description: 'When retention erases the data (left + retention years)', type: String, nullable: true })
  erasureDueAt: string | null;

  @ApiProperty({ description: 'When the data was erased', type: String, nullable: true })
  erasedAt: string | null;
}

export class PersonalDataExportDto {
  @ApiProperty({ description: 'Whom the data is about', type: PersonalDataOfficerDto })
  officer: PersonalDataOfficerDto;

  @ApiProperty({ description: 'When the export was made', format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ description: 'Who made it (user id)', format: 'uuid' })
  exportedById: string;

  @ApiProperty({ description: 'Columns never exported (secrets), as table.column', type: [String] })
  secretsOmitted: string[];

  @ApiProperty({
    description: 'One key per table: the rows that reference the officer (every table the platform has, empty or not)',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
  })
  tables: Record<string, Record<string, unknown>[]>;
}

export class ErasureRequestDto {
  @ApiProperty({
    description: 'Why the officer’s personal data is erased (kept in the audit log; write no personal data)',
    minLength: 3,
    maxLength: ERASURE_REASON_MAX,
  })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(ERASURE_REASON_MAX)
  reason: string;
}

export class ErasureResponseDto {
  @ApiProperty({
    description: 'erased (an admin erased at once) or requested (a coordinator’s request, for an admin to carry out)',
    enum: ['erased', 'requested'],
  })
  status: 'erased' | 'requested';

  @ApiProperty({ description: 'The placeholder name the account now carries', type: String, nullable: true })
  name: string | null;

  @ApiProperty({ description: 'When it was erased', type: String, nullable: true })
  erasedAt: string | null;

  @ApiProperty({
    description: 'Rows changed or removed per table (no personal data)',
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  counts: Record<string, number>;
}
