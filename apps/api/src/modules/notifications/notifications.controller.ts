import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { PageQueryDto } from '../../core/http/pagination.dto';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { NotificationPageDto } from './dtos/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Allow()
  @ApiOkResponse({
    type: NotificationPageDto,
    description: 'The caller’s notifications, newest first, with the unread count',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.notifications.listMine(user, query);
  }

  @Post('read-all')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'All marked read' })
  readAll(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Marked read' })
  read(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.notifications.markRead(user, id);
  }
}
