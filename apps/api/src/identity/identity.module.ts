import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { DevTokenController } from './dev-token.controller';
import { AuthConfigController } from './auth-config.controller';
import { TokenVerifier } from './token-verifier';

@Module({
  controllers: [DevTokenController, AuthConfigController],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  // The exception filter names the signed-in caller of a request refused before routing.
  exports: [TokenVerifier],
})
export class IdentityModule {}
