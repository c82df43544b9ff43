// The moves on a process's page: exactly those GET /<process>/:id/available-moves lists, each as a form built
// from its entry (the route to send it to, the body's fields and their rules). Which moves are allowed is the
// domain's to decide, through that answer; nothing here re-derives it. The forms are built the same way for every
// kind of process (createMoves); what differs is the kind's: its legends and buttons, the fields it draws itself,
// which moves bind, their summary and the receipt. The partnership's kind is below; the framework agreement's is
// framework/moves.js. The parts: moves/fields.js (the inputs), moves/body.js (reading them back),
// moves/confirm.js (the summary of a binding move), moves/receipt.js.
import { legalBasisForDecision } from './case/legal-basis.js';
import { clearFieldErrors, showFieldErrors } from './form-errors.js';
import { inputFinder, readBody } from './moves/body.js';
import { isBinding, summaryHtml } from './moves/confirm.js';
import { fieldsHtml } from './moves/fields.js';
import { PARTNERSHIP_FIELDS } from './moves/party-and-levels.js';
import { withStateAidFields } from './moves/state-aid-fields.js';
import { receiptHtml } from './moves/receipt.js';
import { statusRegion } from './ui.js';

/** Each move's legend and button (keys of TEXT), and what it shows above its fields. */
const FORMS = {
  RESPOND_TO_INVITATION: { legend: 'invitation', submit: 'acceptInvitation' },
  WITHDRAW_ORGANISATION: { legend: 'withdraw', submit: 'withdraw' },
  RECORD_ORGANISATION_PROFILE: { legend: 'pl.recordProfile', submit: 'pl.saveProfile' },
  PROPOSE_PHASE_LEVELS: { legend: 'pl.proposePhaseLevels', submit: 'pl.propose' },
  PROPOSE_PROBLEM_DEFINITION: { legend: 'proposeProblemDefinition', submit: 'propose' },
  AGREE_TO_PROBLEM_DEFINITION: { legend: 'problemDefinition', submit: 'agree', intro: (p, ui) => ui.escape(p.problemDefinition?.challenge) },
  RECORD_MEETING: { legend: 'meeting', followUpLegend: 'followUpMeeting', submit: 'save' },
  SUBMIT_INPUT: { legend: 'writtenInput', submit: 'send' },
  SET_SHARED_GOAL: { legend: 'sharedGoal', submit: 'save' },
  RECORD_LEGAL_BASIS: { legend: 'lf.recordLegalBasis', submit: 'lf.save', intro: (_p, ui) => ui.escape(ui.t('lf.intro')) },
  RECORD_STATE_AID_ASSESSMENT: { legend: 'sa.record', submit: 'sa.save', intro: (_p, ui) => ui.escape(ui.t('sa.intro')) },
  DECLARE_DE_MINIMIS_AID: { legend: 'sa.declare', submit: 'sa.declareSubmit' },
  CLOSE_DIALOGUE: { legend: 'closeDialogue', submit: 'closeDialogue' },
  SUBMIT_DRAFT: { legend: 'newDraft', submit: 'submitDraft', intro: (p, ui) => draftIntro(p, ui) },
  REVIEW_DRAFT: { legend: 'reviewVersion', submit: 'approve' },
  RECORD_POLITICAL_DECISION: { legend: 'decision', submit: 'recordDecision', intro: (p) => legalBasisForDecision(p) },
  RECORD_PROTOCOL_ANNOUNCEMENT: { legend: 'protocolAnnouncement', submit: 'recordAnnouncement', intro: (p, ui) => announcementIntro(p, ui) },
  RECORD_APPEAL: { legend: 'appeal', submit: 'recordAppeal', intro: (p, ui) => announcementIntro(p, ui) },
  RECORD_APPEAL_OUTCOME: { legend: 'appealOutcome', submit: 'recordAppealOutcome', intro: (p, ui) => announcementIntro(p, ui) },
  RECORD_SIGNING_BEFORE_LEGAL_FORCE: {
    legend: 'signingBeforeLegalForce',
    submit: 'recordSigningBeforeLegalForce',
    intro: (p, ui) => `${announcementIntro(p, ui)}. ${ui.escape(ui.t('signingBeforeLegalForceIntro'))}`,
  },
  SIGN: { legend: 'sign', submit: 'sign', intro: (_p, ui) => `${ui.t('signAs')} ${ui.escape(ui.who.name)}` },
  SUBMIT_FOLLOW_UP_REPORT: { legend: 'followUpReport', followUpLegend: 'followUpReport', submit: 'send' },
  PROPOSE_AMENDMENT: { legend: 'amendment', submit: 'proposeAmendment' },
  START_RENEWAL: { legend: 'renewal', submit: 'startRenewal' },
  TERMINATE: { legend: 'termination', submit: 'terminate' },
};

/** The two answers of a review are one form: the moves of one group share a form. */
const sameForm = (a, b) => a.type === b.type && a.ref === b.ref && b.type === 'REVIEW_DRAFT';

function partnershipLegend(move, p, ui) {
  const { t, date } = ui;
  const spec = FORMS[move.type];
  if (move.ref && spec.followUpLegend) return `${t(spec.followUpLegend)} ${date(move.ref)}`;
  return move.type === 'REVIEW_DRAFT' ? `${t(spec.legend)} ${move.ref}` : t(spec.legend);
}

const partnershipIntro = (move, p, ui) => (move.type === 'REVIEW_DRAFT' ? reviewIntro(p, move.ref, ui) : FORMS[move.type].intro?.(p, ui));

function reviewIntro(p, ref, ui) {
  const draft = p.drafts.find((d) => String(d.version) === ref && d.round === p.round.number);
  return draft ? `${ui.escape(draft.purpose)} — ${ui.sek(draft.contributions.reduce((sum, c) => sum + c.amountSek, 0))}` : '';
}

/** Which decision the anslag is of: its body, meeting and paragraph, as the protocol names it. */
function announcementIntro(p, ui) {
  const d = p.decisions[p.decisions.length - 1];
  return d ? `${ui.escape(d.body)}, ${ui.date(d.meetingDate)}, ${ui.escape(d.paragraph)} (${ui.escape(d.diarienummer)})` : '';
}

/** Where a new version's values come from, so that nobody wonders why the form is already filled in. */
function draftIntro(p, ui) {
  const latest = p.drafts[p.drafts.length - 1];
  return latest ? `${ui.t('move.draftCopiedFrom')} ${latest.version}.` : ui.t('move.draftStartsFromSharedGoal');
}

/** The buttons: the answers of an invitation or a review each send the same form with another value. */
function partnershipButtons(group, id, ui) {
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
export function button(move, text, attributes, id, ui) {
  if (!move.blockedBy) return `<button type="submit"${attributes}>${ui.escape(text)}</button>`;
  const reason = ui.lang() === 'en' ? move.blockedBy.message.en : move.blockedBy.message.sv;
  const note = id(`blocked-${move.decision ?? 'move'}`);
  return `<button type="submit"${attributes} disabled aria-describedby="${note}">${ui.escape(text)}</button>
    <p class="note" id="${note}">${ui.t(move.type === 'REVIEW_DRAFT' ? 'cannotApproveYet' : 'cannotYet')} ${ui.escape(reason)}</p>`;
}

/** The process the section was last drawn for: after a move, the page is drawn anew and this is its new state. */
let shown = null;

/** One form per move, or per group of moves the kind shows as one form (the answers of one question). */
function groupsOf(kind, moves) {
  const groups = [];
  for (const move of moves) {
    const same = kind.sameForm && groups.find((g) => kind.sameForm(g[0], move));
    if (same) same.push(move);
    else groups.push([move]);
  }
  return groups;
}

function moveForm(kind, p, group, index, ui) {
  const move = group[0];
  // A second set of forms on the same page (kind.prefix) keeps ids of its own.
  const key = `${kind.prefix ?? ''}${index}`;
  const id = (name) => `m${key}-${name}`;
  const intro = kind.introOf(move, p, ui);
  return `<form class="move" id="move-${key}" data-group="${index}" novalidate><fieldset><legend>${ui.escape(kind.legendOf(move, p, ui))}</legend>${intro ? `<p>${intro}</p>` : ''}
    <div class="fields">${fieldsHtml(move, p, id, ui, kind.fields)}</div>
    <div class="actions">${kind.buttonsOf(group, id, ui)}</div></fieldset></form>`;
}

/**
 * The moves' section and its wiring for one kind of process: { legendOf, introOf, buttonsOf, sameForm?, fields?
 * (the fields the kind draws and reads itself, see moves/fields.js), inputFinder?, isBinding, summaryHtml,
 * receiptHtml }.
 */
export function createMoves(kind) {
  return {
    movesSection(p, moves, ui) {
      shown = p;
      return groupsOf(kind, moves)
        .map((group, index) => moveForm(kind, p, group, index, ui))
        .join('');
    },
    wireMoves: (root, moves, ui, done) => wire(kind, root, moves, ui, done),
  };
}

/**
 * Wires each form: a non-binding move is sent at once; a binding one first shows its summary ("Skicka" sends it,
 * "Ändra" returns to the form as it was). What the form or the API refuses is shown beside its field; once the API
 * accepts, `done` redraws the page and the receipt becomes its notice.
 */
function wire(kind, root, moves, ui, done) {
  const groups = groupsOf(kind, moves);
  root.querySelectorAll('form.move').forEach((form) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const group = groups[Number(form.dataset.group)];
      const answer = event.submitter?.value;
      const move = group.find((m) => m.decision === undefined || m.decision === answer) ?? group[0];
      // The last move's receipt must not stand for this one.
      ui.clearStatus();
      clearFieldErrors(form);
      // A route without a body (closing the dialogue) is sent none.
      const { body, errors } = move.fields.length ? readBody(move, form, answer, kind.fields) : { body: undefined, errors: [] };
      if (errors.length) {
        showFieldErrors(
          form,
          { message: ui.t('move.checkMarkedFields'), messageSv: ui.t('move.checkMarkedFields'), errors },
          (kind.inputFinder ?? inputFinder)(form, body),
        );
        return;
      }
      if (body && kind.isBinding(move, body)) confirmFirst(kind, form, move, body, event.submitter, ui, done);
      else send(kind, form, move, body, event.submitter, ui, done);
    }),
  );
}

/** Shows the summary in place of the form's buttons, its inputs put aside as typed, and moves the focus to it. */
function confirmFirst(kind, form, move, body, submitter, ui, done) {
  const fields = form.querySelector('.fields');
  const actions = form.querySelector('.actions');
  fields.hidden = true;
  actions.hidden = true;
  const headingId = `${form.id}-confirm`;
  actions.insertAdjacentHTML('afterend', kind.summaryHtml(move, body, shown, headingId, ui));
  const summary = form.querySelector('.confirm');
  const back = () => {
    summary.remove();
    fields.hidden = false;
    actions.hidden = false;
  };
  summary.querySelector('[data-confirm="back"]').addEventListener('click', () => {
    back();
    submitter?.focus();
  });
  const sendButton = summary.querySelector('[data-confirm="send"]');
  sendButton.addEventListener('click', async () => {
    // Sent once: a second click while the API answers sends nothing more.
    sendButton.disabled = true;
    const sent = await send(kind, form, move, body, null, ui, done, back);
    if (!sent) sendButton.disabled = false;
  });
  form.querySelector(`#${CSS.escape(headingId)}`).focus();
}

/** Sends the move once; true when the API accepted it. A refusal returns to the form with its errors beside the fields. */
async function send(kind, form, move, body, submitter, ui, done, backToForm) {
  // A second click must not send it twice.
  if (submitter) submitter.disabled = true;
  try {
    const answer = await ui.api(move.route.method, move.route.path, body);
    await done();
    if (shown) statusRegion.innerHTML = kind.receiptHtml(shown, answer, ui);
    return true;
  } catch (error) {
    if (submitter) submitter.disabled = false;
    backToForm?.();
    if (!form.isConnected) {
      ui.notify(error.message, 'error');
      return false;
    }
    showFieldErrors(
      form,
      error.data && typeof error.data === 'object' ? error.data : { message: error.message },
      (kind.inputFinder ?? inputFinder)(form, body),
    );
    return false;
  }
}

const PARTNERSHIP_KIND = {
  legendOf: partnershipLegend,
  introOf: partnershipIntro,
  buttonsOf: partnershipButtons,
  sameForm,
  fields: withStateAidFields(PARTNERSHIP_FIELDS),
  inputFinder: PARTNERSHIP_FIELDS.inputFinder,
  isBinding,
  summaryHtml,
  receiptHtml,
};

/** The partnership's moves (pages/partnership.js). */
export const { movesSection, wireMoves } = createMoves(PARTNERSHIP_KIND);

/**
 * The moves about the parties themselves, open in every phase (an organisation's profile, the levels per phase):
 * drawn beside the sections they change rather than among what the process waits for.
 */
export const PARTY_MOVES = new Set(['RECORD_ORGANISATION_PROFILE', 'PROPOSE_PHASE_LEVELS']);
export const { movesSection: partyMovesSection, wireMoves: wirePartyMoves } = createMoves({ ...PARTNERSHIP_KIND, prefix: 'c' });
