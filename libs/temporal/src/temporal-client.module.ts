import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
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
 * How many times the API's client tries a call that Temporal did not take (UNAVAILABLE and the like) before the
 * request gets its 503: five tries over about 1.8 s ride out a dropped connection or a frontend's restart, where the
 * SDK's default of ten over about 19 s made a move with Temporal down wait that long for its TEMPORAL_UNAVAILABLE
 * (and longer than the move timeout, so it answered as if no worker had taken the move).
 */
export const TEMPORAL_CALL_ATTEMPTS = 5;

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
          connection: Connection.lazy({
            ...temporalConnectionSettings(env),
            connectTimeout: '5s',
            interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: TEMPORAL_CALL_ATTEMPTS }))],
          }),
          namespace: env.TEMPORAL_NAMESPACE,
          dataConverter: dataConverterFrom(env),
        }),
    },
    TemporalConnectionCloser,
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalClientModule {}
