import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import type { NewFramework } from '@iop/domain';
import { IsOmittable, IsText } from '../../common/validation';
import { OrganisationDto, PublicPartyDto } from '../../partnerships/dto/create-partnership.dto';
import { FrameworkTermsDto } from './framework-terms.dto';

/** POST /frameworks: the framework opened, and with `firstVersion` its first text drafted in the same step. */
export class CreateFrameworkDto implements NewFramework {
  @ApiProperty({ example: 'Överenskommelse mellan Region Skåne och idéburen sektor i Skåne', maxLength: 300 })
  @IsText(3, 300)
  title!: string;

  @ApiProperty({ type: PublicPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PublicPartyDto)
  publicParty!: PublicPartyDto;

  @ApiProperty({ type: OrganisationDto, description: 'The organisation that negotiated the framework for the idéburen sector' })
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationDto)
  sectorRepresentative!: OrganisationDto;

  @ApiPropertyOptional({ type: FrameworkTermsDto, description: 'Version 1, drafted with the opening (the same fields as POST /frameworks/:id/versions)' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => FrameworkTermsDto)
  firstVersion?: FrameworkTermsDto;
}
