import { ApiHideProperty } from '@nestjs/swagger';
import { IsEmpty } from 'class-validator';

/**
 * The body of an action route that takes no input. Declaring it makes the global validation refuse
 * any field sent anyway (e.g. an officer's `status` or `capacity`), instead of silently ignoring it.
 */
export class EmptyBodyDto {
  // class-validator treats a class without any rule as unknown; this rule accepts only absence.
  @ApiHideProperty()
  @IsEmpty()
  readonly _?: never;
}
