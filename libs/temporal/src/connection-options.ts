import { readFileSync } from 'node:fs';
import { Environment } from '../../config/src/environment';

/** The subset of connection settings that both `Connection` (client) and `NativeConnection` (worker) accept. */
export interface TemporalConnectionSettings {
  address: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer } } | boolean;
  apiKey?: string;
}

/**
 * One place that turns the environment into connection settings, so the API and the worker always reach the same
 * cluster: plain TCP for the local dev server, mTLS or an API key (both imply TLS) for Temporal Cloud.
 */
export function temporalConnectionSettings(
  env: Pick<Environment, 'TEMPORAL_ADDRESS' | 'TEMPORAL_TLS_CERT_PATH' | 'TEMPORAL_TLS_KEY_PATH' | 'TEMPORAL_API_KEY' | 'TEMPORAL_TLS'>,
): TemporalConnectionSettings {
  const settings: TemporalConnectionSettings = { address: env.TEMPORAL_ADDRESS };
  if (env.TEMPORAL_TLS_CERT_PATH && env.TEMPORAL_TLS_KEY_PATH) {
    settings.tls = {
      clientCertPair: { crt: readFileSync(env.TEMPORAL_TLS_CERT_PATH), key: readFileSync(env.TEMPORAL_TLS_KEY_PATH) },
    };
  } else if (env.TEMPORAL_API_KEY || env.TEMPORAL_TLS === 'true') {
    settings.tls = true;
  }
  if (env.TEMPORAL_API_KEY) settings.apiKey = env.TEMPORAL_API_KEY;
  return settings;
}
