import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { checkpointKeys } from '../../database/src/checkpoint-signing';
import { parsePayloadKeys } from '../../temporal/src/payload-keys';
import { parseRetentionPlan } from '../../domain/src/records/retention-plan';

/**
 * Every setting the API and the worker read, checked once at start. A deployment chooses its Temporal cluster
 * (or Temporal Cloud) and its PostgreSQL through these variables; the run command fills them for local use.
 */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  /**
   * Whether each connection prepares the hot statements once (a move's write, the list, a partnership's page)
   * instead of sending their text every time. 'false' behind a pooler in transaction mode that cannot keep prepared
   * statements across transactions (PgBouncer before 1.21, or without max_prepared_statements).
   */
  @IsIn(['true', 'false'], { message: "DATABASE_PREPARED_STATEMENTS must be 'true' or 'false'" })
  DATABASE_PREPARED_STATEMENTS: 'true' | 'false' = 'true';

  @Matches(/^[^\s:/]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port, for example 127.0.0.1:7233' })
  TEMPORAL_ADDRESS!: string;

  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE = 'default';

  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'TEMPORAL_TASK_QUEUE may hold letters, digits, dot, dash and underscore' })
  TEMPORAL_TASK_QUEUE = 'iop-partnerships';

  /** Temporal Cloud and clusters with mTLS: client certificate and key as PEM file paths. */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CERT_PATH?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_KEY_PATH?: string;

  /** Temporal Cloud API key authentication, an alternative to mTLS. */
  @IsOptional()
  @IsString()
  TEMPORAL_API_KEY?: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  TEMPORAL_TLS?: 'true' | 'false';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'API_PORT must be an integer' })
  @Min(1)
  @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How many workflows the worker keeps in memory between their moves (each takes a few hundred kB). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'WORKER_MAX_CACHED_WORKFLOWS must be an integer' })
  @Min(0)
  @Max(100000)
  WORKER_MAX_CACHED_WORKFLOWS = 500;

  /** How long an Idempotency-Key names its request; after that the key is free and a retry is a new request. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'IDEMPOTENCY_KEY_TTL_HOURS must be an integer' })
  @Min(1)
  @Max(8760)
  IDEMPOTENCY_KEY_TTL_HOURS = 24;

  /**
   * How long a move (or a start) waits for the workflow's answer, Temporal's own reachability included. Without a
   * worker taking the workflow's task an update waits for ever; past this the caller gets 503 MOVE_NOT_ANSWERED (or
   * TEMPORAL_UNAVAILABLE) with Retry-After, and a retry under the same Idempotency-Key learns the outcome. 10 s: below
   * the 15–30 s a client or load balancer usually gives up after, so the client hears our answer rather than its own.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'TEMPORAL_MOVE_TIMEOUT_SECONDS must be an integer' })
  @Min(1)
  @Max(600)
  TEMPORAL_MOVE_TIMEOUT_SECONDS = 10;

  /**
   * The Retry-After (seconds) of every 503 the API answers (MOVE_NOT_ANSWERED, TEMPORAL_UNAVAILABLE,
   * DATABASE_UNAVAILABLE, a draining process): long enough that retrying clients do not pile onto an outage, short
   * enough that a worker's or Temporal's restart costs them little.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'RETRY_AFTER_SECONDS must be an integer from 1 to 3600' })
  @Min(1, { message: 'RETRY_AFTER_SECONDS must be an integer from 1 to 3600' })
  @Max(3600, { message: 'RETRY_AFTER_SECONDS must be an integer from 1 to 3600' })
  RETRY_AFTER_SECONDS = 5;

  /**
   * The worker's own health endpoints (GET /health/live, /health/ready) listen on this port when set; unset, the
   * worker serves no HTTP at all (a deployment that watches only the process needs none).
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'WORKER_HEALTH_PORT must be an integer port (1-65535)' })
  @Min(1, { message: 'WORKER_HEALTH_PORT must be an integer port (1-65535)' })
  @Max(65535, { message: 'WORKER_HEALTH_PORT must be an integer port (1-65535)' })
  WORKER_HEALTH_PORT?: number;

  /** Where the worker's health endpoints listen: loopback by default; 0.0.0.0 in a container whose orchestrator probes it. */
  @IsString()
  @MinLength(1)
  WORKER_HEALTH_HOST = '127.0.0.1';

  /**
   * How long a SIGTERM (or Ctrl-C) lets a process drain before it exits: the API finishes its in-flight requests,
   * the worker its running tasks and activities. 25 s fits inside the 30 s an orchestrator (Kubernetes, compose's
   * stop_grace_period when raised to 30 s) waits before it kills.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'SHUTDOWN_GRACE_SECONDS must be an integer from 1 to 3600' })
  @Min(1, { message: 'SHUTDOWN_GRACE_SECONDS must be an integer from 1 to 3600' })
  @Max(3600, { message: 'SHUTDOWN_GRACE_SECONDS must be an integer from 1 to 3600' })
  SHUTDOWN_GRACE_SECONDS = 25;

  /** A prebuilt workflow bundle (made by `npm run build`); without it the worker bundles the sources at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /**
   * `oidc`: bearer tokens from the region's OpenID Connect issuer, verified against its published keys.
   * `development`: the built-in development issuer (HS256 with DEV_AUTH_SECRET); refused in production.
   */
  @IsIn(['oidc', 'development'])
  AUTH_MODE: 'oidc' | 'development' = 'development';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'DEV_AUTH_SECRET must be at least 32 characters' })
  DEV_AUTH_SECRET?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'OIDC_ISSUER_URL must be an http(s) URL' })
  OIDC_ISSUER_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_AUDIENCE?: string;

  /** The web interface's client id at the OpenID Connect issuer (a public client using PKCE). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID?: string;

  /**
   * The Ed25519 key that signs the chains' checkpoints (PKCS#8, PEM or base64 DER). Held by the worker (and by an
   * API that signs on an auditor's request), never by the database: whoever rewrites the database cannot sign.
   */
  @IsOptional()
  @IsString()
  CHAIN_SIGNING_KEY?: string;

  /** The public key (SPKI, PEM or base64 DER) that verifies checkpoints; derived from CHAIN_SIGNING_KEY when unset. */
  @IsOptional()
  @IsString()
  CHAIN_VERIFY_KEY?: string;

  /** How often the worker signs the head of every chain that moved since its last checkpoint. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'CHAIN_CHECKPOINT_INTERVAL_SECONDS must be an integer' })
  @Min(1)
  @Max(86400)
  CHAIN_CHECKPOINT_INTERVAL_SECONDS = 300;

  /** A file each new checkpoint is appended to as a JSON line: the copy an auditor keeps off the machine. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CHAIN_CHECKPOINT_EXPORT_FILE?: string;

  /** Where the Temporal Web UI shows this namespace; only used to print links. */
  @IsOptional()
  @IsString()
  TEMPORAL_UI_URL?: string;

  /**
   * The keys that encrypt every Temporal payload (AES-256-GCM): `id:<base64 of 32 bytes>`, comma separated. The first
   * (or TEMPORAL_PAYLOAD_KEY_ID) encrypts; every listed key decrypts, so old keys stay listed while their histories live.
   * Checked in validateEnvironment, which names the rule a value breaks without printing the value.
   */
  @IsOptional()
  @IsString()
  TEMPORAL_PAYLOAD_KEYS?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_PAYLOAD_KEY_ID?: string;

  /**
   * The API's Prometheus metrics on GET /metrics (requests per route, moves by outcome and reason, read-model
   * writes, the process). 'false' removes the route and collects nothing, for a deployment that scrapes otherwise.
   */
  @IsIn(['true', 'false'], { message: "METRICS_ENABLED must be 'true' or 'false'" })
  METRICS_ENABLED: 'true' | 'false' = 'true';

  /**
   * The static bearer token a Prometheus scraper sends to GET /metrics (`authorization: credentials_file` in its
   * scrape config). Scrapers hold no user's token, and the route shares the API's port, so in production it is
   * required; unset elsewhere, /metrics answers anyone who reaches the port.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters (openssl rand -hex 32 makes one)' })
  METRICS_TOKEN?: string;

  /**
   * host:port where the worker's Temporal runtime serves its own Prometheus metrics (workflow task latencies, the
   * sticky cache, activity failures) at /metrics. Unset: the worker exports none. Bind it to a private interface.
   */
  @IsOptional()
  @Matches(/^[^\s:/]+:\d{1,5}$/, { message: 'WORKER_METRICS_ADDRESS must be host:port, for example 127.0.0.1:9464' })
  WORKER_METRICS_ADDRESS?: string;

  /**
   * The origins (scheme://host[:port], comma separated) of Temporal Web UIs allowed to call POST /codec/decode from
   * the browser, e.g. https://cloud.temporal.io. Unset: no cross-origin caller (the temporal CLI needs none).
   */
  /**
   * The largest document a handling may have, in bytes (20 MiB: what a region's mail system accepts, and more than
   * a scanned annual report needs). An upload is streamed and refused as soon as it passes this.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'DOCUMENT_MAX_BYTES must be a whole number of bytes from 1024 to 1073741824 (1 GiB)' })
  @Min(1024, { message: 'DOCUMENT_MAX_BYTES must be a whole number of bytes from 1024 to 1073741824 (1 GiB)' })
  @Max(1073741824, { message: 'DOCUMENT_MAX_BYTES must be a whole number of bytes from 1024 to 1073741824 (1 GiB)' })
  DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

  /**
   * The region's document management plan (dokumenthanteringsplan) as JSON, by document kind:
   * `{"MINUTES":{"kind":"DISPOSE","years":10}}`; the kinds it leaves out keep the engine's default class. Checked
   * in validateEnvironment, which names each kind that breaks a rule.
   */
  @IsOptional()
  @IsString()
  IOP_RETENTION_PLAN?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/,]+(,https?:\/\/[^\s/,]+)*$/, {
    message: 'TEMPORAL_UI_ORIGIN must be one or more comma-separated origins like https://temporal-ui.example:8080, without a path',
  })
  TEMPORAL_UI_ORIGIN?: string;
}

export class EnvironmentError extends Error {}

/**
 * Validates `process.env`-like input; throws one error that names each variable and the rule it breaks. The API
 * also needs its sign-in settings; the worker, which serves no requests, does not.
 */
export function validateEnvironment(raw: Record<string, unknown>, app: 'api' | 'worker' = 'api'): Environment {
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      // One sentence per rule: a value that breaks several decorators with the same message names it once.
      const rules = [...new Set(Object.values(e.constraints ?? {}))].join('; ');
      return `${e.property}: ${rules}`;
    });
    throw new EnvironmentError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const rules: [boolean, string][] = [
    [
      Boolean(environment.TEMPORAL_TLS_CERT_PATH) !== Boolean(environment.TEMPORAL_TLS_KEY_PATH),
      'TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH must be set together',
    ],
    [
      environment.AUTH_MODE === 'development' && environment.NODE_ENV === 'production',
      'AUTH_MODE: the development issuer refuses to run when NODE_ENV is production; use AUTH_MODE=oidc',
    ],
    [
      environment.AUTH_MODE === 'development' && !environment.DEV_AUTH_SECRET,
      'DEV_AUTH_SECRET: must be set (at least 32 characters) when AUTH_MODE is development',
    ],
    [environment.AUTH_MODE === 'oidc' && !environment.OIDC_ISSUER_URL, 'OIDC_ISSUER_URL: must be set when AUTH_MODE is oidc'],
    [environment.AUTH_MODE === 'oidc' && !environment.OIDC_AUDIENCE, 'OIDC_AUDIENCE: must be set when AUTH_MODE is oidc'],
    [
      environment.NODE_ENV === 'production' && environment.METRICS_ENABLED === 'true' && !environment.METRICS_TOKEN,
      'METRICS_TOKEN: must be set in production (at least 32 characters, the bearer token your Prometheus sends), or set METRICS_ENABLED=false',
    ],
  ];
  const broken = rules.filter(([fails], index) => fails && (app === 'api' || index === 0)).map(([, message]) => message);
  broken.push(...checkpointKeyProblems(environment, app));
  broken.push(...payloadKeyProblems(environment));
  broken.push(...retentionPlanProblems(environment, app));
  if (broken.length > 0) throw new EnvironmentError(`Invalid configuration:\n  ${broken.join('\n  ')}`);
  return environment;
}

/** The API registers the handlings, so it needs a plan that parses; the worker registers none. */
function retentionPlanProblems(environment: Environment, app: 'api' | 'worker'): string[] {
  if (app !== 'api' || environment.IOP_RETENTION_PLAN === undefined) return [];
  const parsed = parseRetentionPlan(environment.IOP_RETENTION_PLAN);
  return parsed.ok ? [] : parsed.problems;
}

/** Both apps read and write Temporal payloads, so both need the keys, in every NODE_ENV. */
function payloadKeyProblems(environment: Environment): string[] {
  try {
    parsePayloadKeys(environment.TEMPORAL_PAYLOAD_KEYS, environment.TEMPORAL_PAYLOAD_KEY_ID);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/** The checkpoint keys parse as Ed25519 and belong together; in production the worker must sign and the API verify. */
function checkpointKeyProblems(environment: Environment, app: 'api' | 'worker'): string[] {
  try {
    const keys = checkpointKeys(environment);
    if (environment.NODE_ENV !== 'production') return [];
    if (app === 'worker' && !keys.signingKey)
      return ["CHAIN_SIGNING_KEY: must be set in production, so that the worker signs the chains' checkpoints"];
    if (app === 'api' && !keys.verifyKey)
      return ['CHAIN_VERIFY_KEY: must be set in production (or CHAIN_SIGNING_KEY), so that verification checks the checkpoints'];
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
