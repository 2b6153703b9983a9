import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import {
  CountryPriorityDto,
  CountryPriorityListDto,
  CountryPriorityUpdateDto,
  PlanDemandDto,
  PlanLineCreateDto,
  PlanLineUpdateDto,
  WorkplanApproveResultDto,
  WorkplanCoverageDto,
  WorkplanCreateDto,
  WorkplanListDto,
  WorkplanListQueryDto,
  WorkplanProgressDto,
  WorkplanResponseDto,
} from './dtos/workplan.dto';
import { ApproveWorkplanUseCase } from './usecases/approve-workplan/approve-workplan.usecase';
import { WorkplansService } from './workplans.service';

@ApiTags('planning')
@Controller()
export class WorkplansController {
  constructor(
    private readonly workplans: WorkplansService,
    private readonly approveWorkplan: ApproveWorkplanUseCase,
  ) {}

  @Get('workplans')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: WorkplanListDto, description: 'Workplans (a coordinator: those with a line for their unit)' })
  list(@CurrentUser() user: AuthUser, @Query() query: WorkplanListQueryDto) {
    return this.workplans.list(user, query);
  }

  @Post('workplans')
  @Allow('admin')
  @ApiCreatedResponse({ type: WorkplanResponseDto, description: 'A draft workplan with the platform’s proposal' })
  create(@CurrentUser() user: AuthUser, @Body() body: WorkplanCreateDto) {
    return this.workplans.create(user, body);
  }

  @Get('workplans/demand')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({ type: PlanDemandDto, description: 'Demand the firm’s trainers are matched against (aggregated)' })
  demand(@CurrentUser() user: AuthUser) {
    return this.workplans.demand(user);
  }

  @Get('workplans/:id')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: WorkplanResponseDto, description: 'A workplan and the lines the caller may see' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.workplans.get(user, id);
  }

  @Get('workplans/:id/progress')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: WorkplanProgressDto, description: 'Progress of each line against its target' })
  progress(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.workplans.progress(user, id);
  }

  @Get('workplans/:id/coverage')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({
    type: WorkplanCoverageDto,
    description: 'Per unit, officers per competency role at the required level before the plan and now',
  })
  coverage(@CurrentUser() user: AuthUser, @Param('id') id: string, @Reader() reader: ReaderLanguages) {
    return this.workplans.coverage(user, id, reader);
  }

  @Post('workplans/:id/lines')
  @Allow('admin')
  @ApiCreatedResponse({ type: WorkplanResponseDto, description: 'The draft with the added line' })
  addLine(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: PlanLineCreateDto) {
    return this.workplans.addLine(user, id, body);
  }

  @Patch('workplans/:id/lines/:lineId')
  @Allow('admin')
  @ApiOkResponse({ type: WorkplanResponseDto, description: 'The draft with the edited line' })
  updateLine(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('lineId') lineId: string,
    @Body() body: PlanLineUpdateDto,
  ) {
    return this.workplans.updateLine(user, id, lineId, body);
  }

  @Delete('workplans/:id/lines/:lineId')
  @Allow('admin')
  @ApiOkResponse({ type: WorkplanResponseDto, description: 'The draft without the line' })
  deleteLine(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('lineId') lineId: string) {
    return this.workplans.deleteLine(user, id, lineId);
  }

  @Post('workplans/:id/approve')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({
    type: WorkplanApproveResultDto,
    description: 'Requests raised and cohorts opened (none when approved again)',
  })
  async approve(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.approveWorkplan.execute(user, { workplanId: id });
  }

  @Get('country-priorities')
  @Allow('admin')
  @ApiOkResponse({ type: CountryPriorityListDto, description: 'Every country’s priority weight' })
  priorities() {
    return this.workplans.priorities();
  }

  @Put('country-priorities/:code')
  @Allow('admin')
  @ApiOkResponse({ type: CountryPriorityDto, description: 'The country’s new weight' })
  setPriority(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: CountryPriorityUpdateDto) {
    return this.workplans.setPriority(user, code, body.weight);
  }
}
