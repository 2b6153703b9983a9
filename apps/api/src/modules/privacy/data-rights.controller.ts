import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import { DataRightsService } from './data-rights.service';
import {
  ErasureRequestDto,
  ErasureResponseDto,
  PersonalDataExportDto,
  PersonalDataOfficerDto,
} from './dtos/data-rights.dto';

/** An officer's data rights: the subject-access export and erasure (`data-rights.policy.ts` says who). */
@ApiTags('users')
@Controller('users')
export class DataRightsController {
  constructor(private readonly dataRights: DataRightsService) {}

  @Get(':id/data-rights')
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({
    type: PersonalDataOfficerDto,
    description: 'Where the officer’s data stands: the country’s retention, when they left, when it is erased',
  })
  summary(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<PersonalDataOfficerDto> {
    return this.dataRights.summary(user, id);
  }

  @Get(':id/personal-data')
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({ type: PersonalDataExportDto, description: 'Everything the platform holds about the officer' })
  exportJson(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalDataExportDto> {
    reply.header('content-disposition', `attachment; filename="personal-data-${id}.json"`);
    return this.dataRights.exportData(user, id);
  }

  @Get(':id/personal-data.pdf')
  @Allow('officer', 'coordinator', 'admin')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The same, readable: a section per kind of data' })
  async exportPdf(
    @CurrentUser() user: AuthUser,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const pdf = await this.dataRights.exportPdf(user, id, reader);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="personal-data-${id}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Post(':id/erasure')
  @HttpCode(200)
  @Allow('admin', 'coordinator')
  @ApiOkResponse({
    type: ErasureResponseDto,
    description: 'Admins: the officer’s personal data erased. Their unit’s coordinator: the request sent to the admins',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The officer’s data was erased already' })
  erase(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ErasureRequestDto) {
    return this.dataRights.requestErasure(user, id, body.reason);
  }
}
