import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind } from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only notifications of this kind (a group of the bell)',
    enum: NOTIFICATION_KINDS,
  })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

export class NotificationReadAllDto {
  @ApiPropertyOptional({ description: 'Mark only this kind read (one group of the bell)', enum: NOTIFICATION_KINDS })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

export class NotificationResponseDto {
  @ApiProperty({ description: 'Notification id', format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'What happened; the portal turns it into text in the reader’s language',
    example: 'enrolment.promoted',
  })
  kind: string;

  @ApiProperty({
    description: 'Values for the message, e.g. course title and cohort start',
    type: 'object',
    additionalProperties: true,
  })
  params: Record<string, string | number | null>;

  @ApiProperty({
    description: 'The portal page of what it is about (a path), e.g. /proposals?assignment=…',
    type: String,
    nullable: true,
  })
  link: string | null;

  @ApiProperty({ description: 'Type of the object it is about', type: String, nullable: true, example: 'assignment' })
  objectType: string | null;

  @ApiProperty({ description: 'Id of the object it is about', type: String, nullable: true, format: 'uuid' })
  objectId: string | null;

  @ApiProperty({ description: 'Whether the user has read it' })
  read: boolean;

  @ApiProperty({ description: 'When it was sent', format: 'date-time' })
  createdAt: string;
}

export class NotificationGroupDto {
  @ApiProperty({ description: 'Notification kind', example: 'assignment.proposed' })
  kind: string;

  @ApiProperty({ description: 'Notifications of this kind' })
  total: number;

  @ApiProperty({ description: 'Unread notifications of this kind' })
  unread: number;
}

export class NotificationPageDto extends PageOf(NotificationResponseDto, 'NotificationPageDto') {
  @ApiProperty({ description: 'Unread notifications in all pages and kinds' })
  unread: number;

  @ApiProperty({
    description: 'Every kind the user has notifications of, most recent first',
    type: [NotificationGroupDto],
  })
  groups: NotificationGroupDto[];
}
