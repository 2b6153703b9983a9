import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITIES, ROLES, type Capability, type Role } from '@icspa/domain';

export class MeResponseDto {
  @ApiProperty({ description: 'User id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'E-mail address (lower-case)' })
  email: string;

  @ApiProperty({ description: 'Name shown in the portal' })
  displayName: string;

  @ApiProperty({ description: 'Role, which decides what the user may do', enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({
    description: 'Police unit of an officer or coordinator',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  policeUnitId: string | null;

  @ApiProperty({
    description: 'Member firm of a trainer or member admin',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  memberFirmId: string | null;

  @ApiProperty({
    description: 'Portal language the user chose (BCP 47); null until they choose one (the browser’s language applies)',
    example: 'uk',
    nullable: true,
    type: String,
  })
  locale: string | null;

  @ApiProperty({
    description: "IANA time zone the user reads times in; null until set (the portal sends the browser's at sign-in)",
    example: 'Europe/Kyiv',
    nullable: true,
    type: String,
  })
  timeZone: string | null;

  @ApiProperty({
    description:
      'Further languages the user reads, in order of preference after `locale` (content locale codes): a course not yet translated into the first is shown in the next that has it, before its source language',
    example: ['ru', 'en'],
    type: [String],
  })
  readsLocales: string[];

  @ApiProperty({
    description:
      'The password was found weak when the user signed in (it was set before the strength rule): the portal asks for a new one (PUT /api/auth/me/password) at each sign-in until it is changed',
  })
  passwordChangeRequired: boolean;

  @ApiPropertyOptional({
    description:
      'Capabilities the user holds a live grant of beside their role, in any scope (`translate`, `local_trainer`): the portal offers their pages. Answered at sign-in, by GET /api/auth/me and by the changes to it',
    enum: CAPABILITIES,
    enumName: 'Capability',
    isArray: true,
  })
  capabilities?: Capability[];
}
