import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      version: undefined,
      exceptionFactory: () => new BadRequestException(`${name}: must be a UUID`),
    }),
  );
