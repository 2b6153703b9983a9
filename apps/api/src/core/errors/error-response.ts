import { ApiProperty } from '@nestjs/swagger';

/** The one shape of every failure the API returns. */
export class ErrorResponseDto {
  @ApiProperty({ description: 'HTTP status code', example: 400 })
  statusCode: number;

  @ApiProperty({ description: 'HTTP reason phrase', example: 'Bad Request' })
  error: string;

  @ApiProperty({
    description: 'What went wrong; names the field when one is at fault',
    example: 'email: must be an email',
  })
  message: string;
}
