import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { pgDriver, PoolSettings } from './pg-driver';

/** The one definition of how the apps, the run command and the tests reach PostgreSQL. */
export function dataSourceOptions(databaseUrl: string, settings: { preparedStatements?: boolean } = {}): DataSourceOptions {
  const pool: PoolSettings = { max: 10, connectionTimeoutMillis: 3000, preparedStatements: settings.preparedStatements ?? true };
  return {
    type: 'postgres',
    driver: pgDriver,
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // The schema changes only through migrations.
    synchronize: false,
    migrationsRun: false,
    // Fail fast when the database is down, so that /health and requests answer 503 within seconds.
    connectTimeoutMS: 3000,
    extra: pool,
  };
}
