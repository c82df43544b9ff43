import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { canonicalParty, IsPartyKey } from '../../common/validation';

/**
 * The party the caller acts for. Until sign-in decides it from the token, the caller names it; the workflow still
 * checks that the party may make the move.
 */
export class ActingPartyDto {
  @ApiProperty({ example: 'PUBLIC', description: "'PUBLIC' for the public party, or the organisationsnummer of an organisation" })
  @Transform(canonicalParty)
  @IsPartyKey()
  party!: string;
}
