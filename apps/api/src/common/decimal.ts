import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * A number with at most `places` decimals within [min, max], described in the OpenAPI document as what it is (a
 * multiple of 10^-places with its bounds), so that a client generating from the document sends only what is accepted.
 * A multiple sent as a binary float (0.57 arrives as 0.5700000000000001) is taken as the number it means.
 */
export function IsDecimal(places: number, min: number, max: number, doc: { example: number; description: string }): PropertyDecorator {
  const scale = 10 ** places;
  return applyDecorators(
    ApiProperty({ ...doc, minimum: min, maximum: max, multipleOf: 1 / scale }),
    Transform(({ value }) =>
      typeof value === 'number' && Math.abs(value * scale - Math.round(value * scale)) < 1e-6 ? Math.round(value * scale) / scale : value,
    ),
    IsNumber({ maxDecimalPlaces: places, allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
  );
}
