// The fields of the state aid moves that the form draws and reads itself: the officer's aid per organisation (an
// amount for each organisation still taking part, empty for none) and the organisation's other de minimis aid (a
// few rows of granting body, date, amount and currency). Inputs are named by the API's paths (`aid.0.amountSek`,
// `aids.1.grantedOn`), the rows in the order they are sent, so that a refusal finds its input.
import { AID_CURRENCIES, STATE_AID_CONCLUSIONS } from '../labels.js';
import { problem } from './body.js';
import { inputHtml, partyName } from './fields.js';
import { parseWholeNumber } from './numbers.js';

const DE_MINIMIS = new Set(['DE_MINIMIS', 'SGEI_DE_MINIMIS']);
/** Rows for other aid: more than an organisation usually has; a fourth is declared after the first three. */
const DECLARED_ROWS = 3;

const fillIn = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
const activeOrganisations = (p) => p.organisations.filter((o) => o.status === 'INVITED' || o.status === 'ACCEPTED');

function aidHtml(_field, _move, p, id, _values, ui) {
  const { escape, t } = ui;
  const current = p.stateAid?.[p.stateAid.length - 1];
  const inputs = activeOrganisations(p).map((o, i) => {
    const earlier = current?.aid?.find((a) => a.organisationNumber === o.organisationNumber)?.amountSek;
    return `<input type="hidden" name="aid.${i}.organisationNumber" value="${escape(o.organisationNumber)}">${inputHtml(
      { name: 'amountSek', type: 'integer' },
      `aid.${i}.amountSek`,
      id(`aid-${i}`),
      fillIn(t('sa.aidFor'), { name: partyName(p, o.organisationNumber) }),
      earlier === undefined ? '' : String(earlier),
      ui,
    )}`;
  });
  return `<fieldset><legend>${escape(t('sa.aid'))}</legend><p class="hint">${escape(t('sa.aidHint'))}</p>${inputs.join('')}</fieldset>`;
}

/** The amounts filled in, for a de minimis conclusion only: another conclusion names no aid. */
function aidOf(_field, _move, data, errors) {
  if (!DE_MINIMIS.has(String(data.get('conclusion')))) return undefined;
  const aid = [];
  for (let i = 0; data.has(`aid.${i}.organisationNumber`); i += 1) {
    const amount = parseWholeNumber(data.get(`aid.${i}.amountSek`));
    if (!amount.ok) errors.push(problem(`aid.${i}.amountSek`, amount.problem));
    else if (amount.value !== undefined) aid.push({ organisationNumber: String(data.get(`aid.${i}.organisationNumber`)), amountSek: amount.value });
  }
  return aid;
}

function aidsHtml(_field, _move, _p, id, _values, ui) {
  const { escape, label, t } = ui;
  const rows = Array.from({ length: DECLARED_ROWS }, (_, i) => {
    const path = `aids.${i}`;
    const currencyId = id(`aids-${i}-currency`);
    const options = Object.keys(AID_CURRENCIES)
      .map((c) => `<option value="${escape(c)}">${escape(label(AID_CURRENCIES, c))}</option>`)
      .join('');
    return `<fieldset><legend>${escape(fillIn(t('sa.otherAid'), { n: String(i + 1) }))}</legend>
      ${inputHtml({ name: 'grantingBody', type: 'string', maxLength: 200 }, `${path}.grantingBody`, id(`aids-${i}-body`), t('sa.grantingBody'), '', ui)}
      ${inputHtml({ name: 'grantedOn', format: 'date' }, `${path}.grantedOn`, id(`aids-${i}-date`), t('sa.grantedOn'), '', ui)}
      ${inputHtml({ name: 'amount', type: 'integer' }, `${path}.amount`, id(`aids-${i}-amount`), t('sa.amount'), '', ui)}
      <label for="${currencyId}">${escape(t('sa.currency'))}</label><select id="${currencyId}" name="${path}.currency">${options}</select></fieldset>`;
  });
  return `<p class="hint">${escape(t('sa.declareIntro'))}</p>${rows.join('')}`;
}

/** The rows with anything typed in, each complete or marked; with "none" ticked no row is sent. */
function aidsOf(_field, _move, data, errors) {
  if (data.get('none') === 'on') return [];
  const aids = [];
  for (let i = 0; i < DECLARED_ROWS; i += 1) {
    const path = `aids.${i}`;
    const grantingBody = String(data.get(`${path}.grantingBody`) ?? '').trim();
    const grantedOn = String(data.get(`${path}.grantedOn`) ?? '').trim();
    const amountText = String(data.get(`${path}.amount`) ?? '').trim();
    if (!grantingBody && !grantedOn && !amountText) continue;
    if (!grantingBody) errors.push(problem(`${path}.grantingBody`, 'required'));
    if (!grantedOn) errors.push(problem(`${path}.grantedOn`, 'required'));
    const amount = parseWholeNumber(amountText);
    if (!amount.ok) errors.push(problem(`${path}.amount`, amount.problem));
    else if (amount.value === undefined) errors.push(problem(`${path}.amount`, 'required'));
    aids.push({ grantingBody, grantedOn, amount: amount.value, currency: String(data.get(`${path}.currency`)) });
  }
  return aids;
}

/** The state aid moves' own fields and words, merged into the partnership kind's (moves.js). */
export function withStateAidFields(fields) {
  return {
    ...fields,
    labels: {
      ...fields.labels,
      reasons: 'sa.reasons',
      entrustmentReference: 'sa.entrustmentReference',
      otherLegalBasis: 'sa.otherLegalBasis',
      none: 'sa.noneDeclared',
    },
    enums: { ...fields.enums, conclusion: STATE_AID_CONCLUSIONS },
    draw: { ...fields.draw, aid: aidHtml, aids: aidsHtml },
    read: { ...fields.read, aid: aidOf, aids: aidsOf },
  };
}
