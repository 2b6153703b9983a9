import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { CapabilityGrantsService } from './capability-grants.service';
import { CapabilityGrantCreateDto, CapabilityGrantResponseDto } from './dtos/capability-grant.dto';

@ApiTags('users')
@Controller('users/:id/capability-grants')
export class CapabilityGrantsController {
  constructor(private readonly grants: CapabilityGrantsService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: [CapabilityGrantResponseDto], description: 'The user’s grants, live ones first' })
  list(@Param('id') id: string) {
    return this.grants.list(id);
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ type: CapabilityGrantResponseDto, description: 'The new grant' })
  grant(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: CapabilityGrantCreateDto) {
    return this.grants.grant(actor, id, body);
  }

  @Delete(':grantId')
  @Allow('admin')
  @ApiOkResponse({
    type: CapabilityGrantResponseDto,
    description: 'The revoked grant (kept, with who revoked it and when)',
  })
  revoke(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Param('grantId') grantId: string) {
    return this.grants.revoke(actor, id, grantId);
  }
}
