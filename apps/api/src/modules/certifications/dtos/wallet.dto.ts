import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class WalletOfferResponseDto {
  @ApiProperty({
    description: 'The OpenID for VC Issuance credential offer (pre-authorized code flow)',
    type: 'object',
    additionalProperties: true,
  })
  credentialOffer: Record<string, unknown>;

  @ApiProperty({ description: 'The offer as a URI for a QR code: openid-credential-offer://?credential_offer=…' })
  offerUri: string;

  @ApiProperty({ description: 'Until when the wallet may take it (one use)', format: 'date-time' })
  expiresAt: string;
}

export class TokenRequestDto {
  @ApiProperty({
    description: 'Only the pre-authorized code grant',
    enum: ['urn:ietf:params:oauth:grant-type:pre-authorized_code'],
  })
  @IsString()
  @IsIn(['urn:ietf:params:oauth:grant-type:pre-authorized_code'])
  grant_type: string;

  @ApiProperty({ description: 'The one-time code of the credential offer', name: 'pre-authorized_code' })
  @IsString()
  @MaxLength(200)
  'pre-authorized_code': string;

  @ApiPropertyOptional({ description: 'Not used (offers carry no transaction code)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tx_code?: string;

  @ApiPropertyOptional({ description: 'The wallet’s client id, if it sends one (not checked)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  client_id?: string;

  @ApiPropertyOptional({ description: 'RFC 8707 resource indicator, if sent (not checked)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  resource?: string;
}

export class TokenResponseDto {
  @ApiProperty({ description: 'Bearer token for the credential endpoint (one credential, five minutes)' })
  access_token: string;

  @ApiProperty({ description: 'Bearer', enum: ['Bearer'] })
  token_type: string;

  @ApiProperty({ description: 'Seconds the token is valid' })
  expires_in: number;
}

export class NonceResponseDto {
  @ApiProperty({ description: 'The nonce the wallet’s key proof must carry' })
  c_nonce: string;

  @ApiProperty({ description: 'Seconds it is accepted' })
  c_nonce_expires_in: number;
}

export class WalletProofsDto {
  @ApiProperty({ description: 'Key proofs (openid4vci-proof+jwt); the first is used', type: [String], maxItems: 1 })
  @IsArray()
  @ArrayMaxSize(1)
  @IsString({ each: true })
  @MaxLength(8000, { each: true })
  jwt: string[];
}

export class WalletProofDto {
  @ApiProperty({ description: 'jwt', enum: ['jwt'] })
  @IsIn(['jwt'])
  proof_type: string;

  @ApiProperty({ description: 'The key proof (openid4vci-proof+jwt)' })
  @IsString()
  @MaxLength(8000)
  jwt: string;
}

export class WalletCredentialRequestDto {
  @ApiProperty({ description: 'OpenBadgeCredential', enum: ['OpenBadgeCredential'] })
  @IsString()
  @MaxLength(100)
  credential_configuration_id: string;

  @ApiPropertyOptional({ description: 'OpenID4VCI 1.0: proofs of the wallet’s key', type: WalletProofsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WalletProofsDto)
  proofs?: WalletProofsDto;

  @ApiPropertyOptional({ description: 'Earlier drafts: one proof of the wallet’s key', type: WalletProofDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WalletProofDto)
  proof?: WalletProofDto;
}

export class WalletCredentialDto {
  @ApiProperty({ description: 'The Open Badge as a VC-JWT, its subject the wallet’s DID' })
  credential: string;
}

export class WalletCredentialResponseDto {
  @ApiProperty({ description: 'The one credential issued (OpenID4VCI 1.0 response)', type: [WalletCredentialDto] })
  credentials: WalletCredentialDto[];
}
