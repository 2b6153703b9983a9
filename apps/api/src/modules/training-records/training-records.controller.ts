import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import { UnitRosterPageDto, UnitRosterQueryDto, TrainingRecordDto } from './dtos/training-record.dto';
import { TrainingRecordsService } from './training-records.service';

/** Officers' training records: the unit roster (the list) and one officer's record (JSON, PDF, CSV). */
@ApiTags('training-records')
@Controller('training-records')
export class TrainingRecordsController {
  constructor(private readonly records: TrainingRecordsService) {}

  @Get()
  @Allow('coordinator', 'admin')
  @ApiOkResponse({
    type: UnitRosterPageDto,
    description: 'The unit roster: each officer with a compact status, by name',
  })
  roster(@CurrentUser() user: AuthUser, @Query() query: UnitRosterQueryDto) {
    return this.records.roster(user, query);
  }

  @Get(':officerId')
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({ type: TrainingRecordDto, description: 'Everything about one officer’s training' })
  record(@CurrentUser() user: AuthUser, @Param('officerId') officerId: string) {
    return this.records.record(user, officerId);
  }

  @Get(':officerId/record.pdf')
  @Allow('officer', 'coordinator', 'admin')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The training record, printable' })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('officerId') officerId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const pdf = await this.records.pdf(user, officerId, reader);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="training-record-${officerId}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Get(':officerId/record.csv')
  @Allow('officer', 'coordinator', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The training record as CSV (UTF-8), a line per enrolment, session and certification' })
  async csv(
    @CurrentUser() user: AuthUser,
    @Param('officerId') officerId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { filename, lines } = await this.records.csv(user, officerId);
    const file = Buffer.from(Array.from(lines).join(''), 'utf8');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(file, { length: file.length });
  }
}
