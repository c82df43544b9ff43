import { randomBytes } from 'node:crypto';
import { validateEnvironment } from './environment';

const valid = {
  DATABASE_URL: 'postgres://app@127.0.0.1:5432/iop',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  DEV_AUTH_SECRET: 'a-development-secret-of-at-least-32-characters',
  TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};

describe('the environment', () => {
  it.each(['api', 'worker'] as const)('stops the %s without payload keys, naming the variable', (app) => {
    const { TEMPORAL_PAYLOAD_KEYS: _left, ...without } = valid;
    expect(() => validateEnvironment(without, app)).toThrow(/TEMPORAL_PAYLOAD_KEYS: must be set/);
  });

  it('stops on a payload key of the wrong length, naming the key id and the rule', () => {
    expect(() => validateEnvironment({ ...valid, TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(31).toString('base64')}` })).toThrow(
      /TEMPORAL_PAYLOAD_KEYS: the key k1 must be 32 bytes/,
    );
  });

  it('refuses a Web UI origin with a path', () => {
    expect(() => validateEnvironment({ ...valid, TEMPORAL_UI_ORIGIN: 'http://localhost:8233/namespaces' })).toThrow(
      /TEMPORAL_UI_ORIGIN must be one or more comma-separated origins/,
    );
  });

  it('accepts the keys and several Web UI origins', () => {
    const env = validateEnvironment({ ...valid, TEMPORAL_UI_ORIGIN: 'http://localhost:8233,https://cloud.temporal.io' });
    expect(env.TEMPORAL_UI_ORIGIN).toBe('http://localhost:8233,https://cloud.temporal.io');
  });

  it('has the time limits and the drain by default, and no worker health server unless a port is set', () => {
    const env = validateEnvironment(valid, 'worker');
    expect({
      move: env.TEMPORAL_MOVE_TIMEOUT_SECONDS,
      retryAfter: env.RETRY_AFTER_SECONDS,
      grace: env.SHUTDOWN_GRACE_SECONDS,
      port: env.WORKER_HEALTH_PORT,
      host: env.WORKER_HEALTH_HOST,
    }).toEqual({ move: 10, retryAfter: 5, grace: 25, port: undefined, host: '127.0.0.1' });
    expect(validateEnvironment({ ...valid, WORKER_HEALTH_PORT: '9464' }, 'worker').WORKER_HEALTH_PORT).toBe(9464);
  });

  it.each(['http', '0', '70000', '12.5'])('stops on WORKER_HEALTH_PORT=%s with one sentence naming the variable', (port) => {
    expect(() => validateEnvironment({ ...valid, WORKER_HEALTH_PORT: port }, 'worker')).toThrow(
      /^Invalid configuration:\n {2}WORKER_HEALTH_PORT: WORKER_HEALTH_PORT must be an integer port \(1-65535\)$/,
    );
  });

  it.each(['RETRY_AFTER_SECONDS', 'SHUTDOWN_GRACE_SECONDS'])('stops on %s that is not a positive integer', (name) => {
    for (const value of ['soon', '0'])
      expect(() => validateEnvironment({ ...valid, [name]: value })).toThrow(
        new RegExp(`^Invalid configuration:\\n {2}${name}: ${name} must be an integer from 1 to 3600$`),
      );
  });
});
