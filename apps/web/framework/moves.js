// The framework agreement's moves, built by moves.js from GET /frameworks/:id/available-moves as a partnership's
// are: this module is the framework's kind, its legends and buttons, and the fields it draws itself (a version's
// text, each sector's attendance, the conference commitment by commitment, the action plan per development area,
// the undertakings an applicant declares). Which moves are allowed is the domain's to say, through that answer.
import { button, createMoves } from '../moves.js';
import { inputFinder, linesOf, problem } from '../moves/body.js';
import { ACTION_OUTCOMES, DEVELOPMENT_AREAS, FRAMEWORK_TASK_TYPES, JOINING_UNDERTAKINGS, PRINCIPLES, REVIEW_OUTCOMES, SECTORS } from '../labels.js';
import { frameworkPartyName, joinedMembers, latestActionPlan, latestVersion, today, versionInForce } from './common.js';
import { readTerms, termsFieldsHtml, termsInputFor, valuesOfTerms } from './terms-form.js';

/** Each move's legend and button (keys of TEXT). */
const FORMS = {
  PROPOSE_VERSION: { legend: 'fw.move.proposeVersion', submit: 'fw.move.proposeVersionSubmit' },
  RECORD_ADOPTION_DECISION: { legend: 'fw.move.adoptionDecision', submit: 'recordDecision' },
  APPLY_TO_JOIN: { legend: 'fw.move.applyToJoin', submit: 'fw.move.applyToJoin' },
  DECIDE_ON_APPLICATION: { legend: 'fw.move.applicationFrom' },
  LEAVE_FRAMEWORK: { legend: 'fw.move.leave', submit: 'fw.move.leave' },
  APPOINT_STEERING_GROUP_MEMBER: { legend: 'fw.move.appoint', submit: 'fw.move.appointSubmit' },
  END_STEERING_GROUP_MEMBERSHIP: { legend: 'fw.move.endMembership', submit: 'fw.move.endMembershipSubmit' },
  RECORD_STEERING_GROUP_MEETING: { legend: 'fw.move.meeting', submit: 'fw.move.meetingSubmit' },
  RECORD_SECTOR_ATTENDANCE: { legend: 'fw.move.sectorAttendance', submit: 'fw.move.sectorAttendanceSubmit' },
  RECORD_FOLLOW_UP_CONFERENCE: { legend: 'fw.move.conference', submit: 'fw.move.conferenceSubmit' },
  SET_ACTION_PLAN: { legend: 'fw.move.actionPlan', submit: 'fw.move.actionPlanSubmit' },
  RECORD_REVIEW_DECISION: { legend: 'fw.move.review', submit: 'recordDecision' },
  END_FRAMEWORK: { legend: 'fw.move.end', submit: 'fw.move.end' },
};

/** The fields of a version's text, drawn and read as one (framework/terms-form.js). */
const TERMS = ['period', 'principles', 'developmentAreas', 'joiningUndertakings', 'steeringGroup', 'summary'];
const TERMS_IDS = 'revision-';

function legendOf(move, f, ui) {
  const { t, date } = ui;
  const spec = FORMS[move.type];
  switch (move.type) {
    case 'PROPOSE_VERSION':
      return f.versions.length ? t(spec.legend) : t('fw.move.firstVersion');
    case 'RECORD_ADOPTION_DECISION':
      return `${t(spec.legend)} ${move.ref}`;
    case 'DECIDE_ON_APPLICATION':
      return `${t(spec.legend)} ${frameworkPartyName(f, move.ref)}`;
    case 'END_STEERING_GROUP_MEMBERSHIP':
      return `${t(spec.legend)} ${(f.steeringGroup ?? []).find((m) => String(m.id) === String(move.ref))?.name ?? move.ref}`;
    case 'RECORD_SECTOR_ATTENDANCE':
      return `${t(spec.legend)} ${date((f.meetings ?? []).find((m) => String(m.id) === String(move.ref))?.date)}`;
    default:
      return t(spec.legend);
  }
}

function introOf(move, f, ui) {
  const { t, escape, label } = ui;
  if (move.type === 'DECIDE_ON_APPLICATION') {
    const m = f.members.find((x) => x.organisationNumber === move.ref);
    return m
      ? `${escape(m.name)} (${escape(m.organisationNumber)}), ${t('fw.signedBy')} ${escape(m.signatoryName)}. ${t('fw.declared')}: ${m.declaration.map((d) => escape(label(JOINING_UNDERTAKINGS, d))).join('; ')}.`
      : '';
  }
  if (move.type === 'APPLY_TO_JOIN') return escape(t('fw.move.applyIntro'));
  if (move.type === 'PROPOSE_VERSION' && latestVersion(f)) return escape(`${t('fw.move.copiedFrom')} ${latestVersion(f).version}.`);
  if (move.taskId) {
    const task = f.tasks.find((x) => x.id === move.taskId);
    if (task) return escape(`${t('fw.answersTask')}: ${label(FRAMEWORK_TASK_TYPES, task.type)}`);
  }
  return '';
}

function buttonsOf(group, id, ui) {
  const { t } = ui;
  const move = group[0];
  if (move.type === 'DECIDE_ON_APPLICATION')
    return `${button(move, t('fw.move.confirmApplication'), ' name="confirm" value="true"', id, ui)}
      ${move.blockedBy ? '' : `<button type="submit" class="secondary" name="confirm" value="false">${t('fw.move.refuseApplication')}</button>`}`;
  return button(move, t(FORMS[move.type].submit), '', id, ui);
}

/** The values a form starts with: a revision's text from the latest version, the year, the signatory's name. */
function startingValues(move, _f, ui) {
  const year = today().slice(0, 4);
  if (move.type === 'RECORD_FOLLOW_UP_CONFERENCE' || move.type === 'SET_ACTION_PLAN') return { year };
  if (move.type === 'APPLY_TO_JOIN') return { signatoryName: ui.who?.name ?? '' };
  return {};
}

// ---- The fields the framework draws itself -------------------------------------------------------------------

const hinted = (ui, inputId, key) => ({
  html: `<p class="hint" id="${inputId}-hint">${ui.escape(ui.t(key))}</p>`,
  ref: ` aria-describedby="${inputId}-hint"`,
});

function termsHtml(_field, _move, f) {
  return termsFieldsHtml('', valuesOfTerms(latestVersion(f)), TERMS_IDS);
}

/** Each sector's names, one a line: a sector with no names did not attend. */
function attendanceHtml(_field, _move, _f, id, _values, ui) {
  const { t, escape, label } = ui;
  const rows = Object.keys(SECTORS).map((sector) => {
    const inputId = id(`attendance-${sector}`);
    const h = hinted(ui, inputId, 'move.oneNameALine');
    return `<label for="${inputId}">${escape(`${t('fw.attendedFor')} ${label(SECTORS, sector).toLowerCase()}`)}</label>${h.html}
      <textarea id="${inputId}" name="attendance:${sector}" rows="2"${h.ref}></textarea>`;
  });
  return `<fieldset><legend>${t('attendance')}</legend>${rows.join('')}</fieldset>`;
}
const readAttendance = (_field, _move, data) =>
  Object.keys(SECTORS).flatMap((sector) => {
    const names = linesOf(data.get(`attendance:${sector}`));
    return names.length ? [{ sector, names }] : [];
  });

/** The undertakings the version in force requires, each to be ticked. */
function declarationHtml(field, _move, f, id, _values, ui) {
  const required = versionInForce(f)?.joiningUndertakings ?? field.items?.enum ?? Object.keys(JOINING_UNDERTAKINGS);
  const boxes = required
    .map(
      (code, i) => `<p class="check"><input id="${id(`declaration-${i}`)}" name="declaration" type="checkbox" value="${ui.escape(code)}">
      <label for="${id(`declaration-${i}`)}">${ui.escape(ui.label(JOINING_UNDERTAKINGS, code))}</label></p>`,
    )
    .join('');
  return `<fieldset id="${id('declaration')}"><legend>${ui.t('fw.declaration')}</legend>${boxes}</fieldset>`;
}

/** What was done, commitment by commitment of the version in force; a commitment left empty is not reported. */
function commitmentOutcomesHtml(_field, _move, f, id, _values, ui) {
  const { escape, label, t } = ui;
  const version = versionInForce(f) ?? latestVersion(f);
  const groups = (version?.principles ?? [])
    .filter((p) => p.commitments.length)
    .map((p) => {
      const inputs = p.commitments.map((c) => {
        const inputId = id(`outcome-${c.id}`);
        return `<label for="${inputId}">${escape(c.text)}</label><textarea id="${inputId}" name="commitmentOutcomes:${escape(c.id)}" rows="2"></textarea>`;
      });
      return `<fieldset><legend>${escape(label(PRINCIPLES, p.principle))}</legend>${inputs.join('')}</fieldset>`;
    });
  return `<fieldset><legend>${t('fw.whatWasDonePerCommitment')}</legend>${groups.join('') || `<p>${t('fw.none')}</p>`}</fieldset>`;
}
function readCommitmentOutcomes(_field, _move, data) {
  return [...data.entries()]
    .filter(([name, value]) => name.startsWith('commitmentOutcomes:') && String(value).trim())
    .map(([name, value]) => ({ commitmentId: name.slice('commitmentOutcomes:'.length), whatWasDone: String(value).trim() }));
}

/** How each action of the latest plan went. */
function actionFollowUpsHtml(_field, _move, f, id, _values, ui) {
  const { escape, label, t } = ui;
  const plan = latestActionPlan(f);
  if (!plan) return '';
  const rows = plan.actions.map((a) => {
    const outcomeId = id(`followup-${a.id}`);
    const options = [
      `<option value="">${t('fw.notFollowedUp')}</option>`,
      ...Object.keys(ACTION_OUTCOMES).map((o) => `<option value="${o}">${escape(label(ACTION_OUTCOMES, o))}</option>`),
    ].join('');
    return `<label for="${outcomeId}">${escape(`${a.description} (${label(DEVELOPMENT_AREAS, a.developmentArea)})`)}</label>
      <select id="${outcomeId}" name="actionFollowUps:${escape(a.id)}">${options}</select>
      <label for="${outcomeId}-comment">${escape(`${t('comment')} – ${a.description}`)}</label><input id="${outcomeId}-comment" name="actionFollowUps:${escape(a.id)}:comment">`;
  });
  return `<fieldset><legend>${escape(`${t('fw.actionFollowUps')} (${t('fw.actionPlan')} ${plan.year})`)}</legend>${rows.join('')}</fieldset>`;
}
function readActionFollowUps(_field, _move, data) {
  return [...data.entries()]
    .filter(([name, value]) => /^actionFollowUps:[^:]+$/.test(name) && value)
    .map(([name, value]) => {
      const actionId = name.slice('actionFollowUps:'.length);
      const comment = String(data.get(`${name}:comment`) ?? '').trim();
      return { actionId, outcome: String(value), ...(comment ? { comment } : {}) };
    });
}

/** Who took part in the conference: the public party and the organisations that have joined. */
function attendedByHtml(_field, _move, f, id, _values, ui) {
  const parties = ['PUBLIC', ...joinedMembers(f).map((m) => m.organisationNumber)];
  const boxes = parties
    .map(
      (key, i) => `<p class="check"><input id="${id(`attended-${i}`)}" name="attendedBy" type="checkbox" value="${ui.escape(key)}">
      <label for="${id(`attended-${i}`)}">${ui.escape(frameworkPartyName(f, key))}</label></p>`,
    )
    .join('');
  return `<fieldset id="${id('attendedBy')}"><legend>${ui.t('fw.attendedBy')}</legend>${boxes}</fieldset>`;
}

/** One action per development area of the version in force: what, who is responsible, by when. */
function actionsHtml(_field, _move, f, id, _values, ui) {
  const { escape, label, t } = ui;
  const areas = versionInForce(f)?.developmentAreas?.length ? versionInForce(f).developmentAreas : Object.keys(DEVELOPMENT_AREAS);
  const groups = areas.map((area) => {
    const input = (part, key, type = 'text') =>
      `<label for="${id(`action-${area}-${part}`)}">${t(key)}</label><input id="${id(`action-${area}-${part}`)}" name="actions:${area}.${part}" type="${type}">`;
    return `<fieldset><legend>${escape(label(DEVELOPMENT_AREAS, area))}</legend>${input('description', 'fw.action')}${input('responsible', 'fw.responsible')}${input('dueDate', 'due', 'date')}</fieldset>`;
  });
  return `<fieldset><legend>${t('fw.actionsPerArea')}</legend><p class="hint">${escape(t('fw.actionsHint'))}</p>${groups.join('')}</fieldset>`;
}
function readActions(_field, _move, data, errors) {
  const areas = [...new Set([...data.keys()].filter((k) => k.startsWith('actions:')).map((k) => k.slice('actions:'.length).split('.')[0]))];
  return areas.flatMap((area) => {
    const get = (part) => String(data.get(`actions:${area}.${part}`) ?? '').trim();
    if (!get('description')) return [];
    if (!get('responsible')) errors.push(problem(`actions:${area}.responsible`, 'required'));
    if (!get('dueDate')) errors.push(problem(`actions:${area}.dueDate`, 'required'));
    return [{ developmentArea: area, description: get('description'), responsible: get('responsible'), dueDate: get('dueDate') }];
  });
}

const readTermsField = (field, _move, _data, errors, _answer, form) => {
  // Read whole once per field; the errors of the text are counted once, with its first field.
  const terms = readTerms(form, '', field.name === 'period' ? errors : []);
  return terms[field.name];
};

const FIELDS = {
  labels: {
    organisationName: 'fw.organisationName',
    signatoryName: 'fw.signatoryName',
    declaration: 'fw.declaration',
    sector: 'fw.sector',
    name: 'fw.memberName',
    organisationNumber: 'orgNumber',
    termStart: 'fw.termStart',
    termEnd: 'fw.termEnd',
    endedOn: 'fw.endedOn',
    names: 'fw.yourSideAttended',
    year: 'fw.year',
    notes: 'fw.notes',
    reviewOutcome: 'fw.reviewOutcome',
    statement: 'fw.statement',
  },
  enums: { sector: SECTORS, reviewOutcome: REVIEW_OUTCOMES, declaration: JOINING_UNDERTAKINGS },
  byButton: ['confirm'],
  startingValues,
  draw: {
    ...Object.fromEntries(TERMS.map((name) => [name, name === 'period' ? termsHtml : () => ''])),
    attendance: attendanceHtml,
    declaration: declarationHtml,
    commitmentOutcomes: commitmentOutcomesHtml,
    actionFollowUps: actionFollowUpsHtml,
    attendedBy: attendedByHtml,
    actions: actionsHtml,
  },
  read: {
    ...Object.fromEntries(TERMS.map((name) => [name, readTermsField])),
    confirm: (_field, _move, _data, _errors, answer) => answer === 'true',
    attendance: readAttendance,
    declaration: (_field, _move, data) => data.getAll('declaration').map(String),
    commitmentOutcomes: readCommitmentOutcomes,
    actionFollowUps: readActionFollowUps,
    attendedBy: (_field, _move, data) => data.getAll('attendedBy').map(String),
    actions: readActions,
  },
};

/** The input of a refused field: the text's inputs, a sector's names, a commitment's or an action's row. */
function frameworkInputFinder(form, body) {
  const byName = (name) => form.querySelector(`[name="${CSS.escape(name)}"]`);
  const generic = inputFinder(form, body);
  return (field) => {
    const root = field.split('.')[0];
    if (TERMS.includes(root)) return termsInputFor(form, '', body, field, TERMS_IDS) ?? generic(field);
    const indexed = /^(attendance|commitmentOutcomes|actions|actionFollowUps)\.(\d+)(?:\.(\w+))?/.exec(field);
    if (indexed) {
      const entry = body?.[indexed[1]]?.[Number(indexed[2])];
      const key = {
        attendance: `attendance:${entry?.sector}`,
        commitmentOutcomes: `commitmentOutcomes:${entry?.commitmentId}`,
        actionFollowUps: `actionFollowUps:${entry?.actionId}`,
      }[indexed[1]];
      if (key) return byName(key);
      return byName(`actions:${entry?.developmentArea}.${indexed[3] ?? 'description'}`);
    }
    if (root === 'declaration' || root === 'attendedBy') return form.querySelector(`fieldset[id$="-${root}"]`);
    return generic(field);
  };
}

/** Leaving and ending bind: they are first shown as what will be sent. */
const isBinding = (move) => move.type === 'LEAVE_FRAMEWORK' || move.type === 'END_FRAMEWORK';

function summaryHtml(move, body, f, headingId, ui) {
  const { t, escape, date } = ui;
  const lead =
    move.type === 'LEAVE_FRAMEWORK'
      ? `${t('fw.move.youLeave')} ${escape(f.title)} ${t('fw.move.forOrganisation')} ${escape(frameworkPartyName(f, ui.who?.organisationNumber))}.`
      : `${t('fw.move.youEnd')} ${escape(f.title)} ${date(body.endedOn)}.`;
  const said = body.reason ?? body.statement;
  return `<section class="confirm" aria-labelledby="${headingId}">
    <h3 id="${headingId}" tabindex="-1">${t('move.reviewAndSend')}</h3>
    <p>${t('move.checkBeforeSending')}</p><p><strong>${lead}</strong></p>${said ? `<p>${escape(said)}</p>` : ''}
    <div class="actions"><button type="button" data-confirm="send">${t('move.confirmSend')}</button>
    <button type="button" class="secondary" data-confirm="back">${t('move.confirmBack')}</button></div>
  </section>`;
}

/** The receipt: saved, the framework's open tasks and the warnings the answer brought. */
function receiptHtml(f, answer, ui) {
  const { t, escape, label, date } = ui;
  const lang = ui.lang() === 'en' ? 'en' : 'sv';
  const warnings = answer?.warnings ?? [];
  const current = answer?.framework ?? f;
  const open = (current.tasks ?? []).filter((task) => task.status === 'OPEN');
  const next = open.length
    ? `<p>${t('move.receiptNext')}</p><ul>${open.map((task) => `<li>${escape(frameworkPartyName(current, task.addressedTo))}: ${escape(label(FRAMEWORK_TASK_TYPES, task.type))} (${t('due')} ${date(task.dueDate)})</li>`).join('')}</ul>`
    : '';
  const warned = warnings.length
    ? `<p>${t('move.receiptWarnings')}</p><ul>${warnings.map((w) => `<li>${escape(w.message?.[lang] ?? w.code)}</li>`).join('')}</ul>`
    : '';
  return `<div class="notice ok receipt" tabindex="-1"><p><strong>${t('saved')}</strong></p>${next}${warned}</div>`;
}

export const { movesSection: frameworkMovesSection, wireMoves: wireFrameworkMoves } = createMoves({
  legendOf,
  introOf,
  buttonsOf,
  fields: FIELDS,
  inputFinder: frameworkInputFinder,
  isBinding,
  summaryHtml,
  receiptHtml,
});
