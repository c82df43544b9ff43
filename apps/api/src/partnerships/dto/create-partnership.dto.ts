import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { IsOmittable, IsOrganisationNumber, IsText } from '../../common/validation';
import { IsFrameworkId } from './framework-id';
import { OrganisationProfileDto } from './organisation-profile.dto';
import { ProblemDefinitionDto } from './problem-definition.dto';

export class PublicPartyDto {
  @ApiProperty({ example: 'Region Skåne', description: 'Offentlig part: the region or municipality' })
  @IsText(2, 200)
  name!: string;
}

export class OrganisationDto {
  @ApiProperty({ example: 'NÄTVERKET-Idéburen sektor Skåne', description: 'Idéburen organisation' })
  @IsText(2, 200)
  name!: string;

  @ApiProperty({ example: '802456-1238', description: 'Organisationsnummer NNNNNN-NNNN with a Luhn check digit' })
  @IsOrganisationNumber()
  organisationNumber!: string;

  @ApiPropertyOptional({
    type: OrganisationProfileDto,
    description:
      'The organisation as a party (legal form, registration, contact, documents), as the officer knows it; the organisation can update it',
  })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationProfileDto)
  profile?: OrganisationProfileDto;
}

export class CreatePartnershipDto {
  @ApiProperty({ example: 'Idéburen sektor som utvecklingskraft i Skåne' })
  @IsText(3, 300)
  title!: string;

  @ApiProperty({ type: PublicPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PublicPartyDto)
  publicParty!: PublicPartyDto;

  @ApiProperty({ type: [OrganisationDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrganisationDto)
  organisations!: OrganisationDto[];

  @ApiPropertyOptional({
    type: ProblemDefinitionDto,
    description:
      'Gemensam problemformulering, proposed by the public party with the start (the same fields and rules as POST /partnerships/:id/problem-definition); the organisations are then asked to agree to it',
  })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ProblemDefinitionDto)
  problemDefinition?: ProblemDefinitionDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The framework agreement (överenskommelse) the partnership is entered within: in force, of the same public party, and joined by every organisation named (otherwise 422 naming the field)',
  })
  @IsOmittable()
  @IsFrameworkId()
  frameworkId?: string;
}
