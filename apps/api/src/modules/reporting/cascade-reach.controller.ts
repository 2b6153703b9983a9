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
  CascadeSeriesQueryDto,
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

  // Member admins too, with the uptake dashboard's withholding: a country of fewer than 3 police units (whose
  // figures would be one or two units') or the remainder of such areas answers `withheld` and no figure.
  @Get('countries')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({
    type: CascadeCountriesDto,
    description: 'Per country: officers reached by experts and by local trainers',
  })
  countries(@CurrentUser() user: AuthUser, @Query() query: CascadeCountriesQueryDto) {
    return this.cascade.countries(user, query.region);
  }

  @Get('countries/:countryCode')
  @Allow('admin', 'member_admin')
  @ApiOkResponse({
    type: CascadeCountrySeriesDto,
    description: 'One country’s delivery per month of the period: local, imported, co-delivered',
  })
  country(
    @CurrentUser() user: AuthUser,
    @Param('countryCode') countryCode: string,
    @Query() query: CascadeSeriesQueryDto,
  ) {
    return this.cascade.countrySeries(user, countryCode, query);
  }
}
