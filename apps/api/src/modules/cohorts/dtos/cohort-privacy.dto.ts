import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Trim } from '../../../core/http/trim';

/** The most participants one message may name (a cohort's capacity is far below). */
export const MESSAGE_MAX_RECIPIENTS = 500;

export class NamedRosterSetDto {
  @ApiPropertyOptional({
    description: 'The police unit opting in (coordinators: their own, the default; admins: required)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiProperty({
    description: 'Why member-firm staff should see the unit’s officers in this cohort by name (recorded, audited)',
    minLength: 3,
    maxLength: 500,
  })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class NamedRosterQueryDto {
  @ApiPropertyOptional({
    description: 'The police unit whose choice is withdrawn (coordinators: their own, the default)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;
}

export class NamedRosterDto {
  @ApiProperty({ description: 'The cohort', format: 'uuid' })
  cohortId: string;

  @ApiProperty({ description: 'The police unit whose officers member-firm staff see by name here', format: 'uuid' })
  policeUnitId: string;

  @ApiProperty({ description: 'The unit’s name' })
  policeUnitName: string;

  @ApiProperty({
    description: 'Why (the unit’s coordinator and admins only; null for the cohort’s trainers)',
    nullable: true,
    type: String,
  })
  reason: string | null;

  @ApiProperty({ description: 'Who chose (the unit’s coordinator and admins only)', nullable: true, type: String })
  optedByName: string | null;

  @ApiProperty({ description: 'When the choice was made' })
  optedAt: string;
}

export class NamedRosterListDto {
  @ApiProperty({ description: 'The choices the reader may see, by unit name', type: [NamedRosterDto] })
  items: NamedRosterDto[];
}

export class CohortMessageDto {
  @ApiProperty({ description: 'The subject (one line; the e-mail’s subject after the course title)', maxLength: 150 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(150)
  subject: string;

  @ApiProperty({ description: 'The message (plain text)', maxLength: 5000 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body: string;

  @ApiPropertyOptional({
    description:
      'Only these enrolments of the cohort (enrolled or completed); by default every enrolled or completed participant',
    type: [String],
    format: 'uuid',
    maxItems: MESSAGE_MAX_RECIPIENTS,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MESSAGE_MAX_RECIPIENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  enrolmentIds?: string[];
}

export class CohortMessageResultDto {
  @ApiProperty({ description: 'How many participants the message was sent to (their addresses are never shown)' })
  sent: number;
}
