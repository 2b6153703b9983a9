import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { AccessLogService } from './access-log.service';
import { AccessLogEntryDto, AccessLogPageDto, AccessLogQueryDto } from './dtos/access-log.dto';

/** The access log ("Who saw what"): reads of officers' personal data from outside their unit. */
@ApiTags('access-log')
@Controller('access-log')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  @Get()
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({
    type: AccessLogPageDto,
    description:
      'Who read officers’ data from outside their unit, newest first: admins all, a coordinator their unit’s officers, an officer their own',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: AccessLogQueryDto) {
    return this.accessLog.list(user, query);
  }

  @Get(':id')
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({
    type: AccessLogEntryDto,
    description: 'One entry of the access log (404 outside the reader’s scope)',
  })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.accessLog.get(user, id);
  }
}
