import { BadRequestException, CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { coded } from '../errors/coded';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every path parameter named `id` or `…Id` is a UUID: the one check of path ids, so a controller reads
 * them with a plain `@Param('id')`. Checked once for all routes, after the access check and before any
 * body validation, so a malformed id is always the error reported (400, `<name>: must be a UUID`).
 */
@Injectable()
export class PathIdGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const params = (context.switchToHttp().getRequest<FastifyRequest>().params ?? {}) as Record<string, string>;
    for (const [name, value] of Object.entries(params)) {
      if ((name === 'id' || name.endsWith('Id')) && !UUID.test(value))
        throw new BadRequestException(coded('validation.isUuid', name, 'must be a UUID'));
    }
    return true;
  }
}
