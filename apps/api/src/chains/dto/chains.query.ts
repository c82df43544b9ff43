import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { GLOBAL_CHAIN } from '@iop/database';
import { withSentences } from '../../common/field-messages';

/** A chain's key: a partnership's id, or the chain of the commands outside any partnership. */
export const CHAIN_KEY = new RegExp(`^(${GLOBAL_CHAIN}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`);

export class CheckpointsQuery {
  @ApiPropertyOptional({ description: `A partnership's id or '${GLOBAL_CHAIN}'; without it, the latest checkpoint of every chain` })
  @IsOptional()
  @Matches(CHAIN_KEY, {
    message: `chain must be a partnership id (a lower-case UUID) or '${GLOBAL_CHAIN}'`,
    ...withSentences(
      `Give a partnership's id (a UUID in lower case) or '${GLOBAL_CHAIN}'.`,
      `Ange ett partnerskaps id (ett UUID med små bokstäver) eller '${GLOBAL_CHAIN}'.`,
    ),
  })
  chain?: string;
}
