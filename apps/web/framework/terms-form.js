// The inputs of a version's text (FrameworkTerms), for the first version of a new framework and for a revision:
// the period, the six principles each with its commitments per holder (one a line: whom it binds is the box it is
// written in), development areas, the undertakings required to join, the steering group's rules and the summary.
// Each input is named by the API's field path under `prefix` (`firstVersion.period.start`), so that a refusal
// naming a field finds its input.
import { parseWholeNumber } from '../moves/numbers.js';
import { COMMITMENT_HOLDERS, DEVELOPMENT_AREAS, JOINING_UNDERTAKINGS, PRINCIPLES } from '../labels.js';
import { escape, label, t } from '../ui.js';

const HOLDERS = Object.keys(COMMITMENT_HOLDERS);
const PRINCIPLE_KEYS = Object.keys(PRINCIPLES);
const RULES = ['seatsPerSector', 'meetingsPerYear', 'reviewIntervalYears'];

/** The form's starting values from a version's text (a revision starts from the latest version). */
export function valuesOfTerms(terms) {
  if (!terms) return { steeringGroup: { meetingsPerYear: '4', reviewIntervalYears: '5' } };
  const commitments = {};
  for (const p of terms.principles ?? [])
    for (const holder of HOLDERS)
      commitments[`${p.principle}.${holder}`] = p.commitments
        .filter((c) => c.heldBy === holder)
        .map((c) => c.text)
        .join('\n');
  return {
    start: terms.period?.start ?? '',
    end: terms.period?.end ?? '',
    commitments,
    developmentAreas: terms.developmentAreas ?? [],
    joiningUndertakings: terms.joiningUndertakings ?? [],
    steeringGroup: Object.fromEntries(RULES.map((r) => [r, String(terms.steeringGroup?.[r] ?? '')])),
    summary: terms.summary ?? '',
  };
}

const idOf = (prefix, name) => `${prefix}${name}`.replace(/[^a-zA-Z0-9-]/g, '-');

function checkboxes(prefix, ids, name, table, chosen) {
  return `<fieldset class="checkboxes" id="${idOf(ids, name)}"><legend>${t(`fw.${name}`)}</legend>${Object.keys(table)
    .map(
      (code) =>
        `<label class="checkbox"><input type="checkbox" name="${prefix}${name}" value="${code}"${chosen.includes(code) ? ' checked' : ''}> ${escape(label(table, code))}</label>`,
    )
    .join('')}</fieldset>`;
}

/** The inputs; `values` from valuesOfTerms; `ids` starts the inputs' ids (unique on the page). */
export function termsFieldsHtml(prefix, values, ids = prefix) {
  const v = { ...valuesOfTerms(), ...values };
  const input = (name, labelKey, value, attributes = '') => {
    const id = idOf(ids, name);
    return `<label for="${id}">${t(labelKey)}</label><input id="${id}" name="${prefix}${name}" value="${escape(value ?? '')}"${attributes}>`;
  };
  const principles = PRINCIPLE_KEYS.map((principle, i) => {
    const boxes = HOLDERS.map((holder) => {
      const id = idOf(ids, `principles-${i}-${holder}`);
      return `<label for="${id}">${escape(`${t('fw.commitmentsHeldBy')} ${label(COMMITMENT_HOLDERS, holder).toLowerCase()}`)}</label>
        <textarea id="${id}" name="${prefix}principles.${i}.${holder}" rows="2" aria-describedby="${idOf(ids, 'commitments-hint')}">${escape(v.commitments?.[`${principle}.${holder}`] ?? '')}</textarea>`;
    }).join('');
    return `<fieldset id="${idOf(ids, `principles-${i}`)}"><legend>${t('principle')}: ${escape(label(PRINCIPLES, principle))}</legend>${boxes}</fieldset>`;
  }).join('');
  const rules = RULES.map((rule) =>
    input(`steeringGroup.${rule}`, `fw.${rule}`, v.steeringGroup?.[rule], ' inputmode="numeric" autocomplete="off" required'),
  ).join('');
  return `<fieldset><legend>${t('fw.period')}</legend>
      ${input('period.start', 'startDate', v.start, ' type="date" required')}
      ${input('period.end', 'fw.periodEnd', v.end, ` type="date" aria-describedby="${idOf(ids, 'end-hint')}"`)}
      <p class="field-hint" id="${idOf(ids, 'end-hint')}">${t('fw.periodEndHint')}</p>
    </fieldset>
    <fieldset class="fw-principles" id="${idOf(ids, 'principles')}"><legend>${t('fw.principlesAndCommitments')}</legend>
      <p class="field-hint" id="${idOf(ids, 'commitments-hint')}">${t('fw.commitmentsHint')}</p>${principles}</fieldset>
    ${checkboxes(prefix, ids, 'developmentAreas', DEVELOPMENT_AREAS, v.developmentAreas ?? [])}
    ${checkboxes(prefix, ids, 'joiningUndertakings', JOINING_UNDERTAKINGS, v.joiningUndertakings ?? [])}
    <fieldset><legend>${t('fw.steeringGroupRules')}</legend>${rules}</fieldset>
    <label for="${idOf(ids, 'summary')}">${t('summary')}</label>
    <textarea id="${idOf(ids, 'summary')}" name="${prefix}summary" rows="4" required>${escape(v.summary ?? '')}</textarea>`;
}

const lines = (text) =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The text as the API takes it, read from `form`; `errors` gets what cannot be sent as typed (in the API's shape),
 * so that it is shown as the API's refusals are.
 */
export function readTerms(form, prefix, errors = []) {
  const data = new FormData(form);
  const get = (name) => String(data.get(`${prefix}${name}`) ?? '').trim();
  const steeringGroup = {};
  for (const rule of RULES) {
    const parsed = parseWholeNumber(get(`steeringGroup.${rule}`));
    if (!parsed.ok || parsed.value === undefined)
      errors.push({
        field: `${prefix}steeringGroup.${rule}`,
        message: 'Enter a whole number, for example 4.',
        messageSv: 'Ange ett heltal, till exempel 4.',
      });
    else steeringGroup[rule] = parsed.value;
  }
  const end = get('period.end');
  return {
    period: { start: get('period.start'), ...(end ? { end } : {}) },
    principles: PRINCIPLE_KEYS.map((principle, i) => ({
      principle,
      commitments: HOLDERS.flatMap((holder) => lines(data.get(`${prefix}principles.${i}.${holder}`)).map((text) => ({ text, heldBy: holder }))),
    })),
    developmentAreas: data.getAll(`${prefix}developmentAreas`).map(String),
    joiningUndertakings: data.getAll(`${prefix}joiningUndertakings`).map(String),
    steeringGroup,
    summary: get('summary'),
  };
}

/**
 * The input of an API field path within the text: a commitment is in the box of its principle and holder, a
 * list's entry in its group, anything else by its name or that of the nearest field above it.
 */
export function termsInputFor(form, prefix, terms, field, ids = prefix) {
  if (!field.startsWith(prefix)) return null;
  const path = field.slice(prefix.length);
  if (path === 'principles') return form.querySelector(`#${CSS.escape(idOf(ids, 'principles'))}`);
  const commitment = /^principles\.(\d+)(?:\.commitments\.(\d+))?/.exec(path);
  if (commitment) {
    const holder = commitment[2] !== undefined ? terms?.principles?.[Number(commitment[1])]?.commitments?.[Number(commitment[2])]?.heldBy : undefined;
    return (
      (holder && form.querySelector(`[name="${CSS.escape(`${prefix}principles.${commitment[1]}.${holder}`)}"]`)) ||
      form.querySelector(`#${CSS.escape(idOf(ids, `principles-${commitment[1]}`))}`)
    );
  }
  const list = /^(developmentAreas|joiningUndertakings)/.exec(path);
  if (list) return form.querySelector(`#${CSS.escape(idOf(ids, list[1]))}`);
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const input = form.querySelector(`[name="${CSS.escape(prefix + parts.slice(0, n).join('.'))}"]`);
    if (input) return input;
  }
  return null;
}
