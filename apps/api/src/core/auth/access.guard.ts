import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, AccessRule } from './access.decorator';
import { SESSION_COOKIE } from './session-cookie';
import { SESSION_LOOKUP, type SessionLookup } from './session-lookup';
import { coded } from '../errors/coded';

/**
 * Deny by default: a route is reachable only if it declares `@Public()` or `@Allow(...)`. The session
 * is looked up on every request (a row in PostgreSQL, behind a few seconds' cache that every revocation,
 * disable or change of the user's facts drops on every API process at once), so revoking it takes effect at once.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenException(coded('auth.no_access_rule', null, 'This route declares no access rule'));
    if (rule.kind === 'public' && !rule.session) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const user = token ? await this.sessions.findUser(token) : null;
    if (rule.kind === 'public') {
      if (user) request.authUser = user;
      return true;
    }
    if (!user) throw new UnauthorizedException(coded('auth.sign_in_first', null, 'Sign in first'));
    request.authUser = user;
    if (!rule.roles.includes(user.role))
      throw new ForbiddenException(
        coded('auth.role_forbidden', null, `Your role (${user.role}) may not do this`, { role: user.role }),
      );
    return true;
  }
}
