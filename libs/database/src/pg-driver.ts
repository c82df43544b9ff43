import pg from 'pg';
import { preparedNameOf } from './prepared-statements';

/** Pool settings of ours that pg passes on to each client it opens (see dataSourceOptions). */
export interface PoolSettings extends pg.PoolConfig {
  /** Prepare the declared hot statements (prepared-statements.ts); false behind a pooler that cannot keep them. */
  preparedStatements?: boolean;
}

/**
 * A connection that sends each declared statement as a named prepared statement: parsed and planned once per
 * connection. Everything else, and everything when preparing is switched off, goes as text, as pg sends it.
 */
class PreparingClient extends pg.Client {
  private readonly prepares: boolean;

  constructor(config?: PoolSettings) {
    super(config);
    // Set by dataSourceOptions, where its default lives.
    this.prepares = config?.preparedStatements === true;
  }

  // pg's overloads cannot be restated one by one: the call is passed on unchanged unless it is a declared statement.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const name = this.prepares && typeof config === 'string' && Array.isArray(values) && !callback ? preparedNameOf(config) : undefined;
    return name ? super.query({ name, text: config, values }) : super.query(config, values, callback);
  }
}

/**
 * node-postgres with two changes. Every connection the pool opens keeps an 'error' listener for its whole life: a
 * server that ends a connection (a restart, SIGTERM: 57P01) makes the client emit 'error', sometimes twice; TypeORM
 * listens while a query runner holds the client and removes its listener on release, so a second event, or one
 * between release and the pool's own idle listener, found none and crashed the process as an unhandled 'error'.
 * The failure still reaches the query in hand (its promise rejects) and the pool discards the client. And its
 * connections prepare the declared statements (PreparingClient).
 */
class ListeningPool extends pg.Pool {
  constructor(config?: PoolSettings) {
    super({ ...config, Client: PreparingClient });
    this.on('connect', (client) => client.on('error', () => undefined));
  }
}

export const pgDriver: typeof pg = Object.assign(Object.create(pg) as typeof pg, { Pool: ListeningPool });
