import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IsOrganisationNumber, IsText } from '../../common/validation';

export class AddressedPublicPartyDto {
  @ApiProperty({ example: 'Region Skåne', description: 'The public party the initiative is addressed to' })
  @IsText(2, 200)
  name!: string;
}

export class InitiatingOrganisationDto {
  @ApiProperty({ example: 'Vårsta Diakonigård', maxLength: 200 })
  @IsText(2, 200)
  name!: string;

  @ApiProperty({ example: '802456-1238', description: "The representative's own organisation (otherwise 403 NOT_YOUR_ORGANISATION)" })
  @IsOrganisationNumber()
  organisationNumber!: string;
}

/** An organisation's initiative (IOP-initiativ), submitted by its representative to a public party. */
export class SubmitInitiativeDto {
  @ApiProperty({ example: 'Läxhjälp och föräldrastöd i Vårsta', maxLength: 300 })
  @IsText(3, 300)
  title!: string;

  @ApiProperty({ description: 'The challenge as the organisation sees it (utmaningen)', maxLength: 4000 })
  @IsText(3, 4000)
  challenge!: string;

  @ApiProperty({ description: 'Målgruppen', maxLength: 1000 })
  @IsText(2, 1000)
  targetGroup!: string;

  @ApiProperty({ description: 'What the organisation brings (volunteers, premises, its own funds, knowledge)', maxLength: 4000 })
  @IsText(2, 4000)
  contribution!: string;

  @ApiProperty({ type: AddressedPublicPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AddressedPublicPartyDto)
  publicParty!: AddressedPublicPartyDto;

  @ApiProperty({ type: InitiatingOrganisationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InitiatingOrganisationDto)
  organisation!: InitiatingOrganisationDto;
}
