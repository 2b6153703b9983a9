import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES, type Role } from '@icspa/domain';
import { ErrorResponseDto } from '../errors/error-response';

export const ACCESS_KEY = 'icspa:access';

/** What a route declares about its callers. A route without a declaration is refused by AccessGuard. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles; with no roles, any signed-in user. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles: roles.length ? roles : ROLES } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: ErrorResponseDto }),
    ApiForbiddenResponse({ description: 'Signed in with a role that may not call this route', type: ErrorResponseDto }),
  );
