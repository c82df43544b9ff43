import type { NativeConnection } from '@temporalio/worker';
import { EnvironmentError } from '../../config/src/environment';
import { CUSTOM_SEARCH_ATTRIBUTES } from './search-attributes';
import { temporalConnectionSettings } from './connection-options';

type ConnectionEnvironment = Parameters<typeof temporalConnectionSettings>[0] & { TEMPORAL_NAMESPACE: string };

const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;
const UNIMPLEMENTED = 12;

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * The worker's connection, refused in one sentence naming what to fix: a Temporal it cannot reach or speak to (TLS
 * on a server without it, or off for Temporal Cloud), a namespace that does not exist (a real cluster has no
 * `default` until one is created), or a namespace without the engine's search attributes. Without these checks the
 * SDK's own error arrives as a stack trace, or the first workflow task fails once it sets its search attributes.
 */
export async function connectCheckedWorker(
  connect: (settings: ReturnType<typeof temporalConnectionSettings>) => Promise<NativeConnection>,
  env: ConnectionEnvironment,
): Promise<NativeConnection> {
  const tls = env.TEMPORAL_API_KEY || env.TEMPORAL_TLS === 'true' || env.TEMPORAL_TLS_CERT_PATH ? 'with TLS' : 'without TLS';
  let connection: NativeConnection;
  try {
    connection = await connect(temporalConnectionSettings(env));
  } catch (error) {
    throw new EnvironmentError(
      `TEMPORAL_ADDRESS: could not connect to Temporal at ${env.TEMPORAL_ADDRESS} ${tls} (${firstLine(error)}); check that the server runs there and that TEMPORAL_TLS, TEMPORAL_API_KEY or TEMPORAL_TLS_CERT_PATH/TEMPORAL_TLS_KEY_PATH match it (Temporal Cloud needs TLS, a local server has none)`,
    );
  }
  try {
    await checkNamespace(connection, env.TEMPORAL_NAMESPACE, env.TEMPORAL_ADDRESS);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return connection;
}

async function checkNamespace(connection: NativeConnection, namespace: string, address: string): Promise<void> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === NOT_FOUND)
      throw new EnvironmentError(
        `TEMPORAL_NAMESPACE: the namespace "${namespace}" does not exist on ${address}; create it (temporal operator namespace create --namespace ${namespace}) or set TEMPORAL_NAMESPACE to one that exists`,
      );
    if (code === UNIMPLEMENTED || code === PERMISSION_DENIED) return;
    throw new EnvironmentError(`TEMPORAL_NAMESPACE: could not read the namespace "${namespace}" on ${address} (${firstLine(error)})`);
  }
  let registered: Record<string, unknown>;
  try {
    registered = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (error) {
    // Temporal Cloud and the time-skipping test server may refuse the operator API: there the console decides.
    const code = (error as { code?: number }).code;
    if (code === UNIMPLEMENTED || code === PERMISSION_DENIED) return;
    throw new EnvironmentError(`TEMPORAL_NAMESPACE: could not list the search attributes of "${namespace}" on ${address} (${firstLine(error)})`);
  }
  const missing = Object.entries(CUSTOM_SEARCH_ATTRIBUTES).filter(([name]) => !(name in registered));
  if (missing.length > 0)
    throw new EnvironmentError(
      `TEMPORAL_NAMESPACE: the namespace "${namespace}" lacks the search attributes ${missing.map(([name]) => name).join(', ')}; register them (${missing
        .map(([name, type]) => `temporal operator search-attribute create --namespace ${namespace} --name ${name} --type ${type}`)
        .join('; ')}), or create them in Temporal Cloud's console`,
    );
}
