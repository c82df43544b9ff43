import { ServiceError } from '@temporalio/client';
import { QueryFailedError } from 'typeorm';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** Whether an error means that PostgreSQL or Temporal could not be reached, as opposed to a bug of ours. */
export function isUnavailable(error: unknown): 'DATABASE' | 'TEMPORAL' | undefined {
  if (error instanceof ServiceError) return 'TEMPORAL';
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return 'DATABASE';
  if (error instanceof QueryFailedError && /terminat|connect/i.test(error.message)) return 'DATABASE';
  if (/Connection terminated|timeout exceeded when trying to connect|Connection ended/i.test(error.message)) return 'DATABASE';
  return undefined;
}
