import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Environment, validateEnvironment } from './environment';

/** Which app this process is ('api' or 'worker'): named to PostgreSQL and in logs, so operators can tell them apart. */
export const APP_KIND = Symbol('APP_KIND');
export type AppKind = 'api' | 'worker';

/**
 * Loads and validates the environment through `@nestjs/config`, and provides the validated, typed
 * `Environment` for injection. A method rather than a static import because `ConfigModule.forRoot` reads
 * `process.env` when it is called, and tests set their environment (ports, task queue) before they build the app.
 */
@Module({})
export class AppConfigModule {
  static forRoot(app: AppKind): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: (raw) => validateEnvironment(raw, app) })],
      providers: [
        {
          provide: Environment,
          inject: [ConfigService],
          // ConfigService has already validated; this re-reads the typed result of the same rules.
          useFactory: () => validateEnvironment(process.env, app),
        },
        { provide: APP_KIND, useValue: app },
      ],
      exports: [Environment, APP_KIND],
    };
  }
}
