import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsHardToGuess, MIN_PASSWORD_LENGTH } from '../password-strength';

export class PasswordChangeDto {
  @ApiProperty({ description: 'The password the user signs in with now', maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({
    description:
      'The new password, at least 12 characters and hard to guess: no common password, repeats, sequences or the user’s name or e-mail',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: 256,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  @IsHardToGuess()
  newPassword: string;
}
