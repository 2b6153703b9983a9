import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_LINK_PURPOSES, type AccountLinkPurpose } from '@icspa/domain';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-strength';

/** A link token as it appears after `#token=` (43 base64url characters; a little room either way). */
const TOKEN_RULE = /^[A-Za-z0-9_-]{20,100}$/;

export class AccountLinkTokenDto {
  @ApiProperty({ description: 'The token of a one-time account link (after `#token=` in the link)', maxLength: 100 })
  @IsString()
  @Matches(TOKEN_RULE, {
    message: 'must be the token of an account link',
    context: { code: 'validation.format.account_link_token' },
  })
  token: string;
}

export class AccountLinkInfoDto {
  @ApiProperty({ description: 'What the link is for', enum: ACCOUNT_LINK_PURPOSES, enumName: 'AccountLinkPurpose' })
  purpose: AccountLinkPurpose;

  @ApiProperty({ description: 'The e-mail address of the account (its sign-in name)' })
  email: string;

  @ApiProperty({ description: 'The name of the account' })
  displayName: string;

  @ApiProperty({ description: 'Until when the link may be used', format: 'date-time' })
  expiresAt: string;
}

export class SetPasswordDto extends AccountLinkTokenDto {
  @ApiProperty({
    description:
      'The new password, at least 12 characters and hard to guess: no common password, repeats, sequences or the user’s name or e-mail',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  // Judged hard to guess by the service, which knows the account's name and e-mail.
  password: string;
}

export class SetPasswordResponseDto {
  @ApiProperty({ description: 'The e-mail address to sign in with' })
  email: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ description: 'The e-mail address of the account', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class AccountLinkIssuedDto {
  @ApiProperty({
    description:
      'The one-time link, to hand to the account’s owner; null when it was e-mailed to them (it is then shown to nobody else)',
    type: String,
    nullable: true,
  })
  link: string | null;

  @ApiProperty({ description: 'Whether the link was e-mailed to the account’s owner' })
  emailed: boolean;

  @ApiProperty({ description: 'Until when the link may be used', format: 'date-time' })
  expiresAt: string;
}
