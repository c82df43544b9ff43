import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, Environment, pinoParams } from '@iop/config';
import { DatabaseModule } from '@iop/database';
import { TemporalClientModule } from '@iop/temporal';
import { AuditInterceptor } from './audit/audit.interceptor';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { AuditModule } from './audit/audit.module';
import { SignatoriesModule } from './signatories/signatories.module';
import { AuditingModule } from './auditing/auditing.module';
import { ArchivePackageModule } from './records/archive/archive-package.module';
import { ChainsModule } from './chains/chains.module';
import { CodecModule } from './codec/codec.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { FrameworkPartnershipsModule } from './frameworks/framework-partnerships.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { MetricsModule } from './metrics/metrics.module';
import { PublicRegisterModule } from './public-register/public-register.module';
import { RecordsModule } from './records/records.module';

/** The HTTP API's root: controllers, the Temporal client, the read model. */
import { StateAidModule } from './state-aid/state-aid.module';

@Module({})
export class ApiModule {
  static register(): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot('api'),
        LoggerModule.forRootAsync({ inject: [Environment], useFactory: (env: Environment) => pinoParams(env, 'api') }),
        DatabaseModule,
        TemporalClientModule,
        MetricsModule.register(),
        AuditModule,
        IdentityModule,
        HealthModule,
        PartnershipsModule,
        FrameworksModule,
        FrameworkPartnershipsModule,
        InitiativesModule,
        SignatoriesModule,
        AuditingModule,
        ArchivePackageModule,
        ChainsModule,
        CodecModule,
        StateAidModule,
        PublicRegisterModule,
        RecordsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
    };
  }
}
