import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { AccountLinkIssuedDto } from './dtos/account-link.dto';
import {
  UserCreateDto,
  UserCreatedResponseDto,
  UserListQueryDto,
  UserPageDto,
  UserProtectionDto,
  UserResponseDto,
  UserUpdateDto,
} from './dtos/user.dto';
import { UsersService } from './users.service';

/** People: admins manage every account, member admins their firm's trainers, coordinators their unit's officers. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiOkResponse({ type: UserPageDto, description: 'The accounts the caller manages, by e-mail' })
  list(@CurrentUser() actor: AuthUser, @Query() query: UserListQueryDto) {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiOkResponse({ type: UserResponseDto, description: 'One account the caller manages' })
  get(@CurrentUser() actor: AuthUser, @Param('id') id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiCreatedResponse({
    type: UserCreatedResponseDto,
    description: 'The new account; without a password, with its invitation (the link when it was not e-mailed)',
  })
  create(@CurrentUser() actor: AuthUser, @Body() body: UserCreateDto) {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiOkResponse({ type: UserResponseDto, description: 'The updated account' })
  update(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: UserUpdateDto) {
    return this.users.update(actor, id, body);
  }

  @Put(':id/protection')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({
    type: UserResponseDto,
    description:
      'Marks an officer protected (or lifts it): the unit’s coordinator or an admin, never the officer themself',
  })
  setProtection(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: UserProtectionDto) {
    return this.users.setProtection(actor, id, body);
  }

  @Post(':id/invitation')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiCreatedResponse({
    type: AccountLinkIssuedDto,
    description: 'A new invitation (earlier links stop working); the link when it was not e-mailed',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The account is disabled or has a password already' })
  invite(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.users.invite(actor, id);
  }

  @Post(':id/password-reset')
  @Allow('admin', 'member_admin', 'coordinator')
  @ApiCreatedResponse({
    type: AccountLinkIssuedDto,
    description: 'A password-reset link (earlier links stop working); the link when it was not e-mailed',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The account is disabled' })
  resetPassword(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.users.resetPassword(actor, id);
  }
}
