import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Environment } from '@iop/config';
import { DEMO_USERS, signDevToken } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { ApiException } from '../common/api.exception';
import { Policy } from './policy';

export class DevTokenRequest {
  @ApiProperty({ enum: DEMO_USERS.map((u) => u.key) })
  @IsIn(DEMO_USERS.map((u) => u.key))
  user!: string;
}

class DevTokenResponse {
  @ApiProperty() token!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
}

/** The development issuer's sign-in for the demo users; absent (404) unless AUTH_MODE is development. */
@ApiTags('identity')
@Controller('auth/dev/token')
export class DevTokenController {
  constructor(private readonly env: Environment) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Policy('public')
  @ApiOkResponse({ type: DevTokenResponse })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async issue(@Body() body: DevTokenRequest): Promise<DevTokenResponse> {
    if (this.env.AUTH_MODE !== 'development') throw new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'There is no development issuer here.');
    const user = DEMO_USERS.find((u) => u.key === body.user)!;
    return { token: await signDevToken(this.env.DEV_AUTH_SECRET!, user), name: user.name, role: user.role };
  }
}
