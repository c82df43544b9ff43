import { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import request from 'supertest';
import { freePort } from '../../libs/devstack/src/ports';
import { startApi, useOwnTaskQueue } from '../support/harness';
import { tokenFor, representativeOf } from '../support/tokens';

/**
 * AUTH_MODE=oidc, as a region runs it: the API finds the issuer's keys through OpenID Connect discovery and
 * accepts only tokens that they sign, for the configured audience. The issuer here is a small local server.
 */
describe('sign-in through an OpenID Connect issuer', () => {
  let issuer: Server;
  let issuerUrl: string;
  let api: INestApplication;
  let signingKey: KeyLike;
  const saved = { ...process.env };
  const AUDIENCE = 'iop-engine-region-test';

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    signingKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: 'region-key-1', alg: 'RS256', use: 'sig' };
    const port = await freePort();
    issuerUrl = `http://127.0.0.1:${port}`;
    issuer = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') return void res.end(JSON.stringify({ issuer: issuerUrl, jwks_uri: `${issuerUrl}/keys` }));
      if (req.url === '/keys') return void res.end(JSON.stringify({ keys: [jwk] }));
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((resolve) => issuer.listen(port, '127.0.0.1', resolve));
    Object.assign(process.env, { AUTH_MODE: 'oidc', OIDC_ISSUER_URL: issuerUrl, OIDC_AUDIENCE: AUDIENCE });
    useOwnTaskQueue('oidc');
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
    issuer?.close();
    for (const name of ['AUTH_MODE', 'OIDC_ISSUER_URL', 'OIDC_AUDIENCE', 'TEMPORAL_TASK_QUEUE']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  const token = (key: KeyLike, overrides: { aud?: string } = {}) =>
    new SignJWT({ name: 'Erik Holm', iop_role: 'organisation_rep', iop_organisation_number: '802456-1238' })
      .setProtectedHeader({ alg: 'RS256', kid: 'region-key-1' })
      .setSubject('idp-user-4711')
      .setIssuer(issuerUrl)
      .setAudience(overrides.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  const inbox = (bearerToken: string) =>
    request(api.getHttpServer()).get('/organisations/802456-1238/tasks').set('Authorization', `Bearer ${bearerToken}`);

  it("accepts a token signed with the issuer's published key for the configured audience", async () => {
    const response = await inbox(await token(signingKey));
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
  });

  it('refuses a token for another audience, one signed with a key the issuer did not publish, and a development token', async () => {
    const { privateKey: strangerKey } = await generateKeyPair('RS256');
    const answers = await Promise.all([
      inbox(await token(signingKey, { aud: 'another-service' })),
      inbox(await token(strangerKey)),
      inbox(await tokenFor(representativeOf('802456-1238'))),
    ]);
    expect(answers.map((a) => [a.status, a.body.code])).toEqual([
      [401, 'TOKEN_CLAIM_INVALID'],
      [401, 'TOKEN_INVALID'],
      [401, 'TOKEN_INVALID'],
    ]);
  });

  it('has no development issuer', async () => {
    const response = await request(api.getHttpServer()).post('/auth/dev/token').send({ user: 'officer' });
    expect(response.status).toBe(404);
  });
});
