import { generateKeyPairSync, randomBytes } from 'node:crypto';
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

  it("takes the documents' size limit and a region's retention plan, and stops the API on a plan that breaks a rule", () => {
    const env = validateEnvironment({ ...valid, DOCUMENT_MAX_BYTES: '1048576', IOP_RETENTION_PLAN: '{"MINUTES":{"kind":"DISPOSE","years":10}}' });
    expect({ max: env.DOCUMENT_MAX_BYTES, plan: env.IOP_RETENTION_PLAN }).toEqual({
      max: 1048576,
      plan: '{"MINUTES":{"kind":"DISPOSE","years":10}}',
    });
    expect(validateEnvironment(valid).DOCUMENT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(() => validateEnvironment({ ...valid, DOCUMENT_MAX_BYTES: '20MB' })).toThrow(/DOCUMENT_MAX_BYTES must be a whole number of bytes/);
    expect(() => validateEnvironment({ ...valid, IOP_RETENTION_PLAN: '{"MINUTES":{"kind":"DISPOSE"}}' })).toThrow(
      /IOP_RETENTION_PLAN\.MINUTES: must be/,
    );
    // The worker registers no handlings: a plan it cannot read does not stop it.
    expect(validateEnvironment({ ...valid, IOP_RETENTION_PLAN: 'nonsense' }, 'worker').IOP_RETENTION_PLAN).toBe('nonsense');
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

  it("refuses a METRICS_ENABLED other than 'true' or 'false', and a worker metrics address that is not host:port", () => {
    expect(() => validateEnvironment({ ...valid, METRICS_ENABLED: 'yes' })).toThrow(/METRICS_ENABLED must be 'true' or 'false'/);
    expect(() => validateEnvironment({ ...valid, WORKER_METRICS_ADDRESS: 'http://127.0.0.1:9464' }, 'worker')).toThrow(
      /WORKER_METRICS_ADDRESS must be host:port/,
    );
    expect(validateEnvironment({ ...valid, WORKER_METRICS_ADDRESS: '0.0.0.0:9464' }, 'worker').WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
    expect(validateEnvironment(valid).METRICS_ENABLED).toBe('true');
  });

  it('stops a production API whose metrics are on without METRICS_TOKEN; a production worker needs none', () => {
    const production = { ...valid, NODE_ENV: 'production', AUTH_MODE: 'oidc', OIDC_ISSUER_URL: 'https://idp.example', OIDC_AUDIENCE: 'iop' };
    const verifyKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const api = { ...production, CHAIN_VERIFY_KEY: verifyKey };
    expect(() => validateEnvironment(api)).toThrow(/METRICS_TOKEN: must be set in production .* or set METRICS_ENABLED=false/);
    expect(() => validateEnvironment({ ...api, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
    expect(validateEnvironment({ ...api, METRICS_TOKEN: 'x'.repeat(32) }).METRICS_TOKEN).toHaveLength(32);
    expect(validateEnvironment({ ...api, METRICS_ENABLED: 'false' }).METRICS_ENABLED).toBe('false');
    const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(validateEnvironment({ ...production, CHAIN_SIGNING_KEY: signingKey }, 'worker').METRICS_TOKEN).toBeUndefined();
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
