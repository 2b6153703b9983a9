import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { PageQueryDto } from '../../core/http/pagination.dto';
import { CountryCodePipe } from './country-code.pipe';
import {
  CountryListQueryDto,
  CountryPageDto,
  CountryResponseDto,
  CountryUpdateDto,
  MemberFirmCreateDto,
  MemberFirmPageDto,
  MemberFirmResponseDto,
  MemberFirmUpdateDto,
  PoliceUnitCreateDto,
  PoliceUnitListQueryDto,
  PoliceUnitPageDto,
  PoliceUnitResponseDto,
  PoliceUnitUpdateDto,
  RegionResponseDto,
  UnitOfficerListQueryDto,
  UnitOfficerPageDto,
} from './dtos/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('regions')
  @Allow()
  @ApiOkResponse({ type: [RegionResponseDto], description: 'All regions' })
  regions(): Promise<RegionResponseDto[]> {
    return this.organisations.listRegions();
  }

  @Get('countries')
  @Allow()
  @ApiOkResponse({ type: CountryPageDto, description: 'Countries by name' })
  countries(@Query() query: CountryListQueryDto) {
    return this.organisations.listCountries(query);
  }

  @Patch('countries/:code')
  @Allow('admin')
  @ApiOkResponse({ type: CountryResponseDto, description: 'The updated country' })
  updateCountry(
    @CurrentUser() actor: AuthUser,
    @Param('code', CountryCodePipe) code: string,
    @Body() body: CountryUpdateDto,
  ) {
    return this.organisations.updateCountry(actor, code, body);
  }

  @Get('police-units')
  @Allow('admin', 'coordinator', 'officer')
  @ApiOkResponse({ type: PoliceUnitPageDto, description: 'Police units the caller may see (their own unless admin)' })
  policeUnits(@CurrentUser() user: AuthUser, @Query() query: PoliceUnitListQueryDto) {
    return this.organisations.listPoliceUnits(user, query);
  }

  @Get('police-units/:id')
  @Allow('admin', 'coordinator', 'officer')
  @ApiOkResponse({ type: PoliceUnitResponseDto, description: 'One police unit' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such unit, or not the caller’s' })
  policeUnit(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.organisations.getPoliceUnit(user, id);
  }

  @Get('police-units/:id/officers')
  @Allow('admin', 'coordinator')
  @ApiOkResponse({ type: UnitOfficerPageDto, description: 'Officers of the unit (its coordinator and admins)' })
  unitOfficers(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() query: UnitOfficerListQueryDto) {
    return this.organisations.listUnitOfficers(user, id, query);
  }

  @Post('police-units')
  @Allow('admin')
  @ApiCreatedResponse({ type: PoliceUnitResponseDto, description: 'The new police unit' })
  createPoliceUnit(@CurrentUser() actor: AuthUser, @Body() body: PoliceUnitCreateDto) {
    return this.organisations.createPoliceUnit(actor, body);
  }

  @Patch('police-units/:id')
  @Allow('admin')
  @ApiOkResponse({ type: PoliceUnitResponseDto, description: 'The updated police unit' })
  updatePoliceUnit(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: PoliceUnitUpdateDto) {
    return this.organisations.updatePoliceUnit(actor, id, body);
  }

  @Get('member-firms')
  @Allow('admin', 'member_admin', 'trainer')
  @ApiOkResponse({ type: MemberFirmPageDto, description: 'Member firms the caller may see (their own unless admin)' })
  memberFirms(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.organisations.listMemberFirms(user, query);
  }

  @Get('member-firms/:id')
  @Allow('admin', 'member_admin', 'trainer')
  @ApiOkResponse({ type: MemberFirmResponseDto, description: 'One member firm' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such firm, or not the caller’s' })
  memberFirm(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.organisations.getMemberFirm(user, id);
  }

  @Post('member-firms')
  @Allow('admin')
  @ApiCreatedResponse({ type: MemberFirmResponseDto, description: 'The new member firm' })
  createMemberFirm(@CurrentUser() actor: AuthUser, @Body() body: MemberFirmCreateDto) {
    return this.organisations.createMemberFirm(actor, body);
  }

  @Patch('member-firms/:id')
  @Allow('admin')
  @ApiOkResponse({ type: MemberFirmResponseDto, description: 'The updated member firm' })
  updateMemberFirm(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: MemberFirmUpdateDto) {
    return this.organisations.updateMemberFirm(actor, id, body);
  }
}
