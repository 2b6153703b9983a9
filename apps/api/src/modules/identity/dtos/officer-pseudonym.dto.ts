import { ApiProperty } from '@nestjs/swagger';

/** An officer's pseudonym (`@icspa/domain` OfficerPseudonym): how member-firm staff see them. */
export class OfficerPseudonymDto {
  @ApiProperty({
    description: 'Participant number in the cohort, from 1 (null outside a cohort: "Officer <code>")',
    nullable: true,
    type: Number,
  })
  number: number | null;

  @ApiProperty({
    description: 'Random code of the seat (or derived from the officer outside a cohort)',
    example: 'KZ-3F9',
  })
  code: string;
}
