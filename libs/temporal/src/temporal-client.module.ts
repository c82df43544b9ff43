import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { Environment } from '../../config/src/environment';
import { temporalConnectionSettings } from './connection-options';
import { dataConverterFrom } from './data-converter';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

/** Closes the gRPC connection on shutdown so that tests and Ctrl-C leave no open handles. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

/**
 * The Temporal client for the API. `Connection.lazy` rather than `connect`: the API must start (and report 503
 * on /health) while the cluster is unreachable, instead of refusing to start.
 */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [Environment],
      useFactory: (env: Environment) =>
        new Client({
          connection: Connection.lazy({ ...temporalConnectionSettings(env), connectTimeout: '5s' }),
          namespace: env.TEMPORAL_NAMESPACE,
          dataConverter: dataConverterFrom(env),
        }),
    },
    TemporalConnectionCloser,
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalClientModule {}
