import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { EnvironmentError } from '@iop/config';

const LEVELS: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

export interface TemporalRuntimeSettings {
  /** LOG_LEVEL */
  logLevel: string;
  /** WORKER_METRICS_ADDRESS: host:port of the runtime's Prometheus exporter; none when unset. */
  metricsAddress?: string;
}

/**
 * Installs the Temporal runtime, once per process (the SDK allows one `Runtime.install`), with both of what the
 * worker configures in it:
 * - the SDK's own log lines (workflow `log`, activity `Context.log`, worker lifecycle) through pino, so that the
 *   worker writes one JSON format and each line keeps its attributes (partnershipId, requestId, workflowId);
 * - the SDK's metrics (workflow task schedule-to-start and execution latency, sticky cache size and hits, activity
 *   failures, pollers) served by the runtime's Prometheus exporter at http://<metricsAddress>/metrics, durations
 *   in seconds as Prometheus names them. An address that cannot be bound stops the worker with one sentence.
 */
export function installTemporalRuntime({ logLevel, metricsAddress }: TemporalRuntimeSettings): void {
  const logger = pino({ level: logLevel === 'silent' ? 'silent' : logLevel, base: { app: 'worker' } });
  try {
    Runtime.install({
      // The process's signals are handled in one place (drainOnSignals in main.ts), which stops this worker first.
      shutdownSignals: [],
      logger: new DefaultLogger(LEVELS[logLevel] ?? 'INFO', (entry) => {
        const method = entry.level.toLowerCase() as 'trace' | 'debug' | 'info' | 'warn' | 'error';
        logger[method]({ ...entry.meta }, entry.message);
      }),
      ...(metricsAddress ? { telemetryOptions: { metrics: { prometheus: { bindAddress: metricsAddress, useSecondsForDurations: true } } } } : {}),
    });
  } catch (error) {
    if (!metricsAddress) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EnvironmentError(
      `WORKER_METRICS_ADDRESS: the worker could not serve its metrics at ${metricsAddress} (${reason}); choose a free host:port on this machine, or unset it`,
    );
  }
}
