import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import {
  CompetencyCreateDto,
  CompetencyFrameworkDto,
  CompetencyResponseDto,
  CompetencyRevisionDto,
  CompetencyRoleResponseDto,
  CompetencyRoleUpdateDto,
  CompetencyUpdateDto,
  NeedsAssessmentCreateDto,
  NeedsAssessmentDetailDto,
  NeedsAssessmentListQueryDto,
  NeedsAssessmentPageDto,
  NeedsAssessmentReviewDto,
  NeedsAssessmentUpdateDto,
} from './dtos/planning.dto';
import { PlanningService } from './planning.service';

@ApiTags('planning')
@Controller()
export class PlanningController {
  constructor(private readonly planning: PlanningService) {}

  @Get('competency-framework')
  @Allow()
  @ApiOkResponse({
    type: CompetencyFrameworkDto,
    description: 'Competency roles and competencies, in the reader’s language',
  })
  framework(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages) {
    return this.planning.framework(user, reader);
  }

  @Post('competencies')
  @Allow('admin')
  @ApiCreatedResponse({ type: CompetencyResponseDto, description: 'The new competency (revision 1)' })
  createCompetency(@CurrentUser() actor: AuthUser, @Body() body: CompetencyCreateDto) {
    return this.planning.createCompetency(actor, body);
  }

  @Patch('competencies/:id')
  @Allow('admin')
  @ApiOkResponse({ type: CompetencyResponseDto, description: 'The competency’s new version' })
  updateCompetency(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: CompetencyUpdateDto) {
    return this.planning.updateCompetency(actor, id, body);
  }

  @Get('competencies/:id/revisions')
  @Allow('admin')
  @ApiOkResponse({ type: [CompetencyRevisionDto], description: 'Every version of the competency, newest first' })
  revisions(@Param('id') id: string) {
    return this.planning.revisions(id);
  }

  @Patch('competency-roles/:id')
  @Allow('admin')
  @ApiOkResponse({ type: CompetencyRoleResponseDto, description: 'The competency role as updated' })
  updateRole(
    @CurrentUser() actor: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Body() body: CompetencyRoleUpdateDto,
  ) {
    return this.planning.updateRole(actor, id, body, reader);
  }

  @Get('needs-assessments')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({
    type: NeedsAssessmentPageDto,
    description: 'Needs assessments (a coordinator: their unit’s), newest first',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: NeedsAssessmentListQueryDto) {
    return this.planning.listAssessments(user, query);
  }

  @Get('needs-assessments/:id')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: NeedsAssessmentDetailDto, description: 'One needs assessment with its roles and levels' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.planning.getAssessment(user, id);
  }

  @Post('needs-assessments')
  @Allow('admin', 'coordinator')
  @ApiCreatedResponse({ type: NeedsAssessmentDetailDto, description: 'A new draft, with levels inferred' })
  create(@CurrentUser() user: AuthUser, @Body() body: NeedsAssessmentCreateDto) {
    return this.planning.createAssessment(user, body);
  }

  @Put('needs-assessments/:id')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: NeedsAssessmentDetailDto, description: 'The draft as saved' })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: NeedsAssessmentUpdateDto) {
    return this.planning.updateAssessment(user, id, body);
  }

  @Post('needs-assessments/:id/submit')
  @Allow('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: NeedsAssessmentDetailDto, description: 'Submitted for review' })
  submit(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.planning.submitAssessment(user, id);
  }

  @Post('needs-assessments/:id/review')
  @Allow('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: NeedsAssessmentDetailDto, description: 'Approved, or returned with a note' })
  review(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: NeedsAssessmentReviewDto) {
    return this.planning.reviewAssessment(user, id, body);
  }
}
