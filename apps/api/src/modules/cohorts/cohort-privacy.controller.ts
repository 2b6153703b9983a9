import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import {
  CohortMessageDto,
  CohortMessageResultDto,
  NamedRosterDto,
  NamedRosterListDto,
  NamedRosterQueryDto,
  NamedRosterSetDto,
} from './dtos/cohort-privacy.dto';
import { NamedRostersService } from './named-rosters.service';
import { MessageParticipantsUseCase } from './usecases/message-participants/message-participants.usecase';

/** Officer privacy in a cohort: named rosters (a unit's opt-in) and messages the platform relays to participants. */
@ApiTags('cohorts')
@Controller('cohorts/:id')
export class CohortPrivacyController {
  constructor(
    private readonly namedRosters: NamedRostersService,
    private readonly messages: MessageParticipantsUseCase,
  ) {}

  @Get('named-roster')
  @Allow('admin', 'coordinator', 'trainer', 'officer')
  @ApiOkResponse({
    type: NamedRosterListDto,
    description:
      'The units that opted this cohort into named rosters, as the reader may see them: coordinators their unit’s, admins all (with reasons), the cohort’s trainers which units',
  })
  listNamedRosters(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.namedRosters.list(user, id);
  }

  @Put('named-roster')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({
    type: NamedRosterDto,
    description:
      'The unit’s officers in this cohort are seen by name by its member-firm trainers (protected officers excepted); recorded with the reason and audited. Asked again with the same reason: nothing changes',
  })
  setNamedRoster(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: NamedRosterSetDto) {
    return this.namedRosters.set(user, id, body);
  }

  @Delete('named-roster')
  @Allow('admin', 'coordinator')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The unit’s choice withdrawn (pseudonyms again); nothing to withdraw: 204 too' })
  async withdrawNamedRoster(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: NamedRosterQueryDto,
  ) {
    await this.namedRosters.withdraw(user, id, query.policeUnitId);
  }

  @Post('messages')
  @Allow('admin', 'trainer', 'officer', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({
    type: CohortMessageResultDto,
    description:
      'The platform relays the message to the participants (bell and e-mail as each chose; one e-mail each, from the platform, addresses never shown): the cohort’s trainer or co-trainer, and admins. Answers only how many',
  })
  message(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CohortMessageDto) {
    return this.messages.execute({ sender: user, cohortId: id, ...body });
  }
}
