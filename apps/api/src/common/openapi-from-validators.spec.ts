import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, registerDecorator, ValidateNested } from 'class-validator';
import type { OpenAPIObject } from '@nestjs/swagger';
import { constrainProperty, constrainRequestComponents, Schema, validatedProperties } from './openapi-from-validators';
import { IsCalendarDate, IsDiarienummer, IsOrganisationNumber } from './validation';

/** A decorator composed of a rule of its own and class-validator's Length, as the text rules are built. */
function IsShortText(min: number, max: number): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({ name: 'isShortText', target: target.constructor, propertyName: propertyName as string, validator: { validate: () => true } });
    Length(min, max)(target, propertyName);
  };
}

class PartyFixture {
  @IsOrganisationNumber() organisationNumber!: string;
}

class FixtureDto {
  @IsShortText(2, 80) name!: string;
  @IsOptional() @IsInt() @Min(0) @Max(36) months?: number;
  @IsIn(['A', 'B']) kind!: string;
  @IsString({ each: true }) @Length(1, 10, { each: true }) @ArrayMaxSize(3) tags!: string[];
  @IsCalendarDate() day!: string;
  @IsDiarienummer() diarienummer!: string;
  @ValidateNested() @Type(() => PartyFixture) party!: PartyFixture;
}

const documentWith = (...names: string[]): OpenAPIObject =>
  ({
    openapi: '3.0.0',
    info: { title: 'fixture', version: '1' },
    paths: {},
    components: {
      schemas: Object.fromEntries(
        names.map((name) => [
          name,
          {
            type: 'object',
            properties:
              name === 'FixtureDto'
                ? { tags: { type: 'array', items: { type: 'string' } }, party: { $ref: '#/components/schemas/PartyFixture' } }
                : {},
          },
        ]),
      ),
    },
  }) as OpenAPIObject;

describe('the OpenAPI schema of a request DTO, read from its validators', () => {
  const document = documentWith('FixtureDto', 'PartyFixture');
  constrainRequestComponents(document, FixtureDto);
  const schemas = document.components!.schemas as Record<string, Schema>;
  const properties = schemas.FixtureDto.properties!;

  it('takes lengths from a composed decorator rule by rule, and says which characters are refused', () => {
    expect(properties.name).toMatchObject({ type: 'string', minLength: 2, maxLength: 80 });
    expect(properties.name.description).toMatch(/NUL/);
  });

  it('takes bounds, integers, enums and array sizes, and rules with `each` for the items', () => {
    expect(properties.months).toEqual({ type: 'integer', minimum: 0, maximum: 36 });
    expect(constrainProperty({ allOf: [{ $ref: '#/components/schemas/Object' }] }, validatedProperties(FixtureDto).get('months')!)).toEqual({
      type: 'integer',
      minimum: 0,
      maximum: 36,
    });
    expect(properties.kind).toMatchObject({ enum: ['A', 'B'] });
    expect(properties.tags).toMatchObject({ type: 'array', maxItems: 3, items: { type: 'string', minLength: 1, maxLength: 10 } });
  });

  it('gives the custom rules their formats and patterns', () => {
    expect(properties.day).toMatchObject({ type: 'string', format: 'date', pattern: '^(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}$' });
    const diarienummer = new RegExp(properties.diarienummer.pattern!);
    expect(['RS 2015/123', 'KS 2023-00456', '1600045'].filter((v) => diarienummer.test(v))).toHaveLength(3);
    expect([' RS 1', 'RS', 'RS 1 '].filter((v) => diarienummer.test(v))).toHaveLength(0);
  });

  it('requires what is not @IsOptional, forbids other properties, and follows @Type into nested DTOs', () => {
    expect([...(schemas.FixtureDto.required ?? [])].sort()).toEqual(['day', 'diarienummer', 'kind', 'name', 'party', 'tags']);
    expect(schemas.FixtureDto.additionalProperties).toBe(false);
    expect(properties.party).toEqual({ $ref: '#/components/schemas/PartyFixture' });
    expect(schemas.PartyFixture).toMatchObject({ additionalProperties: false, required: ['organisationNumber'] });
    expect(schemas.PartyFixture.properties!.organisationNumber).toMatchObject({ format: 'organisationsnummer', pattern: '^[0-9]{6}-?[0-9]{4}$' });
  });
});
