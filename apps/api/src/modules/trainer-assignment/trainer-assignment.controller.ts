import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { AssignmentsService } from './assignments.service';
import {
  TrainerListQueryDto,
  TrainerOptionsDto,
  TrainerOptionsQueryDto,
  TrainerPageDto,
  TrainerProfileUpdateDto,
  TrainerResponseDto,
  UnavailabilityCreateDto,
} from './dtos/trainer.dto';
import {
  AssignmentListQueryDto,
  AssignmentPageDto,
  AssignmentResponseDto,
  DeclineDto,
  ReassignDto,
  TrainingRequestCreateDto,
  TrainingRequestListQueryDto,
  TrainingRequestPageDto,
  TrainingRequestResponseDto,
} from './dtos/training-request.dto';
import { TrainersService } from './trainers.service';
import { TrainingRequestsService } from './training-requests.service';

@ApiTags('trainer-assignment')
@Controller()
export class TrainerAssignmentController {
  constructor(
    private readonly trainers: TrainersService,
    private readonly requests: TrainingRequestsService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Get('trainers')
  @Allow('admin', 'member_admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({
    type: TrainerPageDto,
    description: 'Trainers the caller may see: all (admins), their firm’s (member admins), themselves (trainers)',
  })
  trainerList(@CurrentUser() user: AuthUser, @Query() query: TrainerListQueryDto) {
    return this.trainers.list(user, query);
  }

  @Get('trainers/for-cohort')
  @Allow('admin')
  @ApiOkResponse({
    type: TrainerOptionsDto,
    description:
      'The cohort form’s trainer picker: trainers qualified and free for the cohort first (the matcher’s rules), then the others with the reason',
  })
  trainerOptions(@CurrentUser() user: AuthUser, @Query() query: TrainerOptionsQueryDto) {
    return this.trainers.options(user, query);
  }

  @Get('trainers/:id')
  @Allow('admin', 'member_admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({ type: TrainerResponseDto, description: 'One trainer with profile and unavailability' })
  trainer(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.trainers.get(user, id);
  }

  @Patch('trainers/:id/profile')
  @Allow('admin', 'member_admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({ type: TrainerResponseDto, description: 'Profile saved' })
  updateProfile(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TrainerProfileUpdateDto) {
    return this.trainers.updateProfile(user, id, body);
  }

  @Post('trainers/:id/unavailability')
  @Allow('admin', 'member_admin', 'trainer', 'officer', 'coordinator')
  @ApiCreatedResponse({ type: TrainerResponseDto, description: 'Period added' })
  addUnavailability(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UnavailabilityCreateDto) {
    return this.trainers.addUnavailability(user, id, body);
  }

  @Delete('trainers/:id/unavailability/:unavailabilityId')
  @Allow('admin', 'member_admin', 'trainer', 'officer', 'coordinator')
  @ApiOkResponse({ type: TrainerResponseDto, description: 'Period removed' })
  removeUnavailability(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('unavailabilityId') unavailabilityId: string,
  ) {
    return this.trainers.removeUnavailability(user, id, unavailabilityId);
  }

  @Post('training-requests')
  @Allow('coordinator', 'admin')
  @ApiCreatedResponse({
    type: TrainingRequestResponseDto,
    description: 'Request raised; the matcher takes it from the queue',
  })
  raise(@CurrentUser() user: AuthUser, @Body() body: TrainingRequestCreateDto) {
    return this.requests.raise(user, body);
  }

  @Get('training-requests')
  @Allow('coordinator', 'admin')
  @ApiOkResponse({
    type: TrainingRequestPageDto,
    description: 'Requests: the unit’s (coordinators) or all (admins), newest first',
  })
  requestList(@CurrentUser() user: AuthUser, @Query() query: TrainingRequestListQueryDto) {
    return this.requests.list(user, query);
  }

  @Get('training-requests/:id')
  @Allow('coordinator', 'admin', 'trainer', 'member_admin', 'officer')
  @ApiOkResponse({
    type: TrainingRequestResponseDto,
    description: 'One request with its assignments (and, for admins, the rankings)',
  })
  request(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.requests.get(user, id);
  }

  @Post('training-requests/:id/cancel')
  @Allow('coordinator', 'admin')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrainingRequestResponseDto,
    description: 'Cancelled; a live proposal or assignment is cancelled too',
  })
  cancel(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.requests.cancel(user, id);
  }

  @Post('training-requests/:id/reassign')
  @Allow('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: TrainingRequestResponseDto, description: 'The chosen trainer is proposed instead' })
  reassign(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReassignDto) {
    return this.requests.reassign(user, id, body.trainerId, body.coTrainerId);
  }

  @Get('assignments')
  @Allow('trainer', 'member_admin', 'admin', 'officer', 'coordinator')
  @ApiOkResponse({
    type: AssignmentPageDto,
    description: 'Assignments: the trainer’s own, the firm’s (member admins), all (admins)',
  })
  assignmentList(@CurrentUser() user: AuthUser, @Query() query: AssignmentListQueryDto) {
    return this.assignments.list(user, query);
  }

  @Get('assignments/:id')
  @Allow('trainer', 'member_admin', 'admin', 'officer', 'coordinator')
  @ApiOkResponse({ type: AssignmentResponseDto, description: 'One assignment' })
  assignment(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.assignments.get(user, id);
  }

  @Post('assignments/:id/accept')
  @Allow('trainer', 'officer', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentResponseDto, description: 'Accepted; a cohort is scheduled for the unit' })
  accept(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.assignments.accept(user, id);
  }

  @Post('assignments/:id/decline')
  @Allow('trainer', 'officer', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentResponseDto, description: 'Declined; the next candidate is proposed' })
  decline(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: DeclineDto) {
    return this.assignments.decline(user, id, body.reason);
  }

  @Post('assignments/:id/withdraw')
  @Allow('trainer', 'officer', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentResponseDto, description: 'Withdrawn before the deadline; the request re-opens' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.assignments.withdraw(user, id);
  }
}
