import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Environment } from '@iop/config';
import { Policy } from './policy';

class AuthConfigResponse {
  @ApiProperty({ enum: ['development', 'oidc'] }) mode!: 'development' | 'oidc';
  @ApiPropertyOptional() issuer?: string;
  @ApiPropertyOptional() clientId?: string;
  @ApiPropertyOptional() audience?: string;
}

/** How a client signs in here: what the web interface reads before it shows its sign-in page. */
@ApiTags('identity')
@Controller('auth/config')
export class AuthConfigController {
  constructor(private readonly env: Environment) {}

  @Get()
  @Policy('public')
  @ApiOkResponse({ type: AuthConfigResponse })
  config(): AuthConfigResponse {
    if (this.env.AUTH_MODE === 'development') return { mode: 'development' };
    return { mode: 'oidc', issuer: this.env.OIDC_ISSUER_URL, clientId: this.env.OIDC_CLIENT_ID, audience: this.env.OIDC_AUDIENCE };
  }
}
