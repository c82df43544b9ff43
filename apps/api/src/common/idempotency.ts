import { HttpStatus } from '@nestjs/common';
import type { IdempotencyClaim, IdempotencyKeyRepository, IdempotencyMismatch } from '@iop/database';
import { requestHashOf } from '@iop/database';
import type { Environment } from '@iop/config';
import { ApiException } from './api.exception';
import type { CommandContext } from './command-context';

const WHAT_DIFFERS: Record<IdempotencyMismatch, { en: string; sv: string }> = {
  subject: { en: 'another caller', sv: 'en annan avsändare' },
  method: { en: 'another method', sv: 'en annan metod' },
  route: { en: 'another route', sv: 'en annan adress' },
  body: { en: 'another body', sv: 'ett annat innehåll' },
};

/** The same key with another caller, route or body: 422, as the IETF idempotency-key draft prescribes. */
export function idempotencyKeyReused(differs: IdempotencyMismatch[]): ApiException {
  const en = differs.map((d) => WHAT_DIFFERS[d].en).join(', ');
  const sv = differs.map((d) => WHAT_DIFFERS[d].sv).join(', ');
  return new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'IDEMPOTENCY_KEY_REUSED',
    `This Idempotency-Key was first sent with ${en}; a new request needs a new key.`,
    {
      messageSv: `Denna Idempotency-Key skickades först med ${sv}; en ny begäran behöver en ny nyckel.`,
      errors: [
        {
          field: 'Idempotency-Key',
          rule: 'boundToFirstRequest',
          message: `The key was first used for a request with ${en}; send a new key.`,
          messageSv: `Nyckeln användes först för en begäran med ${sv}; skicka en ny nyckel.`,
        },
      ],
    },
  );
}

export type HeldClaim = Exclude<IdempotencyClaim, { kind: 'mismatch' }>;

/**
 * Claims the request's Idempotency-Key for `body` (what the caller asked for, in canonical form) and `resourceId`;
 * undefined without a key. A key bound to another request is refused before anything else happens.
 */
export async function claimIdempotencyKey(
  keys: IdempotencyKeyRepository,
  env: Environment,
  context: CommandContext,
  body: unknown,
  resourceId: string,
): Promise<HeldClaim | undefined> {
  if (!context.idempotencyKey) return undefined;
  const claim = await keys.claim({
    key: context.idempotencyKey,
    subject: context.actor,
    ...context.endpoint,
    requestHash: requestHashOf(body),
    resourceId,
    ttlHours: env.IDEMPOTENCY_KEY_TTL_HOURS,
  });
  if (claim.kind === 'mismatch') throw idempotencyKeyReused(claim.differs);
  return claim;
}
