import { EARLIEST_DATE, LATEST_DATE, parseOrganisationNumber } from '@iop/domain';

/**
 * What a field error says to a person, in English and Swedish: a plain sentence about the field itself, with the
 * rule's limits in it, and never the field's path or the rule's code (the error's `field` and `rule` carry those).
 * One sentence per rule, by the name class-validator records for it; `apps/api/src/common/field-messages.spec.ts`
 * walks every DTO's rules and fails for one without both sentences here or in its own context.
 */
export interface Sentences {
  en: string;
  sv: string;
}

/** What a sentence may draw on: the rule's constraints (its limits), the value sent, and whether it is per item. */
export interface RuleFacts {
  constraints: readonly unknown[];
  value: unknown;
  each: boolean;
}

type Phrase = (facts: RuleFacts) => Sentences;

/** A rule whose sentences depend on its use (a pattern, a rule of one DTO) carries them in its options' context. */
export interface SentencesContext {
  sentences: Sentences;
}

export const withSentences = (en: string, sv: string): { context: SentencesContext } => ({ context: { sentences: { en, sv } } });

export const sentencesIn = (context: unknown): Sentences | undefined => {
  const sentences = (context as Partial<SentencesContext> | undefined)?.sentences;
  return sentences?.en && sentences.sv ? sentences : undefined;
};

const n = (value: unknown): number => Number(value);
const same =
  (en: string, sv: string): Phrase =>
  () => ({ en, sv });
const count = (amount: number, en: [string, string], sv: [string, string]): Sentences => ({
  en: amount === 1 ? en[0] : en[1].replace('{n}', String(amount)),
  sv: amount === 1 ? sv[0] : sv[1].replace('{n}', String(amount)),
});

/** The values of an `each` rule, or the one value. */
const valuesOf = ({ value, each }: RuleFacts): unknown[] => (each && Array.isArray(value) ? value : [value]);

const lengthOf = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

const tooShort = (facts: RuleFacts, min: number): boolean => valuesOf(facts).some((v) => typeof v !== 'string' || lengthOf(v) < min);

const atLeastCharacters = (min: number): Sentences =>
  count(min, ['Enter at least 1 character.', 'Enter at least {n} characters.'], ['Skriv minst 1 tecken.', 'Skriv minst {n} tecken.']);
const atMostCharacters = (max: number): Sentences =>
  count(max, ['Enter at most 1 character.', 'Enter at most {n} characters.'], ['Skriv högst 1 tecken.', 'Skriv högst {n} tecken.']);

const DATE_RANGE = { en: `from ${EARLIEST_DATE} to ${LATEST_DATE}`, sv: `från ${EARLIEST_DATE} till ${LATEST_DATE}` };

/** The sentences of each rule this API's DTOs, pipes and middleware use, by rule name. */
export const RULE_SENTENCES: Record<string, Phrase> = {
  // class-validator's own rules.
  isString: same('Enter text.', 'Skriv text.'),
  isBoolean: same('Answer yes or no (true or false).', 'Svara ja eller nej (true eller false).'),
  isInt: same('Enter a whole number.', 'Ange ett heltal.'),
  isNumber: same('Enter a number.', 'Ange ett tal.'),
  isArray: same('Enter a list, even of a single entry.', 'Ange en lista, även om den bara har en post.'),
  isObject: same('Fill in this part with its own fields.', 'Fyll i den här delen med sina egna fält.'),
  nestedValidation: same('Fill in this part with its own fields.', 'Fyll i den här delen med sina egna fält.'),
  isLength: (facts) => {
    const [min, max] = facts.constraints.map(n);
    return tooShort(facts, min) ? atLeastCharacters(min) : atMostCharacters(max);
  },
  minLength: ({ constraints: [min] }) => atLeastCharacters(n(min)),
  maxLength: ({ constraints: [max] }) => atMostCharacters(n(max)),
  min: ({ constraints: [min] }) => ({ en: `Enter ${n(min)} or more.`, sv: `Ange ${n(min)} eller mer.` }),
  max: ({ constraints: [max] }) => ({ en: `Enter ${n(max)} or less.`, sv: `Ange ${n(max)} eller mindre.` }),
  arrayMinSize: ({ constraints: [min] }) =>
    count(n(min), ['Enter at least one.', 'Enter at least {n}.'], ['Ange minst en.', 'Ange minst {n} stycken.']),
  arrayMaxSize: ({ constraints: [max] }) =>
    count(n(max), ['Enter at most one.', 'Enter at most {n}.'], ['Ange högst en.', 'Ange högst {n} stycken.']),
  isIn: ({ constraints: [values] }) => {
    // Without the rule's metadata (a value validated outside its class) the list is not known: the sentence still is.
    const list = Array.isArray(values) ? values.map(String).join(', ') : '…';
    return { en: `Choose one of: ${list}.`, sv: `Välj ett av: ${list}.` };
  },
  // `matches` has no sentence here: each pattern says what it admits in its own context (withSentences).
  // The validation pipe's whitelist (forbidNonWhitelisted) and forbidUnknownValues.
  whitelistValidation: same('This request has no such field; leave it out.', 'Det här fältet finns inte i begäran; ta bort det.'),
  unknownValue: same('Send the fields of this request as a JSON object.', 'Skicka begärans fält som ett JSON-objekt.'),

  // Our own rules (common/validation.ts).
  isOrganisationNumber: ({ value }) => {
    const parsed = typeof value === 'string' ? parseOrganisationNumber(value) : undefined;
    if (parsed && !parsed.ok) return parsed.refusal.message;
    return { en: 'Write the organisation number as NNNNNN-NNNN.', sv: 'Skriv organisationsnumret som NNNNNN-NNNN.' };
  },
  noNulCharacter: same(
    'The text holds a character that cannot be stored (NUL, U+0000); remove it.',
    'Texten innehåller ett tecken som inte kan sparas (NUL, U+0000); ta bort det.',
  ),
  noLoneSurrogate: same(
    'The text holds a broken character (an unpaired UTF-16 surrogate); type it again.',
    'Texten innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat); skriv det igen.',
  ),
  isEmail: same('Enter an e-mail address, such as namn@region.se.', 'Skriv en e-postadress, till exempel namn@region.se.'),
  isCalendarDate: same(
    `Enter a date that exists, written YYYY-MM-DD, ${DATE_RANGE.en}.`,
    `Skriv ett datum som finns, som ÅÅÅÅ-MM-DD, ${DATE_RANGE.sv}.`,
  ),
  isDiarienummer: same(
    'Enter a diarienummer such as "RS 2015/123": 2 to 40 letters, digits, spaces and . / : -, with at least one digit.',
    'Skriv ett diarienummer som "RS 2015/123": 2 till 40 bokstäver, siffror, mellanslag och . / : -, med minst en siffra.',
  ),
  isProtocolParagraph: same('Enter the paragraph of the minutes, such as "§ 45".', 'Skriv protokollets paragraf, till exempel "§ 45".'),
  isPartyKey: same(
    'Name the party: PUBLIC for the public party, or the organisation number NNNNNN-NNNN.',
    'Ange parten: PUBLIC för den offentliga parten eller organisationsnumret NNNNNN-NNNN.',
  ),
  isPartyKeyOrJoint: same(
    'Name who carried it: PUBLIC, JOINT for both together, or the organisation number NNNNNN-NNNN.',
    'Ange vem som genomförde det: PUBLIC, JOINT för båda tillsammans eller organisationsnumret NNNNNN-NNNN.',
  ),
  maxNamesInAll: ({ constraints: [max] }) => ({
    en: `Name at most ${n(max)} people in all, over every party.`,
    sv: `Ange högst ${n(max)} namn sammanlagt, för alla parter tillsammans.`,
  }),

  // The start's rule that each organisation is named once (partnerships.service.ts), on the later of the two.
  uniqueOrganisation: same(
    'This organisation is already named above; name each organisation once.',
    'Organisationen finns redan med ovan; ange varje organisation en gång.',
  ),

  // Path parameters (common/path-params.ts), forbidden keys and the Idempotency-Key header.
  isUuid: same('This is not the id of anything here (a UUID is expected).', 'Det här är inte id för något här (ett UUID väntas).'),
  isPositiveInt: same('Give a whole number of 1 or more, in digits.', 'Ange ett heltal från 1 och uppåt, med siffror.'),
  isUtf8: same(
    'This query parameter is not percent-encoded UTF-8 text; encode it as UTF-8 (encodeURIComponent).',
    'Den här frågeparametern är inte procentkodad UTF-8-text; koda den som UTF-8 (encodeURIComponent).',
  ),
  forbiddenKey: same(
    'This request has no such field (__proto__, constructor and prototype never are); leave it out.',
    'Det här fältet finns inte i begäran (__proto__, constructor och prototype är aldrig fält); ta bort det.',
  ),
};

/** The sentences of one field error; class-validator's own message only for a rule nobody has worded. */
export function sentencesOf(rule: string, facts: RuleFacts, context?: unknown): Sentences | undefined {
  const sentences = sentencesIn(context) ?? RULE_SENTENCES[rule]?.(facts);
  if (!sentences || !facts.each) return sentences;
  // A rule over a list's items: the field is the list, so the sentence says it is about each entry.
  const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
  return { en: `Each entry: ${lower(sentences.en)}`, sv: `Varje post: ${lower(sentences.sv)}` };
}

/** A field error worded by its rule's sentences: for pipes and middleware, which raise their errors themselves. */
export function fieldError(
  field: string,
  rule: string,
  facts: Partial<RuleFacts> = {},
): { field: string; rule: string; message: string; messageSv: string } {
  const sentences = sentencesOf(rule, { constraints: [], value: undefined, each: false, ...facts });
  if (!sentences) throw new Error(`No sentences for the rule ${rule}`);
  return { field, rule, message: sentences.en, messageSv: sentences.sv };
}
