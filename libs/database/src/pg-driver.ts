import pg from 'pg';

/**
 * node-postgres with one change: every connection the pool opens keeps an 'error' listener for its whole life.
 * A server that ends a connection (a restart, SIGTERM: 57P01) makes the client emit 'error', sometimes twice; TypeORM
 * listens while a query runner holds the client and removes its listener on release, so a second event, or one
 * between release and the pool's own idle listener, found none and crashed the process as an unhandled 'error'.
 * The failure still reaches the query in hand (its promise rejects) and the pool discards the client.
 */
class ListeningPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => client.on('error', () => undefined));
  }
}

export const pgDriver: typeof pg = Object.assign(Object.create(pg) as typeof pg, { Pool: ListeningPool });
