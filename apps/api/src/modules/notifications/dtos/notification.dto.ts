import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../core/http/pagination.dto';

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

  @ApiProperty({ description: 'Whether the user has read it' })
  read: boolean;

  @ApiProperty({ description: 'When it was sent', format: 'date-time' })
  createdAt: string;
}

export class NotificationPageDto extends PageOf(NotificationResponseDto, 'NotificationPageDto') {
  @ApiProperty({ description: 'Unread notifications in all pages' })
  unread: number;
}
