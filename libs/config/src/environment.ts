import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Every setting the API and the worker read, checked once at start. A deployment chooses its Temporal cluster
 * (or Temporal Cloud) and its PostgreSQL through these variables; the run command fills them for local use.
 */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

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

  /** A prebuilt workflow bundle (made by `npm run build`); without it the worker bundles the sources at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** Where the Temporal Web UI shows this namespace; only used to print links. */
  @IsOptional()
  @IsString()
  TEMPORAL_UI_URL?: string;
}

export class EnvironmentError extends Error {}

/** Validates `process.env`-like input; throws one error that names each variable and the rule it breaks. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const rules = Object.values(e.constraints ?? {}).join('; ');
      return `${e.property}: ${rules}`;
    });
    throw new EnvironmentError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (Boolean(environment.TEMPORAL_TLS_CERT_PATH) !== Boolean(environment.TEMPORAL_TLS_KEY_PATH)) {
    throw new EnvironmentError(
      'Invalid configuration:\n  TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH must be set together',
    );
  }
  return environment;
}
