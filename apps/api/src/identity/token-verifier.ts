import { HttpStatus, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { Environment } from '@iop/config';
import { DEV_AUDIENCE, DEV_ISSUER, InvalidClaimsError, Principal, principalFromClaims } from '@iop/identity';
import { ApiException } from '../common/api.exception';

// jose checks `exp` only when present: a token without one would be valid for ever, so it is refused.
const REQUIRED_CLAIMS = ['exp'];

const unauthorized = (code: string, message: string, messageSv: string) => new ApiException(HttpStatus.UNAUTHORIZED, code, message, { messageSv });

/**
 * Verifies bearer tokens with jose: against the OpenID Connect issuer's published keys (AUTH_MODE=oidc, the way a
 * region plugs in its own identity provider) or the development issuer's secret (AUTH_MODE=development).
 */
@Injectable()
export class TokenVerifier {
  private readonly verifyPayload: (token: string) => Promise<JWTPayload>;

  constructor(env: Environment) {
    if (env.AUTH_MODE === 'oidc') {
      const issuer = env.OIDC_ISSUER_URL!.replace(/\/$/, '');
      let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
      this.verifyPayload = async (token) => {
        keys ??= createRemoteJWKSet(new URL(await jwksUri(issuer)));
        return (await jwtVerify(token, keys, { issuer, audience: env.OIDC_AUDIENCE, requiredClaims: REQUIRED_CLAIMS })).payload;
      };
    } else {
      const secret = new TextEncoder().encode(env.DEV_AUTH_SECRET);
      this.verifyPayload = async (token) =>
        (await jwtVerify(token, secret, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: ['HS256'], requiredClaims: REQUIRED_CLAIMS }))
          .payload;
    }
  }

  async verify(authorization: string | undefined): Promise<Principal> {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '')?.[1];
    if (!token)
      throw unauthorized(
        'TOKEN_MISSING',
        'Send a bearer token: Authorization: Bearer <token>.',
        'Skicka en bearer-token: Authorization: Bearer <token>.',
      );
    try {
      return principalFromClaims(await this.verifyPayload(token));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthorized('TOKEN_EXPIRED', 'The token has expired.', 'Din token har gått ut; logga in igen.');
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw unauthorized(
          'TOKEN_CLAIM_INVALID',
          `The token's ${error.claim} claim is not accepted here.`,
          `Tokens ${error.claim}-uppgift godtas inte här.`,
        );
      }
      if (error instanceof InvalidClaimsError)
        throw unauthorized('TOKEN_CLAIM_INVALID', `The token is not usable: ${error.message}.`, `Din token kan inte användas: ${error.message}.`);
      if (error instanceof errors.JOSEError)
        throw unauthorized('TOKEN_INVALID', 'The token is not valid: wrong signature or format.', 'Din token är ogiltig: fel signatur eller format.');
      throw error;
    }
  }
}

/** OpenID Connect discovery: the issuer says where its signing keys are published. */
async function jwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OpenID configuration of ${issuer}: HTTP ${response.status}`);
  const configuration = (await response.json()) as { jwks_uri?: string };
  if (!configuration.jwks_uri) throw new Error(`The OpenID configuration of ${issuer} has no jwks_uri`);
  return configuration.jwks_uri;
}
