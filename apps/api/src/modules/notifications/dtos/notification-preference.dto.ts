import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@icspa/domain';

export class NotificationPreferenceItemDto {
  @ApiProperty({ description: 'Notification kind', enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({
    description: 'in_app: only in the portal; email: also by e-mail at once; digest: also in one daily e-mail',
    enum: NOTIFICATION_DELIVERIES,
  })
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery: NotificationDelivery;
}

export class NotificationPreferenceResponseDto extends NotificationPreferenceItemDto {
  @ApiProperty({ description: 'What applies when the user chose nothing', enum: NOTIFICATION_DELIVERIES })
  defaultDelivery: NotificationDelivery;
}

export class NotificationPreferencesDto {
  @ApiProperty({
    description: 'Every kind with how it reaches the user (security mail is always sent and not listed)',
    type: [NotificationPreferenceResponseDto],
  })
  items: NotificationPreferenceResponseDto[];
}

export class NotificationPreferencesUpdateDto {
  @ApiProperty({
    description: 'The kinds to change; kinds not listed keep their setting',
    type: [NotificationPreferenceItemDto],
  })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceItemDto)
  items: NotificationPreferenceItemDto[];
}
