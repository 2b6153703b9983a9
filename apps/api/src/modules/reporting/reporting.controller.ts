import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import {
  PlanDeliveryDto,
  PlanDeliveryQueryDto,
  UptakeExportQueryDto,
  UptakeFirmsDto,
  UptakeMyUnitDto,
  UptakePeriodQueryDto,
  UptakeRefreshDto,
  UptakeReportDto,
  UptakeReportQueryDto,
  UptakeScopeQueryDto,
  UptakeSeriesDto,
  UptakeStatusDto,
} from './dtos/uptake.dto';
import { UptakeService } from './uptake.service';

@ApiTags('reporting')
@Controller('reporting/uptake')
export class ReportingController {
  constructor(private readonly uptake: UptakeService) {}

  @Get()
  @Allow('admin', 'member_admin')
  @ApiOkResponse({
    type: UptakeReportDto,
    description: 'Uptake figures per region, country or unit (units: admins only)',
  })
  report(@CurrentUser() user: AuthUser, @Query() query: UptakeReportQueryDto) {
    return this.uptake.report(user, query);
  }

  @Get('series')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({ type: UptakeSeriesDto, description: 'Monthly trend of the scope' })
  series(@CurrentUser() user: AuthUser, @Query() query: UptakeScopeQueryDto) {
    return this.uptake.series(user, query);
  }

  @Get('firms')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({ type: UptakeFirmsDto, description: 'Member firms’ contribution (a member admin’s own firm only)' })
  firms(@CurrentUser() user: AuthUser, @Query() query: UptakePeriodQueryDto) {
    return this.uptake.firms(user, query);
  }

  @Get('plan-delivery')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({ type: PlanDeliveryDto, description: 'Approved workplans against delivery, per country and quarter' })
  planDelivery(@CurrentUser() user: AuthUser, @Query() query: PlanDeliveryQueryDto) {
    return this.uptake.planDelivery(user, query);
  }

  @Get('my-unit')
  @Allow('coordinator')
  @ApiOkResponse({ type: UptakeMyUnitDto, description: 'The coordinator’s unit beside its country’s average unit' })
  myUnit(@CurrentUser() user: AuthUser, @Query() query: UptakePeriodQueryDto) {
    return this.uptake.myUnit(user, query);
  }

  @Get('export')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One dashboard table as CSV (UTF-8), under the same access rules as its JSON' })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: UptakeExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { filename, lines } = await this.uptake.export(user, query);
    // The whole file is in memory (a dashboard table), so its length is known: a HEAD request answers it
    // (the portal's "Download CSV (3 kB)"), without the body. A compressed GET drops it for its own.
    const file = Buffer.from(Array.from(lines).join(''), 'utf8');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(file, { length: file.length });
  }

  @Post('refresh')
  @HttpCode(202)
  @Allow('admin')
  @ApiAcceptedResponse({ type: UptakeRefreshDto, description: 'A refresh of the figures is queued (or was already)' })
  refresh(@Body() _body: EmptyBodyDto) {
    return this.uptake.requestRefresh();
  }

  @Get('status')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiOkResponse({ type: UptakeStatusDto, description: 'Time of the figures and progress of a running refresh' })
  status() {
    return this.uptake.status();
  }
}
