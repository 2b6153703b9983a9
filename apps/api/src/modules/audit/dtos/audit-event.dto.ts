import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';

export class AuditEventResponseDto {
  @ApiProperty({ description: 'Event id', format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'Who acted (null for the system or a deleted user)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  actorId: string | null;

  @ApiProperty({ description: 'E-mail of who acted', nullable: true, type: String })
  actorEmail: string | null;

  @ApiProperty({ description: 'What was done, e.g. police_unit.create', example: 'police_unit.create' })
  action: string;

  @ApiProperty({ description: 'Kind of object acted on', example: 'police_unit' })
  entityType: string;

  @ApiProperty({ description: 'Id of the object acted on' })
  entityId: string;

  @ApiProperty({ description: 'What changed', type: 'object', additionalProperties: true })
  details: Record<string, unknown>;

  @ApiProperty({ description: 'When', format: 'date-time' })
  createdAt: string;
}

export class AuditEventPageDto extends PageOf(AuditEventResponseDto, 'AuditEventPageDto') {}

export class AuditEventListQueryDto extends PageQueryDto {
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

  @ApiPropertyOptional({ description: 'Only this action', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;
}
