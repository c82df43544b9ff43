// "Granska och skicka": a binding move is first shown as a summary of exactly what will be sent, every value in
// words, with "Skicka" and "Ändra" (WCAG 3.3.4: a commitment can be checked and corrected before it is made).
import { PRINCIPLES } from '../labels.js';
import { BY_BUTTON, ENUM_LABELS, labelOf, partyName } from './fields.js';

/**
 * The moves that bind a party or end something: signing, terminating, renewing, withdrawing, declining an
 * invitation, approving a version, the political decision, the follow-up report, the amendment and the court's
 * ruling on an appeal (an annulment sends the partnership back to a new decision). The others (a
 * meeting, an input, the shared goal, a draft, a request for changes) are sent at once: they can be followed up.
 */
export function isBinding(move, body) {
  switch (move.type) {
    case 'RESPOND_TO_INVITATION':
      return body.accept === false;
    case 'REVIEW_DRAFT':
      return body.decision === 'APPROVED';
    case 'SIGN':
    case 'TERMINATE':
    case 'START_RENEWAL':
    case 'WITHDRAW_ORGANISATION':
    case 'RECORD_POLITICAL_DECISION':
    case 'SUBMIT_FOLLOW_UP_REPORT':
    case 'PROPOSE_AMENDMENT':
    case 'RECORD_APPEAL_OUTCOME':
      return true;
    default:
      return false;
  }
}

/** The party the signed-in person acts for, by name. */
const ownParty = (p, ui) => (ui.who?.role === 'officer' ? p.publicParty.name : partyName(p, ui.who?.organisationNumber));

/** The version a move is about: its `ref`, else the agreement's or the latest one. */
function versionOf(p, move) {
  const number = Number(move.ref ?? p.agreement?.draftVersion ?? p.drafts[p.drafts.length - 1]?.version);
  return [...p.drafts].reverse().find((d) => d.version === number);
}

/** What the move does, in one or two sentences above the values. */
function leadOf(move, body, p, ui) {
  const { t, escape, date } = ui;
  const party = escape(ownParty(p, ui));
  const version = versionOf(p, move);
  const aboutVersion = version
    ? `<p>${t('version')} ${version.version}: ${escape(version.purpose)}. ${t('period')} ${date(version.startDate)} – ${date(version.endDate)}.</p>`
    : '';
  switch (move.type) {
    case 'SIGN':
      return `${aboutVersion}<p><strong>${t('move.youSignAsSignatoryFor')} ${party}.</strong></p><p>${t('move.signatory')}: ${escape(ui.who?.name)}</p>`;
    case 'REVIEW_DRAFT':
      return `${aboutVersion}<p><strong>${t('move.youApproveFor')} ${party}.</strong></p>`;
    case 'TERMINATE': {
      const notice = p.agreement ? versionOf(p, {})?.terminationNoticeMonths : undefined;
      // Under rules version 3 an organisation's notice ends only its own participation (the domain's leaving.ts).
      const ownOnly = (p.rulesVersion ?? 1) >= 3 && ui.who?.role !== 'officer';
      const ends = p.agreement
        ? ` ${t(ownOnly ? 'move.participationEndsAtLatest' : 'move.agreementEndsAtLatest')} ${date(p.agreement.endDate)}.`
        : '';
      const others = ownOnly ? `<p>${t('move.othersContinue')}</p>` : '';
      return `<p><strong>${t(ownOnly ? 'move.youLeaveFor' : 'move.youTerminateFor')} ${party}.</strong> ${notice !== undefined ? `${t('move.noticeIs')} ${notice} ${t('move.months')}.` : ''}${ends}</p>${others}`;
    }
    case 'WITHDRAW_ORGANISATION':
      return `<p><strong>${t('move.youWithdraw')} ${party}.</strong></p>`;
    case 'RESPOND_TO_INVITATION':
      return `<p><strong>${t('move.youDecline')} ${party}.</strong></p>`;
    case 'START_RENEWAL':
      return `<p><strong>${t('move.youStartRenewal')}</strong></p>`;
    case 'PROPOSE_AMENDMENT':
      return `<p><strong>${t('move.youProposeAmendment')}</strong></p>`;
    case 'RECORD_POLITICAL_DECISION':
      return `${aboutVersion}<p><strong>${t('move.youRecordDecision')}</strong></p>`;
    case 'SUBMIT_FOLLOW_UP_REPORT':
      return `<p><strong>${t('move.youSubmitReport')} ${date(move.ref)}.</strong></p>`;
    default:
      return '';
  }
}

/** One value in words: a date as a date, a choice by its label, a list one item a line. */
function inWords(field, value, p, ui) {
  const { escape, date, label, sek, t } = ui;
  if (field.name === 'contributions')
    return value
      .map((c) => {
        const years = c.years?.length ? ` (${c.years.map((y) => `${y.year}: ${sek(y.amountSek)}`).join(', ')})` : '';
        const own = c.ownContribution ? `; ${t('move.ownContributionShort')}: ${escape(c.ownContribution)}` : '';
        return `${escape(partyName(p, c.party))}: ${sek(c.amountSek)}${escape(years)}${own}`;
      })
      .join('<br>');
  if (field.name === 'principles')
    return Object.entries(value)
      .map(([k, v]) => `${escape(label(PRINCIPLES, k))}: ${escape(v)}`)
      .join('<br>');
  if (field.name === 'attendees') return value.map((a) => `${escape(partyName(p, a.party))}: ${escape(a.names.join(', '))}`).join('<br>');
  if (Array.isArray(value)) return value.map((v) => escape(label(ENUM_LABELS[field.name] ?? {}, v))).join('<br>');
  if (field.enum) return escape(label(ENUM_LABELS[field.name] ?? {}, value));
  if (field.format === 'date') return escape(date(value));
  if (field.name === 'terminationNoticeMonths') return `${value} ${t('move.months')}`;
  if (typeof value === 'boolean') return value ? t('move.yes') : t('move.no');
  return escape(value);
}

/** The summary that takes the place of the form's buttons; its heading takes the focus (WCAG 2.4.3). */
export function summaryHtml(move, body, p, headingId, ui) {
  const { t, escape } = ui;
  const rows = move.fields
    .filter((f) => !BY_BUTTON.has(f.name) && body[f.name] !== undefined)
    .map((f) => `<dt>${escape(labelOf(f, ui))}</dt><dd>${inWords(f, body[f.name], p, ui)}</dd>`)
    .join('');
  return `<section class="confirm" aria-labelledby="${headingId}">
    <h3 id="${headingId}" tabindex="-1">${t('move.reviewAndSend')}</h3>
    <p>${t('move.checkBeforeSending')}</p>
    ${leadOf(move, body, p, ui)}
    ${rows ? `<dl>${rows}</dl>` : ''}
    <div class="actions"><button type="button" data-confirm="send">${t('move.confirmSend')}</button>
    <button type="button" class="secondary" data-confirm="back">${t('move.confirmBack')}</button></div>
  </section>`;
}
