import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { NotificationListQueryDto, NotificationPageDto, NotificationReadAllDto } from './dtos/notification.dto';
import { NotificationPreferencesDto, NotificationPreferencesUpdateDto } from './dtos/notification-preference.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Allow()
  @ApiOkResponse({
    type: NotificationPageDto,
    description: 'The caller’s notifications, newest first (optionally one kind), with unread count and groups by kind',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQueryDto) {
    return this.notifications.listMine(user, query);
  }

  @Post('notifications/read-all')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'All marked read (or all of one kind)' })
  readAll(@CurrentUser() user: AuthUser, @Body() body: NotificationReadAllDto) {
    return this.notifications.markAllRead(user, body?.kind);
  }

  @Post('notifications/:id/read')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Marked read' })
  read(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.notifications.markRead(user, id);
  }

  @Get('auth/me/notification-preferences')
  @Allow()
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'How each kind of notification reaches the caller' })
  preferences(@CurrentUser() user: AuthUser) {
    return this.notifications.preferences(user);
  }

  @Put('auth/me/notification-preferences')
  @Allow()
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'The preferences after the change' })
  updatePreferences(@CurrentUser() user: AuthUser, @Body() body: NotificationPreferencesUpdateDto) {
    return this.notifications.updatePreferences(user, body);
  }
}
