import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { CascadeReachService } from './cascade-reach.service';
import {
  CascadeCountriesDto,
  CascadeCountriesQueryDto,
  CascadeCountrySeriesDto,
  CascadeExpertsDto,
  CascadeFirmsDto,
  CascadeFirmsQueryDto,
} from './dtos/cascade-reach.dto';

@ApiTags('reporting')
@Controller('reporting/cascade')
export class CascadeReachController {
  constructor(private readonly cascade: CascadeReachService) {}

  @Get('experts')
  @Allow('admin')
  @ApiOkResponse({
    type: CascadeExpertsDto,
    description: 'Reach of each expert trainer, directly and through the cascade',
  })
  experts(@CurrentUser() user: AuthUser, @Query() query: CascadeFirmsQueryDto) {
    return this.cascade.experts(user, query.memberFirmId);
  }

  @Get('firms')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({
    type: CascadeFirmsDto,
    description: 'Reach of each member firm’s experts (a member admin: their own)',
  })
  firms(@CurrentUser() user: AuthUser, @Query() query: CascadeFirmsQueryDto) {
    return this.cascade.firms(user, query.memberFirmId);
  }

  // Admins only: a country's figures would be one police unit's where it has a single unit (the uptake
  // dashboard withholds such areas outside an admin's view; member admins have their firm's reach).
  @Get('countries')
  @Allow('admin')
  @ApiOkResponse({
    type: CascadeCountriesDto,
    description: 'Per country: officers reached by experts and by local trainers',
  })
  countries(@CurrentUser() user: AuthUser, @Query() query: CascadeCountriesQueryDto) {
    return this.cascade.countries(user, query.region);
  }

  @Get('countries/:countryCode')
  @Allow('admin')
  @ApiOkResponse({
    type: CascadeCountrySeriesDto,
    description: 'One country’s delivery per month: local, imported, co-delivered',
  })
  country(@CurrentUser() user: AuthUser, @Param('countryCode') countryCode: string) {
    return this.cascade.countrySeries(user, countryCode);
  }
}
