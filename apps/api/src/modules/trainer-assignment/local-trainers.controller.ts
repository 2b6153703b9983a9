import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import {
  LocalTrainerApplicationCreateDto,
  LocalTrainerApplicationListQueryDto,
  LocalTrainerApplicationPageDto,
  LocalTrainerApplicationRefuseDto,
  LocalTrainerApplicationResponseDto,
} from './dtos/local-trainer.dto';
import { LocalTrainersService } from './local-trainers.service';

@ApiTags('trainer-assignment')
@Controller('local-trainer-applications')
export class LocalTrainersController {
  constructor(private readonly localTrainers: LocalTrainersService) {}

  @Get()
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({
    type: LocalTrainerApplicationPageDto,
    description: 'Applications to become a local trainer: the officer’s own, the unit’s (coordinators), all (admins)',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: LocalTrainerApplicationListQueryDto) {
    return this.localTrainers.list(user, query);
  }

  @Get(':id')
  @Allow('officer', 'coordinator', 'admin')
  @ApiOkResponse({ type: LocalTrainerApplicationResponseDto, description: 'One application' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.localTrainers.get(user, id);
  }

  @Post()
  @Allow('officer', 'coordinator')
  @ApiCreatedResponse({
    type: LocalTrainerApplicationResponseDto,
    description: 'Applied on the strength of an active train-the-trainer certification; waits for both confirmations',
  })
  apply(@CurrentUser() user: AuthUser, @Body() body: LocalTrainerApplicationCreateDto) {
    return this.localTrainers.apply(user, body);
  }

  @Post(':id/confirm')
  @Allow('coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({
    type: LocalTrainerApplicationResponseDto,
    description: 'The caller’s side confirmed; the second confirmation makes the officer a local trainer',
  })
  confirm(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.localTrainers.confirm(user, id);
  }

  @Post(':id/refuse')
  @Allow('coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: LocalTrainerApplicationResponseDto, description: 'Refused, with the reason' })
  refuse(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: LocalTrainerApplicationRefuseDto) {
    return this.localTrainers.refuse(user, id, body.reason);
  }
}
