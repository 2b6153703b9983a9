import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  OFFICER_IMPORT_COLUMNS,
  OFFICER_IMPORT_PROBLEMS,
  OFFICER_IMPORT_ROW_STATUSES,
  OFFICER_IMPORT_STATUSES,
  type OfficerImportColumn,
  type OfficerImportProblem,
  type OfficerImportRowStatus,
  type OfficerImportStatus,
} from '@icspa/domain';

export class OfficerImportUnitQueryDto {
  @ApiProperty({
    description: 'The police unit whose officers the file lists (a coordinator: their own)',
    format: 'uuid',
  })
  @IsUUID()
  policeUnitId: string;
}

export class OfficerImportStartQueryDto extends OfficerImportUnitQueryDto {
  @ApiPropertyOptional({ description: 'The name of the uploaded file, to recognise the import by', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}

export class OfficerImportProblemDto {
  @ApiProperty({ description: 'The column at fault', enum: OFFICER_IMPORT_COLUMNS, enumName: 'OfficerImportColumn' })
  column: OfficerImportColumn;

  @ApiProperty({
    description: 'Why the row is refused',
    enum: OFFICER_IMPORT_PROBLEMS,
    enumName: 'OfficerImportProblem',
  })
  code: OfficerImportProblem;

  @ApiPropertyOptional({
    description: 'What the reason needs: `max` (a length), `row` (the first row with the same e-mail)',
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  params?: Record<string, number>;
}

export class OfficerImportRowDto {
  @ApiProperty({ description: 'The row as a spreadsheet numbers it (the header is row 1)' })
  rowNumber: number;

  @ApiProperty({ description: 'The e-mail as it would be stored (trimmed, lower-case)' })
  email: string;

  @ApiProperty({ description: 'The name, as text (a cell that looks like a formula is kept as written)' })
  name: string;

  @ApiProperty({ description: 'The portal language the file gives, or null', type: String, nullable: true })
  language: string | null;

  @ApiProperty({
    description: 'What the row does',
    enum: OFFICER_IMPORT_ROW_STATUSES,
    enumName: 'OfficerImportRowStatus',
  })
  status: OfficerImportRowStatus;

  @ApiProperty({ description: 'For an update: the fields that change', type: [String], enum: ['name', 'language'] })
  changes: Array<'name' | 'language'>;

  @ApiProperty({ description: 'For an error: each problem with its column', type: [OfficerImportProblemDto] })
  problems: OfficerImportProblemDto[];
}

export class OfficerImportCountsDto {
  @ApiProperty({ description: 'Rows that create an officer' })
  new: number;
  @ApiProperty({ description: 'Rows that change an officer of the unit' })
  update: number;
  @ApiProperty({ description: 'Rows that match an officer of the unit as they are' })
  unchanged: number;
  @ApiProperty({ description: 'Rows refused' })
  error: number;
}

export class OfficerImportPreviewDto {
  @ApiProperty({ description: 'Rows under the header (blank rows left out)' })
  totalRows: number;

  @ApiProperty({ description: 'How many rows of each status', type: OfficerImportCountsDto })
  counts: OfficerImportCountsDto;

  @ApiProperty({ description: 'Every row, in file order', type: [OfficerImportRowDto] })
  rows: OfficerImportRowDto[];
}

export class OfficerImportProgressDto {
  @ApiProperty({ description: 'Rows applied so far' })
  done: number;
  @ApiProperty({ description: 'Rows to apply' })
  total: number;
}

export class OfficerImportResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The import' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The police unit' })
  policeUnitId: string;

  @ApiProperty({ description: 'The uploaded file’s name' })
  fileName: string;

  @ApiProperty({
    description: '`queued` while its job waits or runs, then `applied` or `failed` (nothing written)',
    enum: OFFICER_IMPORT_STATUSES,
    enumName: 'OfficerImportStatus',
  })
  status: OfficerImportStatus;

  @ApiProperty({ description: 'Rows of the file' })
  totalRows: number;

  @ApiProperty({
    description: 'Applied: how many rows of each status (all zero until then)',
    type: OfficerImportCountsDto,
  })
  counts: OfficerImportCountsDto;

  @ApiProperty({
    description: 'While queued: the rows applied so far (the job’s progress)',
    type: OfficerImportProgressDto,
  })
  progress: OfficerImportProgressDto;

  @ApiProperty({
    description:
      'Applied: the new officers’ invitations were e-mailed (SMTP configured); otherwise their links are downloaded (POST …/invitations)',
  })
  invitationsEmailed: boolean;

  @ApiProperty({ description: 'When the file was uploaded', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ description: 'When it was applied or failed', format: 'date-time', type: String, nullable: true })
  finishedAt: string | null;
}

export class OfficerImportListDto {
  @ApiProperty({ description: 'The unit’s last 20 imports, newest first', type: [OfficerImportResponseDto] })
  items: OfficerImportResponseDto[];
}
