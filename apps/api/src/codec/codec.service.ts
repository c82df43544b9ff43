import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { PayloadDecryptionError, TEMPORAL_CLIENT } from '@iop/temporal';
import { ApiException } from '../common/api.exception';
import type { CodecPayloadDto, CodecPayloadsDto } from './dto/codec-payloads.dto';

const fromJson = (json: CodecPayloadDto): Payload => ({
  metadata: Object.fromEntries(Object.entries(json.metadata ?? {}).map(([key, value]) => [key, new Uint8Array(Buffer.from(value, 'base64'))])),
  data: new Uint8Array(Buffer.from(json.data ?? '', 'base64')),
});

const toJson = (payload: Payload): CodecPayloadDto => ({
  metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')])),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});

/**
 * Temporal's codec-server protocol over the API's own client's codecs (one source of the keys): the temporal CLI
 * (`--codec-endpoint`) and the Web UI send the history's payloads here and show what comes back.
 */
@Injectable()
export class CodecService {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async decode(body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    const codecs = this.client.options.loadedDataConverter.payloadCodecs;
    // One at a time, so that a payload that cannot be decrypted is named by its place in the request.
    const decoded = await Promise.all(
      (body.payloads ?? []).map(async (json, index) => {
        let payload = fromJson(json);
        try {
          for (const codec of [...codecs].reverse()) [payload] = await codec.decode([payload]);
        } catch (error) {
          if (error instanceof PayloadDecryptionError) throw undecryptable(index, error.message);
          throw error;
        }
        return toJson(payload);
      }),
    );
    return { payloads: decoded };
  }
}

function undecryptable(index: number, reason: string): ApiException {
  const field = `payloads.${index}`;
  return new ApiException(HttpStatus.BAD_REQUEST, 'PAYLOAD_NOT_DECRYPTABLE', `${field} cannot be decrypted: ${reason}.`, {
    messageSv: `${field} kan inte dekrypteras: nyckeln saknas eller innehållet har ändrats.`,
    errors: [
      {
        field,
        rule: 'decryptable',
        message: `It cannot be decrypted: ${reason}.`,
        messageSv: 'Det går inte att dekryptera: nyckeln saknas eller innehållet har ändrats.',
      },
    ],
  });
}
