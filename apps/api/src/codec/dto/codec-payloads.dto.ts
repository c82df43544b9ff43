import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, Matches, registerDecorator, ValidateNested } from 'class-validator';
import { withSentences } from '../../common/field-messages';

/** Standard base64 with its padding, as protobuf's JSON form writes bytes (the empty string is no bytes). */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_SCHEMA = { type: 'string', format: 'byte', pattern: BASE64.source } as const;
export const MAX_METADATA_ENTRIES = 32;
export const MAX_PAYLOADS = 1000;

/** A payload's metadata: at most MAX_METADATA_ENTRIES keys, each value base64. */
function IsBase64Map(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBase64Map',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `metadata must map at most ${MAX_METADATA_ENTRIES} keys to base64 strings`,
        ...withSentences(
          `Give at most ${MAX_METADATA_ENTRIES} keys, each with a base64 value.`,
          `Ange högst ${MAX_METADATA_ENTRIES} nycklar, var och en med ett base64-värde.`,
        ),
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= MAX_METADATA_ENTRIES &&
          Object.values(value).every((v) => typeof v === 'string' && BASE64.test(v)),
      },
    });
}

/** One Temporal Payload in protobuf's JSON form (the codec server protocol's). */
export class CodecPayloadDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: BASE64_SCHEMA,
    maxProperties: MAX_METADATA_ENTRIES,
    description: 'Metadata key → base64 value, e.g. encoding',
  })
  @IsOptional()
  @IsObject()
  @IsBase64Map()
  metadata?: Record<string, string>;

  @ApiPropertyOptional({ ...BASE64_SCHEMA, description: 'The payload bytes, base64' })
  @IsOptional()
  @Matches(BASE64, {
    message: 'data must be base64 (standard alphabet, padded)',
    ...withSentences(
      'Send the bytes as base64 (the standard alphabet, with padding).',
      'Skicka byten som base64 (standardalfabetet, med utfyllnad).',
    ),
  })
  data?: string;
}

/**
 * `{"payloads":[…]}`: the body of a codec server's /decode, and its answer. `payloads` may be left out: protobuf's
 * JSON form omits an empty list, and the temporal CLI sends `{}` for an event's empty Payloads.
 */
export class CodecPayloadsDto {
  @ApiPropertyOptional({ type: [CodecPayloadDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PAYLOADS)
  @ValidateNested({ each: true })
  @Type(() => CodecPayloadDto)
  payloads?: CodecPayloadDto[];
}
