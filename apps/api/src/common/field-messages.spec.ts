import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { CreatePartnershipDto } from '../partnerships/dto/create-partnership.dto';
import { sentencesOf } from './field-messages';
import { ruleName } from './rule-name';
import { createValidationPipe } from './validation';

const API_SOURCE = join(__dirname, '..');

/** Every source file of the API that declares validated classes: the DTOs, and the few controllers with their own. */
function validatedSourceFiles(dir = API_SOURCE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return validatedSourceFiles(path);
    const source = entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? readFileSync(path, 'utf8') : '';
    return /from 'class-validator'/.test(source) && /^export class /m.test(source) ? [path] : [];
  });
}

/** Rules that never produce an error of their own: @IsOptional and @ValidateIf only decide whether others run. */
const NO_ERROR_OF_THEIR_OWN = new Set(['conditionalValidation']);

/** Sample values: a rule's sentence may depend on the value (too short or too long, which check digit). */
const SAMPLES = ['', 'x'.repeat(5000), '123456-7890', 42, null, ['']];

/** A field path or a property name in the sentence (organisations.0.name, targetGroup); a sentence starts with a capital. */
const CODE_LIKE = /\b[a-z]+\.\d+\b|\b[a-z]+[A-Z][a-zA-Z]*\b|^[^A-ZÅÄÖ]/;

describe('field errors in words people use', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const classes = new Set(validatedSourceFiles().flatMap((file) => Object.values(require(file) as Record<string, unknown>)));
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, ValidationMetadata[]> };
  const rules = [...storage.validationMetadatas.entries()]
    .filter(([target]) => classes.has(target))
    .flatMap(([, metadatas]) => metadatas)
    .filter((m) => !NO_ERROR_OF_THEIR_OWN.has(m.type));

  it('finds the DTOs of the API', () => {
    expect(validatedSourceFiles().length).toBeGreaterThan(10);
    expect(new Set(rules.map((m) => m.target)).size).toBeGreaterThan(20);
  });

  it('gives every rule of every DTO a plain sentence in English and in Swedish, without the field path', () => {
    const missing: string[] = [];
    for (const metadata of rules) {
      const rule = ruleName(metadata) ?? metadata.type;
      for (const value of SAMPLES) {
        const sentences = sentencesOf(rule, { constraints: metadata.constraints ?? [], value, each: metadata.each ?? false }, metadata.context);
        const where = `${(metadata.target as { name: string }).name}.${metadata.propertyName} ${rule}`;
        if (!sentences?.en || !sentences.sv) missing.push(`${where}: no sentence`);
        else if ([sentences.en, sentences.sv].some((s) => CODE_LIKE.test(s) || !/[.]$/.test(s)))
          missing.push(`${where}: "${sentences.en}" / "${sentences.sv}"`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('answers a bad start with each field named, in both languages, with the limits', async () => {
    const body = {
      title: 'IO',
      publicParty: { name: 'Region Skåne' },
      organisations: [
        { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' },
        { name: 'N', organisationNumber: '802456-1239' },
      ],
      problemDefinition: { challenge: 'ab', targetGroup: 'Äldre', goals: [], developmentAreas: ['NONSENSE'] },
      extra: true,
    };
    const refused = await createValidationPipe()
      .transform(body, { type: 'body', metatype: CreatePartnershipDto })
      .then(
        () => undefined,
        (error: { details?: { errors: unknown[] } }) => error.details?.errors ?? error,
      );
    expect(refused).toEqual(
      expect.arrayContaining([
        { field: 'title', rule: 'isLength', message: 'Enter at least 3 characters.', messageSv: 'Skriv minst 3 tecken.' },
        { field: 'extra', rule: 'whitelistValidation', message: expect.any(String), messageSv: 'Det här fältet finns inte i begäran; ta bort det.' },
        { field: 'organisations.1.name', rule: 'isLength', message: 'Enter at least 2 characters.', messageSv: 'Skriv minst 2 tecken.' },
        {
          field: 'organisations.1.organisationNumber',
          rule: 'isOrganisationNumber',
          message: 'The check digit of the organisation number is wrong (Luhn algorithm).',
          messageSv: 'Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).',
        },
        { field: 'problemDefinition.challenge', rule: 'isLength', message: 'Enter at least 3 characters.', messageSv: 'Skriv minst 3 tecken.' },
        { field: 'problemDefinition.goals', rule: 'arrayMinSize', message: 'Enter at least one.', messageSv: 'Ange minst en.' },
        {
          field: 'problemDefinition.developmentAreas',
          rule: 'isIn',
          message: expect.stringMatching(/^Each entry: choose one of: .*COLLABORATION/),
          messageSv: expect.stringMatching(/^Varje post: välj ett av: /),
        },
      ]),
    );
  });
});
