// The fields of two partnership moves that the form draws and reads itself: an organisation's documents (one row
// per kind: name and date) and the levels per phase (a level, or none, and its reason for each phase still to come).
// Each input is named by the API's path through its kind or phase (`attachments.STATUTES.date`,
// `levels.DRAFTING.reason`), and a refusal naming `attachments.0.date` or `levels.1.reason` finds it through the
// body that was sent (inputFinder below).
import { documentSha256Html, documentSha256Of } from '../case/agreement-document.js';
import { ATTACHMENT_KINDS, LEGAL_FORMS, LEVELS, PHASES } from '../labels.js';
import { inputFinder as defaultFinder, plain, problem } from './body.js';
import { inputHtml, startingValues as defaultStartingValues } from './fields.js';

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');

/** The phases a level can still be chosen for: the current one and those after it (never the end). */
const comingPhases = (p) => {
  const order = Object.keys(PHASES).filter((phase) => phase !== 'ENDED');
  return order.slice(Math.max(0, order.indexOf(p.phase)));
};

function attachmentsHtml(_field, _move, _p, id, values, ui) {
  const { escape, label, t } = ui;
  const rows = Object.keys(ATTACHMENT_KINDS).map((kind) => {
    const name = label(ATTACHMENT_KINDS, kind).toLowerCase();
    const nameInput = inputHtml(
      { name: 'name', type: 'string', maxLength: 300 },
      `attachments.${kind}.name`,
      id(`attachment-${kind}-name`),
      fill(t('pl.attachmentName'), { kind: name }),
      values[`attachments.${kind}.name`],
      ui,
    );
    const dateInput = inputHtml(
      { name: 'date', format: 'date' },
      `attachments.${kind}.date`,
      id(`attachment-${kind}-date`),
      fill(t('pl.attachmentDate'), { kind: name }),
      values[`attachments.${kind}.date`],
      ui,
    );
    return `<fieldset><legend>${escape(label(ATTACHMENT_KINDS, kind))}</legend>${nameInput}${dateInput}</fieldset>`;
  });
  return `<fieldset><legend>${escape(t('pl.attachments'))}</legend><p class="hint">${escape(t('pl.attachmentsHint'))}</p>${rows.join('')}</fieldset>`;
}

/** The documents filled in, in the kinds' order; a row with a name but no date (or the reverse) is marked. */
function attachmentsOf(_field, _move, data, errors) {
  const attachments = [];
  for (const kind of Object.keys(ATTACHMENT_KINDS)) {
    const name = String(data.get(`attachments.${kind}.name`) ?? '').trim();
    const date = String(data.get(`attachments.${kind}.date`) ?? '').trim();
    if (!name && !date) continue;
    if (!name) errors.push(problem(`attachments.${kind}.name`, 'required'));
    if (!date) errors.push(problem(`attachments.${kind}.date`, 'required'));
    attachments.push({ name, date, kind });
  }
  return attachments;
}

function levelsHtml(_field, _move, p, id, _values, ui) {
  const { escape, label, t } = ui;
  const options = [
    `<option value="">${escape(t('pl.noChoice'))}</option>`,
    `<option value="NONE">${escape(t('pl.levelNone'))}</option>`,
    ...Object.keys(LEVELS).map((level) => `<option value="${level}">${escape(label(LEVELS, level))}</option>`),
  ];
  const rows = comingPhases(p).map((phase) => {
    const phaseName = label(PHASES, phase);
    const chosen = p.phaseLevels?.[phase];
    const selected = chosen ? (chosen.level ?? 'NONE') : '';
    const select = options.map((o) => o.replace(`value="${selected}"`, `value="${selected}" selected`)).join('');
    const levelId = id(`level-${phase}`);
    const reasonId = id(`reason-${phase}`);
    return `<fieldset><legend>${escape(phaseName)}</legend>
      <label for="${levelId}">${escape(fill(t('pl.levelFor'), { phase: phaseName }))}</label><select id="${levelId}" name="levels.${phase}.level">${select}</select>
      <label for="${reasonId}">${escape(fill(t('pl.reasonFor'), { phase: phaseName }))}</label><textarea id="${reasonId}" name="levels.${phase}.reason" rows="2" maxlength="2000">${escape(chosen?.reason ?? '')}</textarea></fieldset>`;
  });
  return `<p class="hint">${escape(t('pl.phaseLevelsHint'))}</p>${rows.join('')}`;
}

/** Every phase given a level (or none) with its reason; a reason is required of each. */
function levelsOf(_field, _move, data, errors, _answer, form) {
  const levels = [];
  for (const select of form.querySelectorAll('select[name^="levels."]')) {
    const phase = select.name.split('.')[1];
    if (!select.value) continue;
    const reason = plain({ name: 'reason', required: true }, `levels.${phase}.reason`, data, errors);
    levels.push({ phase, level: select.value === 'NONE' ? null : select.value, reason: reason ?? '' });
  }
  return levels;
}

/** The profile's form starts with what the organisation's profile says now. */
function startingValues(move, p) {
  if (move.type !== 'RECORD_ORGANISATION_PROFILE') return defaultStartingValues(move, p);
  const profile = p.organisations.find((o) => o.organisationNumber === move.ref)?.profile;
  if (!profile) return {};
  const values = {
    legalForm: profile.legalForm,
    legalFormDescription: profile.legalFormDescription ?? '',
    registeredAsIdeburen: profile.registeredAsIdeburen ? 'on' : '',
    registeredSince: profile.registeredSince ?? '',
    'contact.name': profile.contact?.name ?? '',
    'contact.email': profile.contact?.email ?? '',
    'contact.phone': profile.contact?.phone ?? '',
  };
  for (const a of profile.attachments) {
    values[`attachments.${a.kind}.name`] = a.name;
    values[`attachments.${a.kind}.date`] = a.date;
  }
  return values;
}

/** A refusal's field by index found through the body's entry at that index: its kind or phase names the input. */
function inputFinder(form, body) {
  const fallback = defaultFinder(form, body);
  return (field) => {
    const entry = /^(attachments|levels)\.(\d+)\.(\w+)/.exec(field);
    if (entry) {
      const item = body?.[entry[1]]?.[Number(entry[2])];
      const key = entry[1] === 'attachments' ? item?.kind : item?.phase;
      const input = key && form.querySelector(`[name="${CSS.escape(`${entry[1]}.${key}.${entry[3] === 'phase' ? 'level' : entry[3]}`)}"]`);
      if (input) return input;
    }
    return fallback(field);
  };
}

/** The partnership kind's own fields and words (moves.js passes them to fields.js and body.js). */
export const PARTNERSHIP_FIELDS = {
  labels: {
    legalForm: 'pl.legalForm',
    legalFormDescription: 'pl.legalFormDescription',
    registeredAsIdeburen: 'pl.registeredAsIdeburen',
    registeredSince: 'pl.registeredSince',
    contact: 'pl.contact',
    name: 'pl.contactName',
    email: 'pl.email',
    phone: 'pl.phone',
  },
  enums: { legalForm: LEGAL_FORMS },
  // The SIGN form's document (rules version 5) is drawn by the agreement's own module.
  draw: { attachments: attachmentsHtml, levels: levelsHtml, documentSha256: documentSha256Html },
  read: { attachments: attachmentsOf, levels: levelsOf, documentSha256: documentSha256Of },
  startingValues,
  inputFinder,
};
