import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, Public } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { CertificationsService } from './certifications.service';
import {
  NonceResponseDto,
  TokenRequestDto,
  TokenResponseDto,
  WalletCredentialRequestDto,
  WalletCredentialResponseDto,
  WalletOfferResponseDto,
} from './dtos/wallet.dto';
import { WalletService } from './wallet.service';

/** The holder's ways into a wallet: an OpenID for VC Issuance offer, and the signed `.jwt` as a file. */
@ApiTags('certifications')
@Controller()
export class WalletController {
  constructor(
    private readonly wallet: WalletService,
    private readonly certifications: CertificationsService,
  ) {}

  @Post('certifications/:id/wallet-offer')
  @Allow()
  @ApiCreatedResponse({
    type: WalletOfferResponseDto,
    description: 'A one-time OpenID4VCI offer of the caller’s own certification (10 minutes), for a QR code',
  })
  offer(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() _body: EmptyBodyDto) {
    return this.wallet.offer(user, id);
  }

  @Get('certifications/:id/credential.jwt')
  @Allow()
  @ApiProduces('application/jwt')
  @ApiOkResponse({ description: 'The signed Open Badge as a .jwt file, for wallets that import one' })
  async jwt(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { jwt } = await this.certifications.credential(user, id);
    reply
      .header('content-type', 'application/jwt')
      .header('content-disposition', `attachment; filename="open-badge-${id}.jwt"`);
    return jwt;
  }

  @Post('oid4vci/token')
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOkResponse({ type: TokenResponseDto, description: 'An access token for the pre-authorized code (once)' })
  token(@Body() body: TokenRequestDto) {
    return this.wallet.token(body);
  }

  @Post('oid4vci/nonce')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: NonceResponseDto, description: 'A nonce for the wallet’s key proof' })
  nonce() {
    return this.wallet.nonce();
  }

  @Post('oid4vci/credential')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: WalletCredentialResponseDto,
    description: 'The Open Badge, its subject the DID of the key the wallet proved it holds',
  })
  credential(@Headers('authorization') authorization: string | undefined, @Body() body: WalletCredentialRequestDto) {
    return this.wallet.credential(authorization, body);
  }
}
