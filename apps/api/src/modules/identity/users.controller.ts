import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { UserCreateDto, UserListQueryDto, UserPageDto, UserResponseDto, UserUpdateDto } from './dtos/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: UserPageDto, description: 'Users, by e-mail' })
  list(@Query() query: UserListQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  @Allow('admin')
  @ApiOkResponse({ type: UserResponseDto, description: 'One user' })
  get(@Param('id') id: string) {
    return this.users.get(id);
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ type: UserResponseDto, description: 'The new user' })
  create(@CurrentUser() actor: AuthUser, @Body() body: UserCreateDto) {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @Allow('admin')
  @ApiOkResponse({ type: UserResponseDto, description: 'The updated user' })
  update(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: UserUpdateDto) {
    return this.users.update(actor, id, body);
  }
}
