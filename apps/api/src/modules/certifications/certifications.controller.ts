import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UNIT_ROLES } from '@icspa/domain';
import { Allow, Public } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, CurrentUserOrNull } from '../../core/auth/current-user.decorator';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { PageQueryDto } from '../../core/http/pagination.dto';
import { CertificatePdf } from './certificate-pdf';
import { CertificationsService } from './certifications.service';
import { CredentialSigner } from './credential-signer';
import {
  CertificationListQueryDto,
  CertificationPageDto,
  CertificationResponseDto,
  CredentialResponseDto,
  ProgrammeCreateDto,
  ProgrammePageDto,
  ProgrammeResponseDto,
  ProgrammeUpdateDto,
  RevokeDto,
  VerificationResponseDto,
  VerifyQueryDto,
} from './dtos/certification.dto';
import { coded } from '../../core/errors/coded';
import { StatusListsService } from './status-lists.service';
import { ProgrammesService } from './programmes.service';
import { Reader, type ReaderLanguages } from '../translations/reader-languages';
import { RecertifyUseCase } from './usecases/recertify/recertify.usecase';
import { VerificationService } from './verification.service';

@ApiTags('certifications')
@Controller()
export class CertificationsController {
  constructor(
    private readonly programmeService: ProgrammesService,
    private readonly certifications: CertificationsService,
    private readonly recertification: RecertifyUseCase,
    private readonly certificatePdf: CertificatePdf,
    private readonly verification: VerificationService,
    private readonly signer: CredentialSigner,
    private readonly statusLists: StatusListsService,
  ) {}

  @Get('certification-programmes')
  @Allow()
  @ApiOkResponse({ type: ProgrammePageDto, description: 'Certification programmes' })
  programmes(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Query() query: PageQueryDto) {
    return this.programmeService.list(query, user, reader);
  }

  @Get('certification-programmes/:id')
  // Public: issued credentials name this URL as their achievement's id, for any verifier to read. A browser
  // (asking for HTML first) is sent to the programme's public page in the portal.
  @Public({ session: 'optional' })
  @ApiOkResponse({ type: ProgrammeResponseDto, description: 'One programme (the achievement credentials name)' })
  async programme(
    @CurrentUserOrNull() user: AuthUser | null,
    @Reader() reader: ReaderLanguages,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const programme = await this.programmeService.get(id, user, reader);
    if (/^text\/html/.test(request.headers.accept ?? '')) {
      reply.redirect(
        `/programmes/${encodeURIComponent(id)}${request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''}`,
        303,
      );
      return;
    }
    return programme;
  }

  @Post('certification-programmes')
  @Allow('admin')
  @ApiCreatedResponse({ type: ProgrammeResponseDto, description: 'The new programme' })
  createProgramme(@CurrentUser() actor: AuthUser, @Body() body: ProgrammeCreateDto) {
    return this.programmeService.create(actor, body);
  }

  @Patch('certification-programmes/:id')
  @Allow('admin')
  @ApiOkResponse({ type: ProgrammeResponseDto, description: 'The updated programme' })
  updateProgramme(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: ProgrammeUpdateDto) {
    return this.programmeService.update(actor, id, body);
  }

  @Get('certifications')
  @Allow()
  @ApiOkResponse({
    type: CertificationPageDto,
    description: 'The caller’s certifications (all, for admins), newest first, with their history',
  })
  list(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Query() query: CertificationListQueryDto) {
    return this.certifications.list(user, query, reader);
  }

  @Get('certifications/:id')
  @Allow()
  @ApiOkResponse({ type: CertificationResponseDto, description: 'One certification (its holder and admins)' })
  get(@CurrentUser() user: AuthUser, @Reader() reader: ReaderLanguages, @Param('id') id: string) {
    return this.certifications.get(user, id, reader);
  }

  @Post('certifications/:id/recertify')
  @Allow(...UNIT_ROLES)
  @ApiCreatedResponse({
    type: CertificationResponseDto,
    description: 'The new certification, valid from the old expiry',
  })
  recertify(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.recertification.execute({ user, certificationId: id });
  }

  @Post('certifications/:id/revoke')
  @Allow('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CertificationResponseDto, description: 'Revoked; verifiers see it at once' })
  revoke(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Body() body: RevokeDto) {
    return this.certifications.revoke(actor, id, body.reason, body.category);
  }

  @Get('certifications/:id/credential')
  @Allow()
  @ApiOkResponse({ type: CredentialResponseDto, description: 'The signed Open Badges 3.0 credential, for wallets' })
  credential(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.certifications.credential(user, id);
  }

  @Get('certifications/:id/certificate.pdf')
  @Allow()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate as PDF, with a QR code of the verification page' })
  async pdf(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${id}.pdf"`);
    return new StreamableFile(await this.certificatePdf.forUser(user, id));
  }

  @Get('verify/:code')
  @Public()
  @ApiOkResponse({
    type: VerificationResponseDto,
    description:
      'Name, programme, dates and status (when revoked: the date and the reason’s category); with ?on=, whether it was valid that day. Nothing else.',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many look-ups from this address' })
  verify(@Param('code') code: string, @Query() query: VerifyQueryDto, @Req() request: FastifyRequest) {
    return this.verification.verify(code, request.ip, query.on);
  }

  @Get('credentials/jwks.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({
    description: 'The issuer’s public key (JWKS), under its DID key id and the JWKS key id older credentials name',
  })
  jwks() {
    return this.signer.publicJwks();
  }

  @Get('credentials/status/:list')
  @Public()
  @ApiProduces('application/vc+jwt')
  @ApiOkResponse({
    description:
      'A revocation list: a signed Bitstring Status List credential (vc+jwt), re-signed on change; ETag, If-None-Match answers 304',
  })
  async statusList(
    @Param('list') list: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const signed = /^[1-9]\d{0,8}$/.test(list) ? await this.statusLists.signed(Number(list)) : null;
    if (!signed) throw new NotFoundException(coded('status_list.not_found', 'list', 'no such revocation list'));
    const etag = `"${signed.etag}"`;
    reply
      .header('cache-control', 'public, max-age=300')
      .header('etag', etag)
      .header('expires', signed.validUntil.toUTCString());
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      reply.code(304);
      return '';
    }
    reply.header('content-type', 'application/vc+jwt');
    return signed.jwt;
  }
}
