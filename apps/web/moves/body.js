// A move's body read back from its form: only the fields the entry lists, each as its type says, numbers as a Swede
// types them. What cannot be sent as typed comes back as field errors in the API's own shape (field path, English
// and Swedish), so that the form shows them exactly as it shows the API's refusals.
import { criteriaOf } from './legal-basis-fields.js';
import { parseWholeNumber, parseYearlyAmounts } from './numbers.js';

/** The sentences of what the form itself refuses, in both languages. */
const PROBLEMS = {
  notWhole: { en: 'Enter whole kronor, for example 250 000.', sv: 'Ange hela kronor, till exempel 250 000.' },
  notANumber: { en: 'Enter a number in digits, for example 250 000.', sv: 'Ange ett tal med siffror, till exempel 250 000.' },
  amountMissing: { en: 'Enter an amount in kronor (0 if none).', sv: 'Ange ett belopp i kronor (0 om inget).' },
  monthsNotWhole: { en: 'Enter a whole number of months, for example 6.', sv: 'Ange ett helt antal månader, till exempel 6.' },
  badYearLine: { en: 'Write one year a line, as "2027: 300 000".', sv: 'Skriv ett år per rad, som ”2027: 300 000”.' },
  namesMissing: { en: 'Write the name of at least one person who attended, one a line.', sv: 'Skriv namnet på minst en som var med, ett per rad.' },
  namesNotTicked: { en: 'Tick the party as attending, or remove the names.', sv: 'Kryssa i att parten var närvarande, eller ta bort namnen.' },
  required: { en: 'Fill in this field.', sv: 'Fyll i fältet.' },
  commentMissing: { en: 'Write what needs to change.', sv: 'Skriv vad som behöver ändras.' },
};
export const problem = (field, key, line) => {
  const { en, sv } = PROBLEMS[key];
  return line
    ? { field, rule: key, message: `Line ${line}: ${en}`, messageSv: `Rad ${line}: ${sv}` }
    : { field, rule: key, message: en, messageSv: sv };
};

/**
 * Reads the body. `answer` is the button's value (an invitation's accept, a review's decision). Returns { body,
 * errors }: errors are field errors to show beside their inputs, and then nothing is sent. `custom.read` has the
 * readers of the fields a kind of process draws itself: (field, move, data, errors, answer, form) => value.
 */
export function readBody(move, form, answer, custom = {}) {
  const data = new FormData(form);
  const body = {};
  const errors = [];
  for (const field of move.fields) {
    const reader = custom.read?.[field.name];
    const value = reader ? reader(field, move, data, errors, answer, form) : valueOf(field, move, data, answer, errors);
    if (value !== undefined) body[field.name] = value;
  }
  if (move.type === 'REVIEW_DRAFT' && body.decision === 'CHANGES_REQUESTED' && !body.comment) errors.push(problem('comment', 'commentMissing'));
  return { body, errors };
}

function valueOf(field, move, data, answer, errors) {
  switch (field.name) {
    case 'taskId':
      return move.taskId;
    case 'accept':
      return answer !== 'false';
    case 'decision':
      return answer;
    case 'attendees':
      return attendeesOf(move, data, errors);
    case 'contributions':
      return contributionsOf(move, data, errors);
    case 'criteria':
      if (move.type === 'RECORD_LEGAL_BASIS') return criteriaOf(field, data, errors, plain);
  }
  if (field.fields) {
    const nested = {};
    for (const sub of field.fields) {
      const v = plain(sub, `${field.name}.${sub.name}`, data, errors);
      if (v !== undefined) nested[sub.name] = v;
    }
    return nested;
  }
  if (field.type === 'array' && field.items?.enum) return data.getAll(field.name);
  if (field.type === 'array') {
    const lines = linesOf(data.get(field.name));
    return lines.length || field.required ? lines : undefined;
  }
  return plain(field, field.name, data, errors);
}

export const linesOf = (text) =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The ticked parties, in the order of the entry, each with its names one a line: "Lindqvist, Anna" is one person. */
function attendeesOf(move, data, errors) {
  const ticked = new Set(data.getAll('attended'));
  const attendees = [];
  for (const party of move.parties ?? []) {
    const names = linesOf(data.get(`names:${party}`));
    if (!ticked.has(party)) {
      if (names.length) errors.push(problem(`names:${party}`, 'namesNotTicked'));
      continue;
    }
    if (!names.length) errors.push(problem(`names:${party}`, 'namesMissing'));
    attendees.push({ party, names });
  }
  return attendees;
}

/** Each party's amount (or, left empty, the sum of its years), its egen insats and its amounts per year. */
function contributionsOf(move, data, errors) {
  return (move.parties ?? []).map((party, i) => {
    const path = `contributions.${i}`;
    const contribution = { party };
    const yearly = parseYearlyAmounts(data.get(`${path}.years`));
    if (yearly.badLine) errors.push(problem(`${path}.years`, yearly.problem === 'notWhole' ? 'notWhole' : 'badYearLine', yearly.badLine));
    const amount = parseWholeNumber(data.get(`${path}.amountSek`));
    if (!amount.ok) errors.push(problem(`${path}.amountSek`, amount.problem));
    else if (amount.value !== undefined) contribution.amountSek = amount.value;
    else if (yearly.years?.length) contribution.amountSek = yearly.years.reduce((sum, y) => sum + y.amountSek, 0);
    else errors.push(problem(`${path}.amountSek`, 'amountMissing'));
    const own = String(data.get(`${path}.ownContribution`) ?? '').trim();
    if (own) contribution.ownContribution = own;
    if (yearly.years?.length) contribution.years = yearly.years;
    return contribution;
  });
}

/** A plain value as its type says; an optional field left empty is left out, as the API wants it. */
export function plain(field, name, data, errors) {
  const raw = data.get(name);
  if (field.type === 'boolean') return raw === 'on';
  const text = raw === null ? '' : String(raw).trim();
  if (text === '' && !field.required) return undefined;
  if (text === '') {
    errors.push(problem(name, 'required'));
    return undefined;
  }
  if (field.type === 'integer' || field.type === 'number') {
    const parsed = parseWholeNumber(text);
    if (!parsed.ok) {
      errors.push(problem(name, field.name === 'terminationNoticeMonths' ? 'monthsNotWhole' : parsed.problem));
      return undefined;
    }
    return parsed.value;
  }
  return text;
}

/**
 * The input of an API field path in a move's form: the one named so, or that of the nearest field above it
 * (`contributions.0.years.1.year` is written in `contributions.0.years`); an attendance entry is found by the
 * party the body named at that index.
 */
export function inputFinder(form, body) {
  const byName = (name) => form.querySelector(`[name="${CSS.escape(name)}"]`);
  return (field) => {
    const attendance = /^attendees\.(\d+)/.exec(field);
    if (attendance) {
      const party = body?.attendees?.[Number(attendance[1])]?.party;
      return (party && byName(`names:${party}`)) ?? form.querySelector('[name="attended"]');
    }
    const parts = field.split('.');
    for (let n = parts.length; n > 0; n -= 1) {
      const input = byName(parts.slice(0, n).join('.'));
      if (input) return input;
    }
    return null;
  };
}
