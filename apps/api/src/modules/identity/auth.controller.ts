import { Body, Controller, Get, HttpCode, Patch, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { Allow, Public } from '../../core/auth/access.decorator';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { SESSION_COOKIE } from '../../core/auth/session-cookie';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { ErrorResponseDto } from '../../core/errors/error-response';
import { EmptyBodyDto } from '../../core/http/empty-body.dto';
import { AuthService } from './auth.service';
import { LoginDto } from './dtos/login.dto';
import { MeResponseDto } from './dtos/me-response.dto';
import { PasswordChangeDto } from './dtos/password-change.dto';
import {
  AccountLinkInfoDto,
  AccountLinkTokenDto,
  ForgotPasswordDto,
  SetPasswordDto,
  SetPasswordResponseDto,
} from './dtos/account-link.dto';
import { AccountLinksService } from './account-links.service';
import { MeUpdateDto } from './dtos/user.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly links: AccountLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponseDto, description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'E-mail or password not recognised' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: 'Too many failed sign-ins for this account or address',
  })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponseDto> {
    const { session, me } = await this.auth.login(body.email, body.password, {
      ipAddress: request.ip,
      userAgent: request.headers['user-agent'],
    });
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    return me;
  }

  @Post('logout')
  @Allow()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked' })
  async logout(
    @CurrentUser() user: AuthUser,
    @Body() _body: EmptyBodyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(user);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Allow()
  @ApiOkResponse({ type: MeResponseDto, description: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): Promise<MeResponseDto> {
    return this.auth.me(user);
  }

  @Patch('me')
  @Allow()
  @ApiOkResponse({
    type: MeResponseDto,
    description:
      'Preferences saved: portal language, and the further languages the user reads (content falls back through them)',
  })
  updateMe(@CurrentUser() user: AuthUser, @Body() body: MeUpdateDto): Promise<MeResponseDto> {
    return this.auth.updatePreferences(user, body);
  }

  @Put('me/password')
  @Allow()
  @ApiOkResponse({ type: MeResponseDto, description: 'Password changed; every other session is signed out' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'The current password is wrong, or the new one is too easy to guess',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many wrong passwords for this account' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The password was changed meanwhile by another session' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: PasswordChangeDto,
    @Req() request: FastifyRequest,
  ): Promise<MeResponseDto> {
    return this.auth.changePassword(user, body, request.ip);
  }

  @Post('account-link')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: AccountLinkInfoDto, description: 'The account a usable invitation or reset link is for' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'The link was used, replaced, has expired or never was',
  })
  async accountLink(@Body() body: AccountLinkTokenDto): Promise<AccountLinkInfoDto> {
    const info = await this.links.inspect(body.token);
    return { ...info, expiresAt: info.expiresAt.toISOString() };
  }

  @Post('set-password')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: SetPasswordResponseDto,
    description: 'Password set through a one-time link (now used); every session of the account is signed out',
  })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'The link is not usable, or the password is too easy to guess',
  })
  setPassword(@Body() body: SetPasswordDto): Promise<SetPasswordResponseDto> {
    return this.links.setPassword(body.token, body.password);
  }

  @Post('forgot-password')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'The same answer whether or not an account has this e-mail; when one has (and e-mail is configured) a reset link is e-mailed',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many requests for this e-mail or address' })
  async forgotPassword(@Body() body: ForgotPasswordDto, @Req() request: FastifyRequest): Promise<void> {
    await this.links.forgotPassword(body.email, request.ip);
  }
}
