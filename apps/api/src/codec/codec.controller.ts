import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { Policy } from '../identity/policy';
import { CodecService } from './codec.service';
import { CodecPayloadsDto } from './dto/codec-payloads.dto';

/**
 * A Temporal codec server for auditors: the workflow histories hold only encrypted payloads, and this decrypts
 * them for the temporal CLI (`--codec-endpoint <api>/codec`) and the Web UI. There is no /codec/encode: the UI
 * uses it only to send data into workflows (signals, updates, starts), which auditors may not, and every move
 * goes through the API's own routes.
 */
@ApiTags('auditing')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ApiForbiddenResponse({ type: ApiErrorBody })
@Controller('codec')
export class CodecController {
  constructor(private readonly codec: CodecService) {}

  @Post('decode')
  @Policy('codec:decode')
  // The protocol's clients (the CLI's Go client) accept 200 only.
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The same payloads, decrypted; payloads that were not encrypted come back unchanged', type: CodecPayloadsDto })
  decode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    return this.codec.decode(body);
  }
}
