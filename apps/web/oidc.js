// Sign-in through the region's OpenID Connect issuer: authorization code with PKCE, as a public client.
const b64url = (bytes) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const redirectUri = () => `${location.origin}/app/`;

async function discover(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OpenID Connect discovery: ${response.status}`);
  return response.json();
}

/** Sends the browser to the issuer; it comes back to /app/ with a code. */
export async function beginSignIn(config) {
  const discovery = await discover(config.issuer);
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('iop.oidc', JSON.stringify({ verifier, state }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid profile email',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    ...(config.audience ? { audience: config.audience } : {}),
  }).toString();
  location.assign(url.toString());
}

/** On the way back: exchanges the code for an access token, or returns null when this is no return from the issuer. */
export async function completeSignIn(config) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return null;
  const pending = JSON.parse(sessionStorage.getItem('iop.oidc') ?? 'null');
  sessionStorage.removeItem('iop.oidc');
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  if (!pending || params.get('state') !== pending.state) throw new Error('The sign-in answer did not match the request (state).');
  const discovery = await discover(config.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`The issuer refused the sign-in: ${response.status}`);
  return (await response.json()).access_token;
}
