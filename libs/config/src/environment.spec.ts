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
});
