import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isTimeZone } from '@icspa/domain';

/** An IANA time zone name this runtime knows (Intl); answers code `validation.isTimeZone`. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (v) => isTimeZone(v),
        defaultMessage: () => '$property must be an IANA time zone such as Europe/Kyiv',
      },
    },
    options,
  );
}
