import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageResponse } from './partnership.response';
import { MOVE_HANDLERS } from '../move-routes';

/** The rules of each item of an array of plain values. */
export class MoveFieldItemsResponse {
  @ApiPropertyOptional({ example: 'string' }) type?: string;
  @ApiPropertyOptional() format?: string;
  @ApiPropertyOptional() pattern?: string;
  @ApiPropertyOptional() minLength?: number;
  @ApiPropertyOptional() maxLength?: number;
  @ApiPropertyOptional({ type: [String] }) enum?: string[];
}

/** A field of the move's body, as the route's validators check it (the same rules as the OpenAPI document). */
export class MoveFieldResponse extends MoveFieldItemsResponse {
  @ApiProperty({ example: 'minutes' }) name!: string;
  @ApiProperty() required!: boolean;
  @ApiPropertyOptional() minimum?: number;
  @ApiPropertyOptional() maximum?: number;
  @ApiPropertyOptional() minItems?: number;
  @ApiPropertyOptional() maxItems?: number;
  @ApiPropertyOptional({ type: MoveFieldItemsResponse }) items?: MoveFieldItemsResponse;
  @ApiPropertyOptional({ type: () => [MoveFieldResponse], description: 'The fields of a nested object, or of each object of an array' })
  fields?: MoveFieldResponse[];
}

export class MoveRouteResponse {
  @ApiProperty({ enum: ['POST', 'PUT'] }) method!: string;
  @ApiProperty({ example: '/partnerships/6f1c2a8e-0b7d-4c55-9a3e-2d4f8b1e7c90/drafts/2/reviews' }) path!: string;
}

export class RefusalNoteResponse {
  @ApiProperty({ example: 'PRINCIPLE_UNADDRESSED' }) code!: string;
  @ApiProperty({ type: MessageResponse }) message!: MessageResponse;
}

/** A move the caller may make now, as the domain's rules judge the partnership's current state. */
export class AvailableMoveResponse {
  @ApiProperty({ enum: Object.keys(MOVE_HANDLERS) }) type!: string;
  @ApiPropertyOptional({ example: 'T3', description: 'The open task the move answers; send it as taskId where the fields list one' })
  taskId?: string;
  @ApiPropertyOptional({ description: "What the move is about: a draft version, or a follow-up's due date" }) ref?: string;
  @ApiPropertyOptional({ enum: ['APPROVED', 'CHANGES_REQUESTED'], description: 'For a review: which answer this entry is' }) decision?: string;
  @ApiPropertyOptional({
    type: [String],
    description: "The parties the move may name (a meeting's attendance, a draft's contributions): 'PUBLIC' or an organisationsnummer",
  })
  parties?: string[];
  @ApiPropertyOptional({
    type: RefusalNoteResponse,
    description:
      "Listed although it would be refused, because of the draft's content or because the person is no confirmed signatory of the party: why",
  })
  blockedBy?: RefusalNoteResponse;
  @ApiProperty({ type: MoveRouteResponse }) route!: MoveRouteResponse;
  @ApiProperty({ type: [MoveFieldResponse], description: 'The body the route takes; the API fills in the party from the token' })
  fields!: MoveFieldResponse[];
}
