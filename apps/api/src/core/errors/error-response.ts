import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const CODE_DESCRIPTION =
  'Stable machine-readable code of the problem (a key of ERROR_CODES in @icspa/domain, e.g. ' +
  '`enrolment.already_enrolled`, `validation.max`); clients translate by it and show `message` for a code they do not know';

/** One problem of a refusal. */
export class ErrorItemDto {
  @ApiProperty({ description: CODE_DESCRIPTION, example: 'validation.max' })
  code: string;

  @ApiPropertyOptional({ description: 'The field at fault, as a path', example: 'capacity' })
  field?: string;

  @ApiPropertyOptional({
    description: 'Values the text of the code interpolates',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { max: 1000 },
  })
  params?: Record<string, string | number>;

  @ApiProperty({
    description: 'The problem in English, `field: problem`',
    example: 'capacity: must not be greater than 1000',
  })
  message: string;
}

/** The one shape of every failure the API returns. */
export class ErrorResponseDto {
  @ApiProperty({ description: 'HTTP status code', example: 400 })
  statusCode: number;

  @ApiProperty({ description: 'HTTP reason phrase', example: 'Bad Request' })
  error: string;

  @ApiProperty({
    description: 'What went wrong, in English; names the field when one is at fault (all problems, joined by "; ")',
    example: 'email: must be an email',
  })
  message: string;

  @ApiProperty({
    description: `${CODE_DESCRIPTION}. With several problems: the first one's.`,
    example: 'validation.isEmail',
  })
  code: string;

  @ApiPropertyOptional({ description: 'The field at fault (the first problem’s)', example: 'email' })
  field?: string;

  @ApiPropertyOptional({
    description: 'Values the text of the code interpolates',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { max: 1000 },
  })
  params?: Record<string, string | number>;

  @ApiPropertyOptional({
    description: 'Each problem, when the answer reports several (at most 20)',
    type: [ErrorItemDto],
  })
  errors?: ErrorItemDto[];
}
