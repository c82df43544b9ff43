import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Environment } from '@iop/config';
import { DEMO_USERS } from '@iop/identity';
import { Policy } from './policy';

/** A person the development sign-in offers: the key to ask POST /auth/dev/token for, and who they are. */
class DemoUserResponse {
  @ApiProperty({ example: 'officer' }) key!: string;
  @ApiProperty({ example: 'Anna Lindqvist' }) name!: string;
  @ApiProperty({ enum: ['officer', 'organisation_rep', 'auditor'] }) role!: string;
  @ApiPropertyOptional({ example: 'Region Skåne' }) publicParty?: string;
  @ApiPropertyOptional({ example: '802456-1238' }) organisationNumber?: string;
  @ApiProperty({ example: 'Region Skåne', description: 'Whom the person acts for, in words' }) actsFor!: string;
}

class AuthConfigResponse {
  @ApiProperty({ enum: ['development', 'oidc'] }) mode!: 'development' | 'oidc';
  @ApiPropertyOptional() issuer?: string;
  @ApiPropertyOptional() clientId?: string;
  @ApiPropertyOptional() audience?: string;
  @ApiPropertyOptional({ type: [DemoUserResponse], description: 'The development sign-in only' }) demoUsers?: DemoUserResponse[];
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
    if (this.env.AUTH_MODE === 'development') {
      const demoUsers = DEMO_USERS.map(({ key, name, role, publicParty, organisationNumber, actsFor }) => ({
        key,
        name,
        role,
        publicParty,
        organisationNumber,
        actsFor,
      }));
      return { mode: 'development', demoUsers };
    }
    return { mode: 'oidc', issuer: this.env.OIDC_ISSUER_URL, clientId: this.env.OIDC_CLIENT_ID, audience: this.env.OIDC_AUDIENCE };
  }
}
