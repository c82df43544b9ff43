import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { load } from 'js-yaml';
import { Client, escapeLiteral } from 'pg';
import { Environment, validateEnvironment } from '../../libs/config/src/environment';
import { runMigrations } from '../../libs/database/src/migrate';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../libs/temporal/src/search-attributes';
import { ScratchPostgres } from '../support/scratch-postgres';

/**
 * The deployment files in docker/ checked without a Docker engine: the compose client validates and resolves
 * compose.yaml with .env.example (`docker compose config` needs no engine), and the resolved file is held to what
 * the engine itself demands (its own validateEnvironment), to pinned versions, health checks, limits and a non-root
 * image. The PostgreSQL init script runs on a real PostgreSQL, and the migrations and the logins work after it.
 */

const root = resolve(__dirname, '..', '..');
const dockerDir = join(root, 'docker');
const composeFile = join(dockerDir, 'compose.yaml');
const envExample = join(dockerDir, '.env.example');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  entrypoint?: string[] | string;
  user?: string;
  restart?: string;
  environment?: Record<string, string | number | boolean | null>;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  deploy?: { replicas?: number; resources?: { limits?: { cpus?: string | number; memory?: string } } };
  volumes?: unknown[];
}

/** `docker compose` (v2) when the Docker CLI has it, else Debian's `docker-compose` (1.29); both validate offline. */
function composeCommand(): string[] {
  const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (v2.status === 0) return ['docker', 'compose'];
  const v1 = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
  if (v1.status === 0) return ['docker-compose'];
  throw new Error("This test needs a compose client: install Debian's docker-compose (scripts/test.sh does, as root) or the docker compose plugin.");
}

/** Runs `config` with only the given env file (and PATH): nothing from the test's own environment leaks in. */
function composeConfig(envFile: string): { status: number | null; stdout: string; stderr: string } {
  const [command, ...prefix] = composeCommand();
  const result = spawnSync(command, [...prefix, '--env-file', envFile, '-f', composeFile, 'config'], {
    cwd: dockerDir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function asList(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value.split(/\s+/);
}

function stringEnvironment(service: ComposeService): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([name, value]) => [name, value === null ? '' : String(value)]));
}

function dependencies(service: ComposeService): Record<string, string | undefined> {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, d]) => [name, d.condition]));
}

/** Every property the engine's configuration knows, from class-validator's metadata of Environment. */
function knownSettings(): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false);
  return new Set(metadata.map((m) => m.propertyName));
}

/** The settings with neither a default nor @IsOptional: a process without them does not start. */
function requiredSettings(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false);
  const defaults = new Environment() as unknown as Record<string, unknown>;
  const optional = new Set(metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
  return [...knownSettings()].filter((name) => defaults[name] === undefined && !optional.has(name));
}

const PATH_ALIAS = /^@iop\/(domain|config|database|temporal|devstack|identity)$/;

/**
 * The npm packages the given entry points load when they run: their sources and everything they import by a
 * relative path or an @iop alias, followed file by file. Type-only imports are erased by the compiler and load nothing.
 */
function runtimePackages(entryPoints: string[]): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const resolveSource = (base: string): string | undefined =>
    [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    for (const specifier of specifiers) {
      if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const alias = specifier.match(PATH_ALIAS);
      const target = alias ? join(root, 'libs', alias[1], 'src') : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
      if (target === undefined) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const next = resolveSource(target);
      if (next) visit(next);
    }
  };
  entryPoints.forEach(visit);
  return [...packages].sort();
}

describe('the deployment files (docker/)', () => {
  let services: Record<string, ComposeService>;
  let volumes: Record<string, unknown>;
  const engineImage = (): string => services.migrate.image ?? '';
  const runs = (service: ComposeService, script: string): boolean => asList(service.command).join(' ').includes(script);
  const engineServices = (): [string, ComposeService][] => Object.entries(services).filter(([, s]) => s.image === engineImage());
  const apis = (): [string, ComposeService][] => engineServices().filter(([, s]) => runs(s, 'dist/apps/api/src/main.js'));
  const workers = (): [string, ComposeService][] => engineServices().filter(([, s]) => runs(s, 'dist/apps/worker/src/main.js'));
  /** A job that runs once and exits; what waits for it waits for its success. */
  const isOneShot = (name: string): boolean => Object.values(services).some((s) => dependencies(s)[name] === 'service_completed_successfully');

  beforeAll(() => {
    const result = composeConfig(envExample);
    if (result.status !== 0) throw new Error(`docker compose config refused docker/compose.yaml:\n${result.stderr}`);
    const resolved = load(result.stdout) as { services: Record<string, ComposeService>; volumes?: Record<string, unknown> };
    services = resolved.services;
    volumes = resolved.volumes ?? {};
  });

  it('is a valid compose file, with .env.example, holding the whole deployment', () => {
    const images = Object.values(services).map((s) => (s.image ?? '').split(':')[0]);
    expect(images).toEqual(
      expect.arrayContaining(['postgres', 'temporalio/server', 'temporalio/admin-tools', 'temporalio/ui', engineImage().split(':')[0]]),
    );
    expect(runs(services.migrate, 'dist/scripts/migrate.js')).toBe(true);
    expect(Object.keys(volumes)).toEqual(expect.arrayContaining(['postgres-data', 'checkpoints']));
  });

  it('refuses to resolve without a secret, and names it', () => {
    const text = readFileSync(composeFile, 'utf8');
    const secrets = [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]))];
    expect(secrets).toEqual(expect.arrayContaining(['IOP_APP_PASSWORD', 'IOP_OWNER_PASSWORD', 'TEMPORAL_PAYLOAD_KEYS', 'CHAIN_SIGNING_KEY']));
    const example = readFileSync(envExample, 'utf8');
    for (const secret of secrets) {
      // Each refusal's message names its variable and the file it belongs in; .env.example gives each a value.
      const messages = [...text.matchAll(new RegExp(`\\$\\{${secret}:\\?([^}]*)\\}`, 'g'))].map((m) => m[1]);
      expect({ secret, named: messages.every((m) => m.startsWith(`set ${secret} in docker/.env`)) }).toEqual({ secret, named: true });
      expect(example).toMatch(new RegExp(`^${secret}=.+$`, 'm'));
    }
    // And the compose client does refuse (one secret is enough: every one is the same `:?` form).
    const dir = mkdtempSync(join(tmpdir(), 'compose-env-'));
    try {
      const withoutKeys = join(dir, 'without-payload-keys.env');
      writeFileSync(withoutKeys, example.replace(/^TEMPORAL_PAYLOAD_KEYS=.*$/m, ''));
      const result = composeConfig(withoutKeys);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('set TEMPORAL_PAYLOAD_KEYS in docker/.env');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("pins every image to a version, and Temporal's server and admin tools to the same one", () => {
    const tags = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.image ?? '']));
    for (const [name, image] of Object.entries(tags)) {
      const tag = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : '';
      expect({ name, image, pinned: /^\d+\.\d+(\.\d+)?([-.][A-Za-z0-9.]+)*$/.test(tag) }).toEqual({ name, image, pinned: true });
    }
    const version = (prefix: string): string[] =>
      Object.values(tags)
        .filter((i) => i.startsWith(`${prefix}:`))
        .map((i) => i.split(':')[1]);
    expect(new Set([...version('temporalio/server'), ...version('temporalio/admin-tools')]).size).toBe(1);
    expect(version('temporalio/server')[0]).toMatch(/^\d+\.\d+\.\d+$/);
    // The engine image's tag is the project's version.
    expect(engineImage()).toBe(`iop-engine:${JSON.parse(read('package.json')).version}`);
    const fromLines = read('docker/Dockerfile').match(/^FROM\s+\S+/gm) ?? [];
    expect(fromLines.length).toBeGreaterThan(0);
    for (const from of fromLines) expect(from).toMatch(/^FROM\s+node:\d+\.\d+\.\d+-bookworm-slim$/);
  });

  it('gives every API and worker container every setting the engine requires, in values its validation accepts', () => {
    const required = requiredSettings();
    expect(required).toEqual(expect.arrayContaining(['DATABASE_URL', 'TEMPORAL_ADDRESS']));
    for (const [name, service] of [...apis(), ...workers()]) {
      const environment = stringEnvironment(service);
      const app = runs(service, 'apps/worker') ? 'worker' : 'api';
      expect({ name, missing: required.filter((setting) => !environment[setting]) }).toEqual({ name, missing: [] });
      expect(environment.NODE_ENV).toBe('production');
      // The engine's own check at start, on exactly what the container gets.
      expect(() => validateEnvironment(environment, app)).not.toThrow();
      // Nothing misspelt: every variable is a setting of the engine.
      const known = knownSettings();
      const unknown = Object.keys(environment).filter((v) => !known.has(v));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
    }
  });

  it('sets the agreed health, time-limit and metrics settings on the API and worker containers', () => {
    for (const [, service] of apis()) {
      expect(stringEnvironment(service)).toMatchObject({
        TEMPORAL_MOVE_TIMEOUT_SECONDS: expect.stringMatching(/^\d+$/),
        RETRY_AFTER_SECONDS: expect.stringMatching(/^\d+$/),
        SHUTDOWN_GRACE_SECONDS: expect.stringMatching(/^\d+$/),
        METRICS_ENABLED: 'true',
        API_HOST: '0.0.0.0',
        AUTH_MODE: 'oidc',
      });
    }
    for (const [, service] of workers()) {
      expect(stringEnvironment(service)).toMatchObject({
        WORKER_HEALTH_PORT: expect.stringMatching(/^\d+$/),
        WORKER_HEALTH_HOST: '0.0.0.0',
        WORKER_METRICS_ADDRESS: '0.0.0.0:9464',
        SHUTDOWN_GRACE_SECONDS: expect.stringMatching(/^\d+$/),
      });
    }
  });

  it('keeps each secret where it belongs: the owner with the migrations, the signing key with the workers', () => {
    const migrate = stringEnvironment(services.migrate);
    expect(new URL(migrate.DATABASE_OWNER_URL).username).toBe('iop_owner');
    expect(migrate.DATABASE_URL).toBeUndefined();
    for (const [name, service] of [...apis(), ...workers()]) {
      const environment = stringEnvironment(service);
      expect({ name, owner: environment.DATABASE_OWNER_URL }).toEqual({ name, owner: undefined });
      expect({ name, login: new URL(environment.DATABASE_URL).username }).toEqual({ name, login: 'iop_app' });
      expect(JSON.stringify(environment)).not.toContain(new URL(migrate.DATABASE_OWNER_URL).password);
    }
    for (const [name, service] of apis())
      expect({ name, signingKey: stringEnvironment(service).CHAIN_SIGNING_KEY }).toEqual({ name, signingKey: undefined });
    // Every Temporal client uses the namespace the namespace job creates.
    const namespace = stringEnvironment(services['temporal-namespace']).IOP_NAMESPACE;
    for (const [, service] of [...apis(), ...workers()]) expect(stringEnvironment(service).TEMPORAL_NAMESPACE).toBe(namespace);
  });

  it('runs at least two APIs and two workers', () => {
    const count = (list: [string, ComposeService][]): number => list.reduce((sum, [, s]) => sum + (s.deploy?.replicas ?? 1), 0);
    expect(count(apis())).toBeGreaterThanOrEqual(2);
    expect(count(workers())).toBeGreaterThanOrEqual(2);
  });

  it('gives every service resource limits, and every long-running one a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      const limits = service.deploy?.resources?.limits;
      expect({ name, cpus: Boolean(limits?.cpus), memory: Boolean(limits?.memory) }).toEqual({ name, cpus: true, memory: true });
      if (isOneShot(name)) {
        expect({ name, restart: service.restart }).toEqual({ name, restart: expect.stringMatching(/^on-failure/) });
        continue;
      }
      const test = asList(service.healthcheck?.test);
      expect({ name, healthcheck: test.length > 0 && test[0] !== 'NONE' && !service.healthcheck?.disable }).toEqual({ name, healthcheck: true });
    }
    // The API's and the worker's checks ask their /health/ready (docker/healthcheck.mjs), PostgreSQL pg_isready.
    for (const [name, service] of [...apis(), ...workers()])
      expect({ name, test: asList(service.healthcheck?.test) }).toEqual({ name, test: ['CMD', 'node', 'docker/healthcheck.mjs'] });
    expect(asList(services.postgres.healthcheck?.test)).toContain('pg_isready');
  });

  it('starts everything in order: schemas and namespace before the server is used, migrations before the apps', () => {
    expect(dependencies(services['temporal-schema'])).toEqual({ postgres: 'service_healthy' });
    expect(dependencies(services.temporal)).toEqual({ 'temporal-schema': 'service_completed_successfully' });
    expect(dependencies(services['temporal-namespace'])).toEqual({ temporal: 'service_healthy' });
    expect(dependencies(services.migrate)).toEqual({ postgres: 'service_healthy' });
    for (const [name, service] of [...apis(), ...workers()]) {
      expect({ name, dependsOn: dependencies(service) }).toEqual({
        name,
        dependsOn: { migrate: 'service_completed_successfully', 'temporal-namespace': 'service_completed_successfully' },
      });
    }
  });

  it('runs the engine as a non-root user', () => {
    const dockerfile = read('docker/Dockerfile');
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const user = finalStage.match(/^USER\s+(\S+)\s*$/m)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(finalStage).toMatch(/^HEALTHCHECK .*docker\/healthcheck\.mjs/m);
    for (const [name, service] of engineServices()) expect({ name, user: service.user ?? user }).toEqual({ name, user });
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.env', '.data']));
  });

  it('needs at run time only packages the image installs (npm ci --omit=dev from the lock file)', () => {
    expect(read('docker/Dockerfile')).toMatch(/npm ci --omit=dev/);
    // What `npm ci --omit=dev` puts at the top of node_modules: the lock's entries not marked dev.
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
    const installed = (name: string): boolean => {
      const entry = lock.packages[`node_modules/${name}`];
      return Boolean(entry) && !entry.dev && !entry.devOptional;
    };
    const entryPoints = ['apps/api/src/main.ts', 'apps/worker/src/main.ts', 'scripts/migrate.ts'];
    const packages = runtimePackages(entryPoints.map((entry) => join(root, entry)));
    expect(packages).toEqual(expect.arrayContaining(['@nestjs/core', '@temporalio/worker', 'express', 'pg']));
    expect(packages.filter((name) => !installed(name))).toEqual([]);
  });

  it("sets up Temporal's schemas with the admin tools, and registers exactly the engine's search attributes", () => {
    const schema = read('docker/temporal/setup-schema.sh');
    expect(schema).toContain('setup-schema -v 0.0');
    expect(schema).toContain('update-schema -d');
    expect(schema).toContain('/etc/temporal/schema');
    expect(schema).toContain('/postgresql/v12');
    expect(stringEnvironment(services['temporal-schema'])).toMatchObject({ SQL_PLUGIN: 'postgres12', SQL_USER: 'temporal' });
    expect(stringEnvironment(services.temporal)).toMatchObject({
      DB: 'postgres12',
      POSTGRES_USER: 'temporal',
      DBNAME: 'temporal',
      VISIBILITY_DBNAME: 'temporal_visibility',
    });
    const namespace = read('docker/temporal/setup-namespace.sh');
    const list = namespace.match(/<<'ATTRIBUTES'\n([\s\S]*?)\nATTRIBUTES/)?.[1] ?? '';
    const registered = Object.fromEntries(list.split('\n').map((line) => line.trim().split(/\s+/) as [string, string]));
    expect(registered).toEqual(CUSTOM_SEARCH_ATTRIBUTES);
  });

  describe("PostgreSQL's init script, on a real PostgreSQL", () => {
    let postgres: ScratchPostgres;
    const passwords = { owner_password: "owner-pa'ss", app_password: 'app-pass', temporal_password: 'temporal-pass' };
    const url = (user: string, database: string): string => `postgres://${user}@127.0.0.1:${postgres.port}/${database}`;

    /** What psql does with the script: `:'name'` becomes a quoted literal, `\connect db` switches the database. */
    async function runLikePsql(script: string): Promise<void> {
      const sql = script.match(/<<'SQL'\n([\s\S]*?)\nSQL\n/)?.[1];
      if (!sql) throw new Error('docker/postgres/initdb/10-roles-and-databases.sh holds no <<SQL block');
      const chunks = sql.split(/^\\connect\s+(\S+)\s*$/m);
      for (let i = 0; i < chunks.length; i += 2) {
        const database = i === 0 ? 'postgres' : chunks[i - 1];
        const client = new Client({ connectionString: url('iop', database) });
        await client.connect();
        try {
          // One statement at a time, as psql sends them (CREATE DATABASE refuses to run inside a transaction).
          for (const statement of chunks[i].split(/;\s*$/m).filter((s) => s.replace(/--.*$/gm, '').trim())) {
            await client.query(statement.replace(/:'(\w+)'/g, (_, name: keyof typeof passwords) => escapeLiteral(passwords[name])));
          }
        } finally {
          await client.end();
        }
      }
    }

    async function canConnect(user: string, database: string): Promise<boolean> {
      const client = new Client({ connectionString: url(user, database) });
      try {
        await client.connect();
        await client.end();
        return true;
      } catch {
        return false;
      }
    }

    beforeAll(async () => {
      postgres = await ScratchPostgres.create();
      await runLikePsql(read('docker/postgres/initdb/10-roles-and-databases.sh'));
    });

    afterAll(() => postgres?.stop());

    it('makes the roles and databases the compose file logs in with, and the migrations run as the owner', async () => {
      expect(await runMigrations(url('iop_owner', 'iop'))).not.toHaveLength(0);
      const app = new Client({ connectionString: url('iop_app', 'iop') });
      await app.connect();
      try {
        await app.query('SELECT count(*) FROM partnerships');
        await expect(app.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
        await expect(app.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
      }
      expect(await canConnect('temporal', 'temporal')).toBe(true);
      expect(await canConnect('temporal', 'temporal_visibility')).toBe(true);
      // Neither side may open the other's databases.
      expect(await canConnect('temporal', 'iop')).toBe(false);
      expect(await canConnect('iop_app', 'temporal')).toBe(false);
      const compose = stringEnvironment(services.migrate);
      expect(new URL(compose.DATABASE_OWNER_URL).pathname).toBe('/iop');
    });
  });

  describe("the containers' health check (docker/healthcheck.mjs)", () => {
    let server: Server;
    let port: number;
    let status = 200;
    const paths: string[] = [];

    beforeAll(async () => {
      server = createServer((request, response) => {
        paths.push(request.url ?? '');
        response.writeHead(request.url === '/health/ready' ? status : 404).end();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    const check = (env: Record<string, string>): Promise<number | null> =>
      new Promise((done) => {
        const child = spawn(process.execPath, [join(dockerDir, 'healthcheck.mjs')], {
          env: { PATH: process.env.PATH, ...env },
          stdio: 'ignore',
        });
        child.on('exit', (code: number | null) => done(code));
      });

    it("is healthy when the process's /health/ready answers 200, and not otherwise", async () => {
      status = 200;
      expect(await check({ API_PORT: String(port), API_HOST: '0.0.0.0' })).toBe(0);
      expect(await check({ WORKER_HEALTH_PORT: String(port), WORKER_HEALTH_HOST: '0.0.0.0', API_PORT: '1' })).toBe(0);
      status = 503;
      expect(await check({ API_PORT: String(port) })).toBe(1);
      expect(await check({ WORKER_HEALTH_PORT: String(port), WORKER_HEALTH_HOST: '0.0.0.0' })).toBe(1);
      expect(paths.every((path) => path === '/health/ready')).toBe(true);
    });
  });
});
