import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { AuditService } from './audit.service';
import { AuditEventFilterDto, AuditEventListQueryDto, AuditEventPageDto } from './dtos/audit-event.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({
    type: AuditEventPageDto,
    description: 'Audit events, newest first, with actor, object and subject named',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: AuditEventListQueryDto) {
    return this.audit.list(user, query);
  }

  @Get('export')
  @Allow('admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The filtered log as CSV (UTF-8), each event also in words in the reader’s language' })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: AuditEventFilterDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { filename, lines } = await this.audit.exportCsv(user, query);
    const file = Buffer.from(Array.from(lines).join(''), 'utf8');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(file, { length: file.length });
  }
}
