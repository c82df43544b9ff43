/**
 * What the run command (scripts/stack.ts) and the cluster command (scripts/cluster.ts) share once their servers
 * are up: the database's schema and application login, the environment the API and the worker get, and the banner
 * with the demo users.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '../../libs/database/src/migrate';
import { checkpointKeyPair, ensureApplicationLogin, payloadKeysIn, writeFileAtomically } from '../../libs/devstack/src';
import { DEMO_USERS, signDevToken } from '../../libs/identity/src';
import { devAuthSecret } from '../demo-identity';

/** The application login's password: made once per data folder and kept there (mode 600), like the dev secret. */
export function appDatabasePassword(dataDir: string): string {
  const file = join(dataDir, 'app-db-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * Migrations as the schema's owner, then (on a PostgreSQL the command started itself) the application's login,
 * which the API and the worker use. Returns the apps' DATABASE_URL (`databaseUrl` when the login is not made here).
 */
export async function prepareDatabase(options: {
  ownerUrl: string;
  dataDir: string;
  makeLogin: boolean;
  databaseUrl?: string;
  say: (line: string) => void;
}): Promise<string> {
  const applied = await runMigrations(options.ownerUrl);
  options.say(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
  if (!options.makeLogin) return options.databaseUrl ?? '';
  return ensureApplicationLogin(options.ownerUrl, 'iop_app', appDatabasePassword(options.dataDir));
}

export interface AppEnvironment {
  env: NodeJS.ProcessEnv;
  /** The development issuer's secret, when AUTH_MODE is development. */
  secret?: string;
  checkpointFile: string;
  /** Made in the data folder (absent when CHAIN_SIGNING_KEY is given). */
  checkpointKeys?: { privateKeyPem: string };
  /** Made in the data folder (absent when TEMPORAL_PAYLOAD_KEYS is given). */
  payloadKeys?: { keys: string; file: string };
}

/** The environment every API and worker process of a local stack gets (each adds its own port). */
export function appEnvironment(options: {
  root: string;
  dataDir: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  temporalUi?: string;
}): AppEnvironment {
  const { dataDir } = options;
  // The checkpoints' key pair lives in the data folder, never in the database whose chains it signs.
  const checkpointKeys = process.env.CHAIN_SIGNING_KEY ? undefined : checkpointKeyPair(dataDir);
  const checkpointFile = process.env.CHAIN_CHECKPOINT_EXPORT_FILE ?? join(dataDir, 'chain-checkpoints.jsonl');
  // The payload keys live beside the Temporal history they encrypt, which is unreadable without them.
  const payloadKeys = process.env.TEMPORAL_PAYLOAD_KEYS ? undefined : payloadKeysIn(dataDir);
  const authMode = process.env.AUTH_MODE ?? 'development';
  const secret = authMode === 'development' ? devAuthSecret(dataDir) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_MODE: authMode,
    ...(secret ? { DEV_AUTH_SECRET: secret } : {}),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: options.databaseUrl,
    // The API signs too, on an auditor's request (POST /chains/checkpoints); a deployment may keep the key to the
    // worker alone and give the API CHAIN_VERIFY_KEY instead.
    ...(checkpointKeys ? { CHAIN_SIGNING_KEY: checkpointKeys.privateKeyPem } : {}),
    CHAIN_CHECKPOINT_EXPORT_FILE: checkpointFile,
    ...(payloadKeys ? { TEMPORAL_PAYLOAD_KEYS: payloadKeys.keys } : {}),
    // The local Web UI may then ask the API to decode (with an auditor's token, which it must be given).
    ...(options.temporalUi && !process.env.TEMPORAL_UI_ORIGIN ? { TEMPORAL_UI_ORIGIN: new URL(options.temporalUi).origin } : {}),
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_NAMESPACE: options.namespace,
    WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH ?? join(options.root, 'dist', 'workflow-bundle.js'),
    ...(options.temporalUi ? { TEMPORAL_UI_URL: options.temporalUi } : {}),
  };
  return { env, secret, checkpointFile, checkpointKeys, payloadKeys };
}

/**
 * The demo users' tokens as `export IOP_TOKEN_…=…` lines, written to `file` (mode 600) through a temporary file,
 * fsync and a rename, so a reader never finds it half written. Returns the lines for the banner.
 */
export async function writeDemoTokens(
  secret: string,
  file: string,
): Promise<{ variable: string; token: string; user: (typeof DEMO_USERS)[number] }[]> {
  const tokens = [];
  for (const user of DEMO_USERS) {
    const token = await signDevToken(secret, user, '30d');
    tokens.push({ variable: `IOP_TOKEN_${user.key.toUpperCase().replace(/-/g, '_')}`, token, user });
  }
  writeFileAtomically(file, `${tokens.map(({ variable, token }) => `export ${variable}=${token}`).join('\n')}\n`, 0o600);
  return tokens;
}

/** The demo users' tokens, when the development issuer signs in: written to the data folder BEFORE any banner line. */
export type DemoTokens = Awaited<ReturnType<typeof writeDemoTokens>>;

export async function demoTokens(app: AppEnvironment, dataDir: string): Promise<DemoTokens | undefined> {
  return app.secret ? writeDemoTokens(app.secret, join(dataDir, 'demo-tokens.env')) : undefined;
}

/**
 * The banner's part after the URLs: the codec, the checkpoints, the demo users and their firmatecknare. `tokens` come
 * from demoTokens(), called before the banner's first line: a client that reads the file at the banner finds it whole.
 */
export function printAccess(options: {
  say: (line: string) => void;
  apiUrl: string;
  dataDir: string;
  app: AppEnvironment;
  tokens: DemoTokens | undefined;
  signatories: string[];
}): void {
  const { say, apiUrl, dataDir, app, tokens } = options;
  say(
    `  Payload codec      ${apiUrl}/codec  (temporal workflow show --codec-endpoint ${apiUrl}/codec --codec-auth "Bearer $IOP_TOKEN_AUDITOR"${app.payloadKeys ? `; keys in ${app.payloadKeys.file}` : ''})`,
  );
  say(`  Chain checkpoints  ${app.checkpointFile}${app.checkpointKeys ? `  (verify with ${join(dataDir, 'chain-verify-key.pem')})` : ''}`);
  say('');
  if (!tokens) {
    say('Sign-in: bearer tokens from the OpenID Connect issuer ' + (process.env.OIDC_ISSUER_URL ?? '(OIDC_ISSUER_URL)'));
    return;
  }
  // Tokens of the built-in development issuer, valid for 30 days; also written to a file to `source`.
  const tokensFile = join(dataDir, 'demo-tokens.env');
  say('Demo users (development sign-in; a token per user, also in ' + tokensFile + '):');
  for (const { user, variable, token } of tokens) {
    const scope = user.publicParty ?? (user.organisationNumber ? `organisation ${user.organisationNumber}` : 'reads everything');
    say(`  ${user.role.padEnd(17)} ${user.name} (${scope}): $${variable}`);
    say(`    ${token}`);
  }
  say(`  source ${tokensFile}`);
  say(`  curl -s -X POST ${apiUrl}/partnerships -H "Authorization: Bearer $IOP_TOKEN_OFFICER" -H 'Content-Type: application/json' \\`);
  say(
    `    -d '{"title":"Idéburen sektor i Skåne","publicParty":{"name":"Region Skåne"},"organisations":[{"name":"NÄTVERKET-Idéburen sektor Skåne","organisationNumber":"802456-1238"}]}'`,
  );
  say('Demo firmatecknare (proposed with a basis, confirmed by another officer):');
  for (const line of options.signatories) say(`  ${line}`);
}

/** A problem the person can fix: printed as one sentence, without a stack trace. */
export class Prerequisite extends Error {}

/**
 * How both commands stop: what they started stops once, the newest first (the apps drain while Temporal and
 * PostgreSQL still answer), a part that cannot stop is named and the rest still stop, and the process exits.
 */
export class OrderedShutdown {
  readonly stops: { name: string; stop: () => Promise<void> }[] = [];
  private started = false;

  constructor(
    private readonly say: (line: string) => void,
    private readonly dataDir: string,
  ) {}

  /** True from the first Ctrl-C (or failure) on: what dies then is not restarted nor reported. */
  get stopping(): boolean {
    return this.started;
  }

  async run(code: number): Promise<never> {
    if (!this.started) {
      this.started = true;
      this.say('\nStopping…');
      for (const { name, stop } of this.stops.reverse()) {
        await stop().catch((error: unknown) => this.say(`Could not stop ${name} cleanly: ${String(error)}`));
      }
      this.say('Stopped. The data is kept in ' + this.dataDir);
    }
    process.exit(code);
  }
}
