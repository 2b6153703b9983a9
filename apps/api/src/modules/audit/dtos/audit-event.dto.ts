import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '@icspa/domain';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { KeysetPageOf, KeysetPageQueryDto } from '../../../core/http/pagination.dto';

export class AuditActorDto {
  @ApiProperty({ description: 'The user who acted', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Their name, as the reader may see it (officer names through the one naming function)' })
  name: string;

  @ApiProperty({ description: 'Their e-mail address' })
  email: string;

  @ApiProperty({ description: 'Their role now' })
  role: string;
}

export class AuditObjectDto {
  @ApiProperty({ description: 'Kind of object acted on', example: 'certification' })
  type: string;

  @ApiProperty({ description: 'Id of the object acted on (a UUID, or a code such as a country’s)' })
  id: string;

  @ApiProperty({
    description:
      'What the object is called (a certification: its programme; an enrolment: its course); null when it no longer exists',
    nullable: true,
    type: String,
  })
  name: string | null;
}

export class AuditSubjectDto {
  @ApiProperty({
    description: 'Id of whose or what the object is about (the holder, the officer, the unit…)',
    nullable: true,
    type: String,
  })
  id: string | null;

  @ApiProperty({ description: 'Its name (a person’s through the one naming function)' })
  name: string;

  @ApiProperty({ description: 'Whether the subject is a person (else a police unit or a course)' })
  isPerson: boolean;
}

export class AuditEventResponseDto {
  @ApiProperty({ description: 'Event id', format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'Who acted; null for the system (a scheduled job) or a user no longer known',
    nullable: true,
    type: AuditActorDto,
  })
  actor: AuditActorDto | null;

  @ApiProperty({
    description: 'What was done: one of the catalogued action codes',
    enum: AUDIT_ACTIONS,
    example: 'certification.revoke',
  })
  action: AuditAction;

  @ApiProperty({ description: 'The object acted on, named', type: AuditObjectDto })
  object: AuditObjectDto;

  @ApiProperty({
    description:
      'Whose the object is, when that is someone or something else (the certification’s holder, the enrolment’s officer, the request’s unit)',
    nullable: true,
    type: AuditSubjectDto,
  })
  subject: AuditSubjectDto | null;

  @ApiProperty({ description: 'What changed, as recorded', type: 'object', additionalProperties: true })
  details: Record<string, unknown>;

  @ApiProperty({ description: 'When', format: 'date-time' })
  createdAt: string;
}

export class AuditEventPageDto extends KeysetPageOf(AuditEventResponseDto, 'AuditEventPageDto') {}

export class AuditEventFilterDto {
  @ApiPropertyOptional({ description: 'Only events on this kind of object', maxLength: 60 })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+$/, {
    message: 'must be a lower-case object kind such as police_unit',
    context: { code: 'validation.format.object_kind' },
  })
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Only events on this object', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Only events by this user', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Only this action', enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({
    description: 'Only events on or after this day (YYYY-MM-DD) in the reader’s time zone',
    format: 'date',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Only events on or before this day (YYYY-MM-DD) in the reader’s time zone',
    format: 'date',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  to?: string;
}

/** The list's filters and its page. */
export class AuditEventListQueryDto extends IntersectionType(KeysetPageQueryDto, AuditEventFilterDto) {}
