import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';

const LEVELS: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

/**
 * Sends the SDK's own log lines (workflow `log`, activity `Context.log`, worker lifecycle) through pino, so that
 * the worker writes one JSON format and each line keeps its attributes (partnershipId, requestId, workflowId).
 */
export function installTemporalRuntimeLogger(level: string): void {
  const logger = pino({ level: level === 'silent' ? 'silent' : level, base: { app: 'worker' } });
  Runtime.install({
    // The process's signals are handled in one place (drainOnSignals in main.ts), which stops this worker first.
    shutdownSignals: [],
    logger: new DefaultLogger(LEVELS[level] ?? 'INFO', (entry) => {
      const method = entry.level.toLowerCase() as 'trace' | 'debug' | 'info' | 'warn' | 'error';
      logger[method]({ ...entry.meta }, entry.message);
    }),
  });
}
