import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { coded } from '../errors/coded';

/** The signed-in caller; only on routes that AccessGuard has let through with a session. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<FastifyRequest>().authUser;
  if (!user) throw new UnauthorizedException(coded('auth.sign_in_first', null, 'Sign in first'));
  return user;
});

/** The signed-in user of a `@Public({ session: 'optional' })` route, or null for an anonymous caller. */
export const CurrentUserOrNull = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | null =>
    ctx.switchToHttp().getRequest<FastifyRequest>().authUser ?? null,
);
