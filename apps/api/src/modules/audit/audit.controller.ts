import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditEventListQueryDto, AuditEventPageDto } from './dtos/audit-event.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: AuditEventPageDto, description: 'Audit events, newest first' })
  list(@Query() query: AuditEventListQueryDto) {
    return this.audit.list(query);
  }
}
