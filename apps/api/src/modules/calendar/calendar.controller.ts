import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, Public } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { CalendarService } from './calendar.service';
import { CalendarDto, CalendarFeedDto, CalendarQueryDto } from './dtos/calendar.dto';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('calendar')
  @Allow()
  @ApiOkResponse({ type: CalendarDto, description: "The caller's calendar over [from, to)" })
  list(@CurrentUser() user: AuthUser, @Query() query: CalendarQueryDto) {
    return this.calendar.calendar(user, query);
  }

  @Get('calendar/feed')
  @Allow()
  @ApiOkResponse({ type: CalendarFeedDto, description: 'Whether the caller has a private feed URL (never the URL)' })
  feedStatus(@CurrentUser() user: AuthUser) {
    return this.calendar.feedStatus(user);
  }

  @Post('calendar/feed')
  @Allow()
  @HttpCode(200)
  @ApiOkResponse({
    type: CalendarFeedDto,
    description: 'A new private feed URL, shown once; the old one stops working',
  })
  regenerate(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.calendar.regenerateFeed(user);
  }

  @Delete('calendar/feed')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The feed URL no longer works' })
  async revoke(@CurrentUser() user: AuthUser): Promise<void> {
    await this.calendar.revokeFeed(user);
  }

  @Get('calendar/feed/:file')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The private iCalendar feed (`<token>.ics`, METHOD:PUBLISH)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many requests from this address' })
  feed(@Param('file') file: string, @Req() request: FastifyRequest) {
    return this.calendar.feed(file, request.ip);
  }
}
