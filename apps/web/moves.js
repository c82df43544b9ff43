// The moves on a partnership's page: exactly those GET /partnerships/:id/available-moves lists, each as a form
// built from its entry (the route to send it to, the body's fields and their rules). Which moves are allowed is
// the domain's to decide, through that answer; nothing here re-derives it.
import { DECISION_OUTCOMES, DEVELOPMENT_AREAS, PRINCIPLES } from './labels.js';

/** Each move's legend and button (keys of TEXT), and what it shows above its fields. */
const FORMS = {
  RESPOND_TO_INVITATION: { legend: 'invitation', submit: 'acceptInvitation' },
  WITHDRAW_ORGANISATION: { legend: 'withdraw', submit: 'withdraw' },
  PROPOSE_PROBLEM_DEFINITION: { legend: 'proposeProblemDefinition', submit: 'propose' },
  AGREE_TO_PROBLEM_DEFINITION: { legend: 'problemDefinition', submit: 'agree', intro: (p, ui) => ui.escape(p.problemDefinition?.challenge) },
  RECORD_MEETING: { legend: 'meeting', followUpLegend: 'followUpMeeting', submit: 'save' },
  SUBMIT_INPUT: { legend: 'writtenInput', submit: 'send' },
  SET_SHARED_GOAL: { legend: 'sharedGoal', submit: 'save' },
  CLOSE_DIALOGUE: { legend: 'closeDialogue', submit: 'closeDialogue' },
  SUBMIT_DRAFT: { legend: 'newDraft', submit: 'submitDraft' },
  REVIEW_DRAFT: { legend: 'reviewVersion', submit: 'approve' },
  RECORD_POLITICAL_DECISION: { legend: 'decision', submit: 'save' },
  SIGN: { legend: 'sign', submit: 'sign', intro: (_p, ui) => `${ui.t('signAs')} ${ui.escape(ui.who.name)}` },
  SUBMIT_FOLLOW_UP_REPORT: { legend: 'followUpReport', followUpLegend: 'followUpReport', submit: 'send' },
  PROPOSE_AMENDMENT: { legend: 'amendment', submit: 'proposeAmendment' },
  START_RENEWAL: { legend: 'renewal', submit: 'startRenewal' },
  TERMINATE: { legend: 'termination', submit: 'terminate' },
};

/** A field's label (a key of TEXT) by its name in the body; a name missing here is shown as it is. */
const FIELD_LABELS = {
  date: 'date',
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
};

/** Values of an enum field, in words. */
const ENUM_LABELS = { outcome: DECISION_OUTCOMES, developmentAreas: DEVELOPMENT_AREAS, principles: PRINCIPLES };

/** A starting value where one is usual; the person may change it. */
const DEFAULTS = { terminationNoticeMonths: 6 };

/** Fields the form answers without an input of their own: the task from the entry, the answer from the button. */
const BY_BUTTON = new Set(['taskId', 'accept', 'decision']);

/** One form per move, the two answers of a review in one form. */
function groupsOf(moves) {
  const groups = [];
  for (const move of moves) {
    const same = groups.find((g) => g[0].type === move.type && g[0].ref === move.ref && move.type === 'REVIEW_DRAFT');
    if (same) same.push(move);
    else groups.push([move]);
  }
  return groups;
}

/** The section of the partnership page with the caller's moves. */
export function movesSection(p, moves, ui) {
  return groupsOf(moves)
    .map((group, index) => moveForm(p, group, index, ui))
    .join('');
}

function moveForm(p, group, index, ui) {
  const { t, escape, date } = ui;
  const move = group[0];
  const spec = FORMS[move.type];
  const legend =
    move.ref && spec.followUpLegend
      ? `${t(spec.followUpLegend)} ${date(move.ref)}`
      : move.type === 'REVIEW_DRAFT'
        ? `${t(spec.legend)} ${move.ref}`
        : t(spec.legend);
  const id = (name) => `m${index}-${name}`;
  const intro = move.type === 'REVIEW_DRAFT' ? reviewIntro(p, move.ref, ui) : spec.intro?.(p, ui);
  const fields = move.fields
    .filter((f) => !BY_BUTTON.has(f.name))
    .map((f) => fieldHtml(f, move, p, id, ui))
    .join('');
  return `<form class="move" data-group="${index}"><fieldset><legend>${escape(legend)}</legend>${intro ? `<p>${intro}</p>` : ''}${fields}
    <div class="actions">${buttonsOf(group, id, ui)}</div></fieldset></form>`;
}

function reviewIntro(p, ref, ui) {
  const draft = p.drafts.find((d) => String(d.version) === ref && d.round === p.round.number);
  return draft ? `${ui.escape(draft.purpose)} — ${ui.sek(draft.contributions.reduce((sum, c) => sum + c.amountSek, 0))}` : '';
}

/** The buttons: the answers of an invitation or a review each send the same form with another value. */
function buttonsOf(group, id, ui) {
  const { t } = ui;
  const move = group[0];
  if (move.type === 'RESPOND_TO_INVITATION') {
    return `<button type="submit" name="accept" value="true">${t('acceptInvitation')}</button>
      <button type="submit" class="secondary" name="accept" value="false">${t('declineInvitation')}</button>`;
  }
  if (move.type === 'REVIEW_DRAFT') {
    return group
      .map((m) =>
        m.decision === 'APPROVED'
          ? button(m, t('approve'), ` name="decision" value="${m.decision}"`, id, ui)
          : button(m, t('requestChanges'), ` class="secondary" name="decision" value="${m.decision}"`, id, ui),
      )
      .join('');
  }
  return button(move, t(FORMS[move.type].submit), '', id, ui);
}

/** A move listed although it would be refused (`blockedBy`): its button disabled, and the reason beside it. */
function button(move, text, attributes, id, ui) {
  if (!move.blockedBy) return `<button type="submit"${attributes}>${ui.escape(text)}</button>`;
  const reason = ui.lang() === 'en' ? move.blockedBy.message.en : move.blockedBy.message.sv;
  const note = id(`blocked-${move.decision ?? 'move'}`);
  return `<button type="submit"${attributes} disabled aria-describedby="${note}">${ui.escape(text)}</button>
    <p class="note" id="${note}">${ui.t(move.type === 'REVIEW_DRAFT' ? 'cannotApproveYet' : 'cannotYet')} ${ui.escape(reason)}</p>`;
}

const partyName = (p, ui, key) => (key === 'PUBLIC' ? p.publicParty.name : (p.organisations.find((o) => o.organisationNumber === key)?.name ?? key));
const labelOf = (field, ui) => (FIELD_LABELS[field.name] ? ui.t(FIELD_LABELS[field.name]) : field.name);
const lengths = (f) => `${f.minLength ? ` minlength="${f.minLength}"` : ''}${f.maxLength ? ` maxlength="${f.maxLength}"` : ''}`;

function fieldHtml(field, move, p, id, ui) {
  if (field.name === 'attendees') return attendanceHtml(move, p, id, ui);
  if (field.name === 'contributions') return contributionsHtml(move, p, id, ui);
  if (field.fields) return objectHtml(field, id, ui);
  if (field.type === 'array' && field.items?.enum) return choicesHtml(field, id, ui);
  return inputHtml(field, id(field.name), labelOf(field, ui), ui);
}

/** One input for a plain value, its attributes from the field's rules. */
function inputHtml(field, inputId, labelText, ui) {
  const { escape, label } = ui;
  const required = field.required ? ' required' : '';
  const head = `<label for="${inputId}">${escape(labelText)}</label>`;
  if (field.enum) {
    const options = field.enum.map((v) => `<option value="${escape(v)}">${escape(label(ENUM_LABELS[field.name] ?? {}, v))}</option>`).join('');
    return `${head}<select id="${inputId}" name="${field.name}"${required}>${options}</select>`;
  }
  if (field.type === 'integer' || field.type === 'number') {
    const bounds = `${field.minimum !== undefined ? ` min="${field.minimum}"` : ''}${field.maximum !== undefined ? ` max="${field.maximum}"` : ''}`;
    const value = DEFAULTS[field.name] !== undefined ? ` value="${DEFAULTS[field.name]}"` : '';
    return `${head}<input id="${inputId}" name="${field.name}" type="number" step="1"${bounds}${value}${required}>`;
  }
  if (field.type === 'boolean')
    return `<p class="check"><input id="${inputId}" name="${field.name}" type="checkbox"><label for="${inputId}">${escape(labelText)}</label></p>`;
  if (field.type === 'array') {
    // A list of texts: one a line.
    return `<label for="${inputId}">${escape(labelText)} <span class="muted">${ui.t('oneALine')}</span></label><textarea id="${inputId}" name="${field.name}"${required}></textarea>`;
  }
  if (field.format === 'date') return `${head}<input id="${inputId}" name="${field.name}" type="date"${required}>`;
  if ((field.maxLength ?? 0) > 300) return `${head}<textarea id="${inputId}" name="${field.name}"${required}${lengths(field)}></textarea>`;
  return `${head}<input id="${inputId}" name="${field.name}" type="text"${required}${lengths(field)}>`;
}

/** A nested object (the draft's principles): one input per field, inside a group of its own. */
function objectHtml(field, id, ui) {
  const names = ENUM_LABELS[field.name] ?? {};
  const inputs = field.fields
    .map((sub) => inputHtml(sub, id(`${field.name}-${sub.name}`), `${ui.t('principle')}: ${ui.label(names, sub.name)}`, ui))
    .join('')
    // Each input's name is the nested one, so that reading the form back finds it under its object.
    .replace(/name="([^"]+)"/g, `name="${field.name}.$1"`);
  return `<fieldset><legend>${ui.escape(labelOf(field, ui))}</legend>${inputs}</fieldset>`;
}

function choicesHtml(field, id, ui) {
  const names = ENUM_LABELS[field.name] ?? {};
  const boxes = field.items.enum
    .map(
      (v, i) => `<p class="check"><input id="${id(`${field.name}-${i}`)}" name="${field.name}" type="checkbox" value="${ui.escape(v)}">
    <label for="${id(`${field.name}-${i}`)}">${ui.escape(ui.label(names, v))}</label></p>`,
    )
    .join('');
  return `<fieldset><legend>${ui.escape(labelOf(field, ui))}</legend>${boxes}</fieldset>`;
}

/** Who attended: a box per party the meeting may name, none ticked, and the names of those who came for it. */
function attendanceHtml(move, p, id, ui) {
  const { t, escape } = ui;
  const rows = (move.parties ?? []).map((party, i) => {
    const name = partyName(p, ui, party);
    return `<p class="check"><input id="${id(`attended-${i}`)}" name="attended" type="checkbox" value="${escape(party)}">
      <label for="${id(`attended-${i}`)}">${escape(name)}</label></p>
      <label for="${id(`names-${i}`)}">${t('namesFor')} ${escape(name)} <span class="muted">${t('commaBetweenNames')}</span></label>
      <input id="${id(`names-${i}`)}" name="names:${escape(party)}" type="text" maxlength="2000">`;
  });
  return `<fieldset><legend>${t('attendance')}</legend>${rows.join('')}</fieldset>`;
}

/** What each party brings: the public party's grant, and each organisation's own contribution. */
function contributionsHtml(move, p, id, ui) {
  const { t, escape } = ui;
  return (move.parties ?? [])
    .map((party, i) =>
      party === 'PUBLIC'
        ? `<label for="${id(`grant-${i}`)}">${t('grantSek')}</label><input id="${id(`grant-${i}`)}" name="grant:PUBLIC" type="number" min="0" step="1" required>`
        : `<label for="${id(`own-${i}`)}">${t('ownContribution')} – ${escape(partyName(p, ui, party))}</label><input id="${id(`own-${i}`)}" name="own:${escape(party)}" type="text" maxlength="4000" required>`,
    )
    .join('');
}

/** The body the entry describes, read from its form: only the fields the entry lists, each as its type says. */
export function bodyOf(move, form, submitter) {
  const data = new FormData(form);
  const body = {};
  for (const field of move.fields) {
    const value = valueOf(field, move, data, submitter);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

function valueOf(field, move, data, submitter) {
  switch (field.name) {
    case 'taskId':
      return move.taskId;
    case 'accept':
      return submitter?.value !== 'false';
    case 'decision':
      return submitter?.value;
    case 'attendees':
      return data.getAll('attended').map((party) => ({
        party,
        names: String(data.get(`names:${party}`) ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      }));
    case 'contributions':
      return (move.parties ?? []).map((party) =>
        party === 'PUBLIC'
          ? { party, amountSek: Number(data.get('grant:PUBLIC')) }
          : { party, amountSek: 0, ownContribution: String(data.get(`own:${party}`) ?? '') },
      );
  }
  if (field.fields) {
    const nested = {};
    for (const sub of field.fields) {
      const v = plain(sub, data.get(`${field.name}.${sub.name}`));
      if (v !== undefined) nested[sub.name] = v;
    }
    return nested;
  }
  if (field.type === 'array' && field.items?.enum) return data.getAll(field.name);
  if (field.type === 'array') {
    const lines = String(data.get(field.name) ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.length || field.required ? lines : undefined;
  }
  return plain(field, data.get(field.name));
}

/** A plain value as its type says; an optional field left empty is left out, as the API wants it. */
function plain(field, raw) {
  if (field.type === 'boolean') return raw === 'on';
  const text = raw === null ? '' : String(raw);
  if (text === '' && !field.required) return undefined;
  return field.type === 'integer' || field.type === 'number' ? Number(text) : text;
}

/** Sends a move when its form is submitted; `done` redraws the page once the API has accepted it. */
export function wireMoves(root, moves, ui, done) {
  const groups = groupsOf(moves);
  root.querySelectorAll('form.move').forEach((form) =>
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const group = groups[Number(form.dataset.group)];
      const move = group.find((m) => m.decision === undefined || m.decision === event.submitter?.value) ?? group[0];
      // The last move's confirmation must not stand for this one, and a second click must not send it twice.
      ui.clearStatus();
      if (event.submitter) event.submitter.disabled = true;
      try {
        // A route without a body (closing the dialogue) is sent none.
        await ui.api(move.route.method, move.route.path, move.fields.length ? bodyOf(move, form, event.submitter) : undefined);
        await done();
      } catch (error) {
        if (event.submitter) event.submitter.disabled = false;
        ui.notify(error.message, 'error');
      }
    }),
  );
}
