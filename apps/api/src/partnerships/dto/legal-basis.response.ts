import { ApiProperty } from '@nestjs/swagger';
import { CriteriaDto, ForumKeysDto } from './legal-basis.dto';

/** One recorded version of why IOP; the last of the list is the assessment in force. */
export class LegalBasisResponse {
  @ApiProperty({ description: 'The first recorded is 1' }) version!: number;
  @ApiProperty({ type: CriteriaDto }) criteria!: CriteriaDto;
  @ApiProperty({ type: ForumKeysDto }) forumKeys!: ForumKeysDto;
  @ApiProperty() conclusion!: string;
  @ApiProperty({ example: 'PUBLIC' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}
