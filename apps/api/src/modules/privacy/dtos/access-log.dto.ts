import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCESS_PURPOSES, type AccessPurpose } from '@icspa/domain';
import { IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';

export class AccessLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only the reads of this officer’s data (an officer reads only their own entries in any case)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  officerId?: string;
}

export class AccessLogPseudonymDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Participant number in a cohort; null outside one' })
  number: number | null;

  @ApiProperty({ description: 'The pseudonym’s code ("KZ-3F9")' })
  code: string;
}

export class AccessLogPersonDto {
  @ApiProperty({ format: 'uuid', description: 'The person' })
  id: string;

  @ApiProperty({ description: 'Their name as the reader of the log may see it (through the one naming function)' })
  name: string;

  @ApiProperty({
    type: AccessLogPseudonymDto,
    nullable: true,
    description: 'The pseudonym when `name` is one; null when it is the real name',
  })
  officerPseudonym: AccessLogPseudonymDto | null;
}

export class AccessLogReaderDto extends AccessLogPersonDto {
  @ApiProperty({ description: 'Their role (officer, coordinator, trainer, member_admin, admin)' })
  role: string;

  @ApiProperty({
    enum: ['police_unit', 'member_firm', 'alliance'],
    description: 'Where they work: a police unit, a member firm, or the alliance (admins)',
  })
  organisationType: 'police_unit' | 'member_firm' | 'alliance';

  @ApiProperty({ nullable: true, type: String, description: 'Their unit’s or firm’s name; null for the alliance' })
  organisationName: string | null;
}

export class AccessLogObjectDto {
  @ApiProperty({ nullable: true, type: String, description: 'What was read through: cohort, training_session, …' })
  type: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Its id' })
  id: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'What it is called (a cohort’s course), when known' })
  name: string | null;
}

export class AccessLogEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The entry' })
  id: string;

  @ApiProperty({ type: AccessLogPersonDto, description: 'The officer whose data was read' })
  officer: AccessLogPersonDto;

  @ApiProperty({
    type: AccessLogReaderDto,
    nullable: true,
    description: 'Who read it (null once that account is gone)',
  })
  reader: AccessLogReaderDto | null;

  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'What was read' })
  purpose: AccessPurpose;

  @ApiProperty({ type: AccessLogObjectDto, description: 'Through which object' })
  object: AccessLogObjectDto;

  @ApiProperty({ format: 'date-time', description: 'When' })
  at: string;
}

export class AccessLogPageDto extends PageOf(AccessLogEntryDto, 'AccessLogPageDto') {}
