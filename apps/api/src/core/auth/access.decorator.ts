import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES, type Role } from '@icspa/domain';
import { ErrorResponseDto } from '../errors/error-response';

export const ACCESS_KEY = 'icspa:access';

/** What a route declares about its callers. A route without a declaration is refused by AccessGuard. */
export type AccessRule = { kind: 'public'; session?: 'optional' } | { kind: 'roles'; roles: readonly Role[] };

/** Every refusal has one shape, with a stable `code` per problem (see ErrorResponseDto). */
const ApiRefusedInput = () =>
  ApiBadRequestResponse({ description: 'Refused input: `code` and `field` name the problem', type: ErrorResponseDto });

/**
 * Anyone, signed in or not. With `{ session: 'optional' }` a signed-in caller is still known to the route
 * (`@CurrentUserOrNull()`), for public pages that answer a signed-in reader differently (an admin reads a
 * programme as written, a verifier as translated).
 */
export const Public = (options: { session?: 'optional' } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public', ...options } satisfies AccessRule),
    ...(options.session ? [ApiCookieAuth('session')] : []),
    ApiRefusedInput(),
  );

/** Signed-in users with one of these roles; with no roles, any signed-in user. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles: roles.length ? roles : ROLES } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiRefusedInput(),
    ApiUnauthorizedResponse({ description: 'Not signed in', type: ErrorResponseDto }),
    ApiForbiddenResponse({ description: 'Signed in with a role that may not call this route', type: ErrorResponseDto }),
  );
