import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CAPABILITIES, type Capability } from '@icspa/domain';

export class CapabilityGrantCreateDto {
  @ApiProperty({ description: 'The capability granted', enum: CAPABILITIES, enumName: 'Capability' })
  @IsIn(CAPABILITIES)
  capability: Capability;

  @ApiProperty({
    description: 'Where it applies: a content locale code for `translate` (e.g. `uk`), a course id for `local_trainer`',
    maxLength: 64,
    example: 'uk',
  })
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9-]+$/)
  scope: string;
}

export class CapabilityGrantResponseDto {
  @ApiProperty({ description: 'Grant id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The user who holds it', format: 'uuid' })
  userId: string;

  @ApiProperty({ description: 'The capability', enum: CAPABILITIES, enumName: 'Capability' })
  capability: Capability;

  @ApiProperty({ description: 'A content locale code (`translate`) or a course id (`local_trainer`)' })
  scope: string;

  @ApiProperty({ description: 'When it was granted', format: 'date-time' })
  grantedAt: string;

  @ApiProperty({ description: 'E-mail of the admin who granted it', nullable: true, type: String })
  grantedByEmail: string | null;

  @ApiProperty({
    description: 'When it was revoked; null while it is live',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  revokedAt: string | null;

  @ApiProperty({ description: 'E-mail of the admin who revoked it', nullable: true, type: String })
  revokedByEmail: string | null;
}
