import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import {
  AttendanceSheetDto,
  AttendanceSheetUpdateDto,
  TrainingSessionCreateDto,
  TrainingSessionListDto,
  TrainingSessionResponseDto,
  TrainingSessionUpdateDto,
} from './dtos/training-session.dto';
import { TrainingSessionsService } from './training-sessions.service';

@ApiTags('training-sessions')
@Controller()
export class TrainingSessionsController {
  constructor(private readonly sessions: TrainingSessionsService) {}

  @Get('cohorts/:id/sessions')
  @Allow()
  @ApiOkResponse({ type: TrainingSessionListDto, description: "The cohort's training sessions in time order" })
  async list(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TrainingSessionListDto> {
    return { items: await this.sessions.list(user, id) };
  }

  @Post('cohorts/:id/sessions')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @ApiCreatedResponse({
    type: TrainingSessionResponseDto,
    description: "Session added; the cohort's dates (and its trainer's booking) follow",
  })
  create(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TrainingSessionCreateDto) {
    return this.sessions.create(user, id, body);
  }

  @Get('training-sessions/:id')
  @Allow()
  @ApiOkResponse({ type: TrainingSessionResponseDto, description: 'One training session' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.sessions.get(user, id);
  }

  @Patch('training-sessions/:id')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({
    type: TrainingSessionResponseDto,
    description: 'Session moved or changed; everyone enrolled is told',
  })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TrainingSessionUpdateDto) {
    return this.sessions.update(user, id, body);
  }

  @Post('training-sessions/:id/cancel')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: TrainingSessionResponseDto, description: 'Session cancelled; everyone enrolled is told' })
  cancel(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.sessions.cancel(user, id);
  }

  @Get('training-sessions/:id/attendance')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({ type: AttendanceSheetDto, description: "The session's sign-in sheet" })
  sheet(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.sessions.sheet(user, id);
  }

  @Put('training-sessions/:id/attendance')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({ type: AttendanceSheetDto, description: 'Marks recorded; the sheet after the change' })
  mark(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AttendanceSheetUpdateDto) {
    return this.sessions.mark(user, id, body);
  }

  @Get('training-sessions/:id/attendance.pdf')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The printable sign-in sheet (PDF)' })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const pdf = await this.sessions.sheetPdf(user, id, reader);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="attendance-${id}.pdf"`);
    return new StreamableFile(pdf);
  }
}
