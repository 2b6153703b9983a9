import { BadRequestException, PipeTransform } from '@nestjs/common';

export class CountryCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Z]{2}$/.test(value)) throw new BadRequestException('code: must be an ISO 3166-1 alpha-2 code such as UA');
    return value;
  }
}
