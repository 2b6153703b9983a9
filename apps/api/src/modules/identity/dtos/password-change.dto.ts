import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-strength';

export class PasswordChangeDto {
  @ApiProperty({ description: 'The password the user signs in with now', maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({
    description:
      'The new password, at least 12 characters and hard to guess: no common password, repeats, sequences or the user’s name or e-mail',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  // Judged hard to guess by the service, which knows the user's name and e-mail.
  newPassword: string;
}
