import { ServiceError } from '@temporalio/client';
import { QueryFailedError } from 'typeorm';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** Whether an error means that PostgreSQL or Temporal could not be reached, as opposed to a bug of ours. */
export function isUnavailable(error: unknown): 'DATABASE' | 'TEMPORAL' | undefined {
  if (error instanceof ServiceError) return 'TEMPORAL';
  // Duck-typed rather than `instanceof Error`: socket errors are made by Node's core and may come from another realm.
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return 'DATABASE';
  const text = typeof message === 'string' ? message : '';
  if (error instanceof QueryFailedError && /terminat|connect/i.test(text)) return 'DATABASE';
  if (/Connection terminated|timeout exceeded when trying to connect|Connection ended/i.test(text)) return 'DATABASE';
  return undefined;
}
