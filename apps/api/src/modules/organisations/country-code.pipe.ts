import { BadRequestException, PipeTransform } from '@nestjs/common';
import { coded } from '../../core/errors/coded';

export class CountryCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Z]{2}$/.test(value))
      throw new BadRequestException(
        coded('validation.format.country_code', 'code', 'must be an ISO 3166-1 alpha-2 code such as UA'),
      );
    return value;
  }
}
