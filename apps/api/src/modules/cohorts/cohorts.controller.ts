import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { UNIT_ROLES } from '@icspa/domain';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import { AttemptsService } from './attempts.service';
import { CohortsService } from './cohorts.service';
import {
  AttemptResponseDto,
  AttemptSubmitDto,
  CohortCreateDto,
  CohortListQueryDto,
  CohortPageDto,
  CohortResponseDto,
  CohortTransitionDto,
  CohortUpdateDto,
  EnrolmentListQueryDto,
  EnrolmentPageDto,
  EnrolmentResponseDto,
  EnrolmentSwitchDto,
  EnrolmentSwitchResultDto,
  GradeDto,
  LessonCompletionDto,
  NominationDto,
  NominationResultDto,
  ProgressDto,
  RosterDto,
} from './dtos/cohort.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('cohorts')
@Controller()
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly attempts: AttemptsService,
  ) {}

  @Get('cohorts')
  @Allow()
  @ApiOkResponse({
    type: CohortPageDto,
    description: 'Cohorts with seats left: those taught in a language the caller reads first, then by start date',
  })
  list(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Query() query: CohortListQueryDto) {
    return this.cohorts.list(user, query, reader);
  }

  @Get('cohorts/:id')
  @Allow()
  @ApiOkResponse({ type: CohortResponseDto, description: 'One cohort' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.cohorts.get(user, id);
  }

  @Post('cohorts')
  @Allow('admin')
  @ApiCreatedResponse({ type: CohortResponseDto, description: 'The scheduled cohort (planned)' })
  create(@CurrentUser() actor: AuthUser, @Body() body: CohortCreateDto) {
    return this.cohorts.create(actor, body);
  }

  @Patch('cohorts/:id')
  @Allow('admin')
  @ApiOkResponse({
    type: CohortResponseDto,
    description: 'The updated cohort; enrolled officers are told of date or place changes',
  })
  update(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: CohortUpdateDto) {
    return this.cohorts.update(actor, id, body);
  }

  @Post('cohorts/:id/status')
  @Allow('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortResponseDto, description: 'The cohort in its new status' })
  transition(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: CohortTransitionDto) {
    return this.cohorts.transition(actor, id, body.status, { cancelRequest: body.cancelRequest ?? false });
  }

  @Get('cohorts/:id/roster')
  @Allow('trainer', 'admin', 'officer', 'coordinator')
  @ApiOkResponse({ type: RosterDto, description: 'The cohort’s officers (its trainer and admins only)' })
  roster(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.cohorts.roster(user, id);
  }

  @Post('cohorts/:id/enrolments')
  @Allow(...UNIT_ROLES)
  @ApiCreatedResponse({
    type: EnrolmentResponseDto,
    description: 'Enrolled, waitlisted, or pending approval (200 with the existing enrolment when asked twice)',
  })
  async enrol(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() _body: EmptyBodyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { enrolment, created } = await this.enrolments.selfEnrol(user, id);
    reply.status(created ? 201 : 200);
    return enrolment;
  }

  @Post('cohorts/:id/nominations')
  @Allow('coordinator', 'admin')
  @ApiCreatedResponse({ type: NominationResultDto, description: 'The nominated officers’ enrolments' })
  async nominate(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: NominationDto,
  ): Promise<NominationResultDto> {
    return { enrolments: await this.enrolments.nominate(user, id, body.officerIds, body.allowAfterStart ?? false) };
  }

  @Get('enrolments')
  @Allow()
  @ApiOkResponse({
    type: EnrolmentPageDto,
    description:
      'Enrolments the caller may see: their own, their unit’s (coordinators), their cohorts’ (trainers), all (admins)',
  })
  enrolmentList(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Query() query: EnrolmentListQueryDto,
  ) {
    return this.enrolments.list(user, query, reader);
  }

  @Get('enrolments/:id')
  @Allow()
  @ApiOkResponse({ type: EnrolmentResponseDto, description: 'One enrolment' })
  enrolment(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Param('id') id: string) {
    return this.enrolments.get(user, id, reader);
  }

  @Post('enrolments/:id/withdraw')
  @Allow('officer', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentResponseDto, description: 'Withdrawn; the first waitlisted officer takes the seat' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.enrolments.withdraw(user, id);
  }

  @Post('enrolments/:id/switch')
  @Allow('officer', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({
    type: EnrolmentSwitchResultDto,
    description:
      'Moved to another run of the course in one transaction: a free seat there is taken and the old one released; when that run is full, the officer keeps their seat and waits in its queue (switched automatically when promoted; withdraw the waiting enrolment to cancel)',
  })
  switchRun(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: EnrolmentSwitchDto) {
    return this.enrolments.switchRun(user, id, body);
  }

  @Post('enrolments/:id/approve')
  @Allow('coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentResponseDto, description: 'Approved: enrolled, or waitlisted when full' })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.enrolments.approve(user, id);
  }

  @Get('enrolments/:id/progress')
  @Allow()
  @ApiOkResponse({ type: ProgressDto, description: 'Lessons completed and the next lesson' })
  progress(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.enrolments.progress(user, id);
  }

  @Put('enrolments/:id/lessons/:lessonId/completion')
  @Allow(...UNIT_ROLES)
  @ApiOkResponse({
    type: ProgressDto,
    description:
      'Lesson saved as done (idempotent; a `clientId` sent again answers the same, in any order); 409 when the enrolment is no longer active or the `clientId` names another completion',
  })
  completeLesson(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('lessonId') lessonId: string,
    @Body() body: LessonCompletionDto,
  ) {
    return this.enrolments.completeLesson(user, id, lessonId, body.clientId);
  }

  @Put('enrolments/:id/grade')
  @Allow('trainer', 'admin', 'officer', 'coordinator')
  @ApiOkResponse({ type: EnrolmentResponseDto, description: 'Attendance and result recorded (in person and blended)' })
  grade(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: GradeDto) {
    return this.enrolments.grade(user, id, body);
  }

  @Post('enrolments/:id/attempts')
  @Allow(...UNIT_ROLES)
  @ApiCreatedResponse({
    type: AttemptResponseDto,
    description: 'A new attempt (or the open one), questions without answers',
  })
  startAttempt(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Body() _body: EmptyBodyDto,
  ) {
    return this.attempts.start(user, id, reader);
  }

  @Get('enrolments/:id/attempts')
  @Allow()
  @ApiOkResponse({ type: [AttemptResponseDto], description: 'Attempts of the enrolment, scores only' })
  attemptList(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.attempts.list(user, id);
  }

  @Get('attempts/:id')
  @Allow()
  @ApiOkResponse({ type: AttemptResponseDto, description: 'One attempt; answers shown only after submission' })
  attempt(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Param('id') id: string) {
    return this.attempts.get(user, id, reader);
  }

  @Post('attempts/:id/submit')
  @Allow(...UNIT_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResponseDto, description: 'Scored attempt with the correct answers' })
  submit(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Body() body: AttemptSubmitDto,
  ) {
    return this.attempts.submit(user, id, body, reader);
  }
}
