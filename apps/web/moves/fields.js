// The inputs of a move's form, built from the fields its entry in available-moves lists. Each input is named by
// the API's path of its field (`principles.DIALOGUE`, `contributions.1.amountSek`), so that a refusal naming a
// field finds its input; a new draft version starts as a copy of the latest one. A kind of process may add its
// own words and lists and draw some fields itself (`custom`: { labels, enums, byButton, draw, startingValues });
// the partnership's are the defaults here.
import { APPEAL_OUTCOMES, DECISION_OUTCOMES, DEVELOPMENT_AREAS, PRINCIPLES } from '../labels.js';
import { criteriaHtml, forumKeysHtml, legalBasisStartingValues } from './legal-basis-fields.js';
import { formatWholeNumber, formatYearlyAmounts } from './numbers.js';

/** A field's label (a key of TEXT) by its name in the body; a name missing here is shown as it is. */
const FIELD_LABELS = {
  date: 'date',
  documentSha256: 'case.documentSigned',
  minutes: 'minutes',
  text: 'yourInput',
  sharedGoal: 'sharedGoal',
  purpose: 'purpose',
  startDate: 'startDate',
  endDate: 'endDate',
  followUpPlan: 'followUpPlan',
  governance: 'governance',
  terminationTerms: 'terminationTerms',
  terminationNoticeMonths: 'noticeMonths',
  body: 'body',
  meetingDate: 'meetingDate',
  protocolApprovedOn: 'protocolApprovedOn',
  announcedOn: 'announcedOn',
  court: 'court',
  caseNumber: 'caseNumber',
  lodgedOn: 'lodgedOn',
  decidedOn: 'decidedOn',
  diarienummer: 'diarienummer',
  paragraph: 'paragraph',
  outcome: 'outcome',
  reasons: 'reasons',
  reason: 'reason',
  summary: 'summary',
  challenge: 'challenge',
  targetGroup: 'targetGroup',
  goals: 'goals',
  developmentAreas: 'developmentAreas',
  comment: 'comment',
  principles: 'principles',
  conclusion: 'lf.conclusion',
};

/** Values of an enum field, in words; a decision's outcome and an appeal's share the field's name, not their values. */
export const ENUM_LABELS = { outcome: { ...DECISION_OUTCOMES, ...APPEAL_OUTCOMES }, developmentAreas: DEVELOPMENT_AREAS, principles: PRINCIPLES };

/** Texts written as prose (several lines), whatever their length. */
const PROSE = new Set([
  'purpose',
  'sharedGoal',
  'followUpPlan',
  'governance',
  'terminationTerms',
  'reasons',
  'reason',
  'summary',
  'comment',
  'text',
  'minutes',
  'conclusion',
]);

/** Fields the form answers without an input of their own: the task from the entry, the answer from the button. */
export const BY_BUTTON = new Set(['taskId', 'accept', 'decision']);

export const labelOf = (field, ui, custom = {}) => {
  const key = custom.labels?.[field.name] ?? FIELD_LABELS[field.name];
  return key ? ui.t(key) : field.name;
};
const enumsOf = (custom) => ({ ...ENUM_LABELS, ...(custom.enums ?? {}) });
const byButton = (custom) => new Set([...BY_BUTTON, ...(custom.byButton ?? [])]);
export const partyName = (p, key) =>
  key === 'PUBLIC' ? p.publicParty.name : (p.organisations.find((o) => o.organisationNumber === key)?.name ?? key);
const lengths = (f) => `${f.minLength ? ` minlength="${f.minLength}"` : ''}${f.maxLength ? ` maxlength="${f.maxLength}"` : ''}`;

/**
 * What a form starts with. A new draft version: every field of the latest version (of any round, so that an
 * amendment starts from the agreement in force); the first version: the dialogue's shared goal.
 */
export function startingValues(move, p) {
  if (move.type === 'RECORD_LEGAL_BASIS') return legalBasisStartingValues(p);
  if (move.type !== 'SUBMIT_DRAFT') return {};
  const latest = p.drafts[p.drafts.length - 1];
  if (!latest) {
    // An organisation usually brings no money: its amount starts at 0, the public party's grant is left to type.
    const first = { sharedGoal: p.dialogue?.sharedGoal ?? '' };
    (move.parties ?? []).forEach((party, i) => party !== 'PUBLIC' && (first[`contributions.${i}.amountSek`] = '0'));
    return first;
  }
  const values = {};
  for (const [name, value] of Object.entries(latest)) if (typeof value === 'string') values[name] = value;
  values.terminationNoticeMonths = String(latest.terminationNoticeMonths);
  for (const [principle, text] of Object.entries(latest.principles ?? {})) values[`principles.${principle}`] = text;
  (move.parties ?? []).forEach((party, i) => {
    const previous = latest.contributions.find((c) => c.party === party);
    if (!previous) return;
    values[`contributions.${i}.amountSek`] = formatWholeNumber(previous.amountSek);
    values[`contributions.${i}.ownContribution`] = previous.ownContribution ?? '';
    values[`contributions.${i}.years`] = formatYearlyAmounts(previous.years);
  });
  return values;
}

/** The inputs of one move's form; `custom` the kind's own fields and words (see above). */
export function fieldsHtml(move, p, id, ui, custom = {}) {
  const values = custom.startingValues ? custom.startingValues(move, p, ui) : startingValues(move, p);
  const buttons = byButton(custom);
  return move.fields
    .filter((f) => !buttons.has(f.name))
    .map((f) => custom.draw?.[f.name]?.(f, move, p, id, values, ui) ?? fieldHtml(f, move, p, id, values, ui, custom))
    .join('');
}

function fieldHtml(field, move, p, id, values, ui, custom) {
  if (field.name === 'attendees') return attendanceHtml(move, p, id, ui);
  if (field.name === 'contributions') return contributionsHtml(move, p, id, values, ui);
  if (move.type === 'RECORD_LEGAL_BASIS' && field.name === 'criteria') return criteriaHtml(field, id, values, ui);
  if (move.type === 'RECORD_LEGAL_BASIS' && field.name === 'forumKeys') return forumKeysHtml(field, id, values, ui);
  if (field.fields) return objectHtml(field, id, values, ui, custom);
  if (field.type === 'array' && field.items?.enum) return choicesHtml(field, id, ui, custom);
  return inputHtml(field, field.name, id(field.name), labelOf(field, ui, custom), values[field.name], ui, { enums: enumsOf(custom) });
}

/** A hint below a label, linked to its input so that a screen reader reads it with the input. */
const hint = (inputId, text, ui) => ({
  html: `<p class="hint" id="${inputId}-hint">${ui.escape(text)}</p>`,
  ref: ` aria-describedby="${inputId}-hint"`,
});

/** One input for a plain value, its attributes from the field's rules; `value` what it starts with. */
export function inputHtml(field, name, inputId, labelText, value, ui, { prose = false, enums = ENUM_LABELS } = {}) {
  const { escape, label, t } = ui;
  const required = field.required ? ' required' : '';
  const head = `<label for="${inputId}">${escape(labelText)}</label>`;
  const text = value === undefined ? '' : escape(value);
  if (field.enum) {
    const options = field.enum
      .map((v) => `<option value="${escape(v)}"${v === value ? ' selected' : ''}>${escape(label(enums[field.name] ?? {}, v))}</option>`)
      .join('');
    return `${head}<select id="${inputId}" name="${name}"${required}>${options}</select>`;
  }
  if (field.type === 'integer' || field.type === 'number') {
    // A text input: a number input would drop "250 000" and read "250000,50" as it pleases.
    const h = hint(inputId, t(field.name === 'terminationNoticeMonths' ? 'move.monthsHint' : 'move.wholeNumberHint'), ui);
    return `${head}${h.html}<input id="${inputId}" name="${name}" type="text" inputmode="numeric" autocomplete="off"${h.ref}${required} value="${text}">`;
  }
  if (field.type === 'boolean')
    return `<p class="check"><input id="${inputId}" name="${name}" type="checkbox"${value === 'on' ? ' checked' : ''}><label for="${inputId}">${escape(labelText)}</label></p>`;
  if (field.type === 'array') {
    const h = hint(inputId, t('oneALine'), ui);
    return `${head}${h.html}<textarea id="${inputId}" name="${name}"${h.ref}${required}>${text}</textarea>`;
  }
  if (field.format === 'date') return `${head}<input id="${inputId}" name="${name}" type="date"${required} value="${text}">`;
  if (prose || PROSE.has(field.name) || (field.maxLength ?? 0) > 300)
    return `${head}<textarea id="${inputId}" name="${name}" rows="3"${required}${lengths(field)}>${text}</textarea>`;
  return `${head}<input id="${inputId}" name="${name}" type="text"${required}${lengths(field)} value="${text}">`;
}

/**
 * A nested object inside a group of its own: the draft's principles (a text for each, several lines long), or
 * another kind's object (a period, the steering group's rules), each of its fields as its rules say.
 */
function objectHtml(field, id, values, ui, custom = {}) {
  const names = ENUM_LABELS[field.name] ?? {};
  const isPrinciples = field.name === 'principles';
  const inputs = field.fields
    .map((sub) =>
      inputHtml(
        sub,
        `${field.name}.${sub.name}`,
        id(`${field.name}-${sub.name}`),
        isPrinciples ? `${ui.t('principle')}: ${ui.label(names, sub.name)}` : labelOf(sub, ui, custom),
        values[`${field.name}.${sub.name}`],
        ui,
        { prose: isPrinciples, enums: enumsOf(custom) },
      ),
    )
    .join('');
  return `<fieldset><legend>${ui.escape(labelOf(field, ui, custom))}</legend>${inputs}</fieldset>`;
}

function choicesHtml(field, id, ui, custom = {}) {
  const names = enumsOf(custom)[field.name] ?? {};
  const boxes = field.items.enum
    .map(
      (v, i) => `<p class="check"><input id="${id(`${field.name}-${i}`)}" name="${field.name}" type="checkbox" value="${ui.escape(v)}">
    <label for="${id(`${field.name}-${i}`)}">${ui.escape(ui.label(names, v))}</label></p>`,
    )
    .join('');
  return `<fieldset><legend>${ui.escape(labelOf(field, ui, custom))}</legend>${boxes}</fieldset>`;
}

/**
 * Who attended: a box per party the meeting may name, none ticked, and the names of those who came for it, one a
 * line (a name may hold a comma). Any party may attend alone, the public party too: the rules refuse only an
 * attending party that is none of the partnership's, or one ticked without a name.
 */
function attendanceHtml(move, p, id, ui) {
  const { t, escape } = ui;
  const rows = (move.parties ?? []).map((party, i) => {
    const name = partyName(p, party);
    const namesId = id(`names-${i}`);
    const h = hint(namesId, t('move.oneNameALine'), ui);
    return `<p class="check"><input id="${id(`attended-${i}`)}" name="attended" type="checkbox" value="${escape(party)}">
      <label for="${id(`attended-${i}`)}">${escape(name)}</label></p>
      <label for="${namesId}">${t('namesFor')} ${escape(name)}</label>${h.html}
      <textarea id="${namesId}" name="names:${escape(party)}" rows="2"${h.ref}></textarea>`;
  });
  return `<fieldset><legend>${t('attendance')}</legend><p class="hint">${escape(t('move.anyPartyMayAttend'))}</p>${rows.join('')}</fieldset>`;
}

/**
 * What each party brings, in the order of the entry's parties (the body's order, so `contributions.1` is the
 * second): its amount in kronor, its egen insats (required of an organisation), and the amount per year if split.
 */
function contributionsHtml(move, p, id, values, ui) {
  const { t, escape } = ui;
  const parts = (move.parties ?? []).map((party, i) => {
    const name = partyName(p, party);
    const path = `contributions.${i}`;
    const amountLabel = party === 'PUBLIC' ? t('grantSek') : `${t('move.amountFrom')} ${name} (kr)`;
    const amount = inputHtml(
      { name: 'amountSek', type: 'integer', required: false },
      `${path}.amountSek`,
      id(`amount-${i}`),
      amountLabel,
      values[`${path}.amountSek`],
      ui,
    );
    const yearsId = id(`years-${i}`);
    const yearsHint = hint(yearsId, t('move.yearsHint'), ui);
    const years = `<label for="${yearsId}">${escape(`${t('move.amountPerYear')} – ${name}`)}</label>${yearsHint.html}
      <textarea id="${yearsId}" name="${path}.years" rows="2"${yearsHint.ref}>${escape(values[`${path}.years`] ?? '')}</textarea>`;
    const own =
      party === 'PUBLIC'
        ? ''
        : inputHtml(
            { name: 'ownContribution', type: 'string', required: true, maxLength: 4000 },
            `${path}.ownContribution`,
            id(`own-${i}`),
            `${t('ownContribution')} – ${name}`,
            values[`${path}.ownContribution`],
            ui,
            { prose: true },
          );
    return `<fieldset><legend>${escape(`${t('move.contributionOf')} ${name}`)}</legend>${amount}${own}${years}</fieldset>`;
  });
  return `<fieldset><legend>${t('move.contributions')}</legend>${parts.join('')}</fieldset>`;
}
