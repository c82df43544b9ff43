// What was decided and signed, and what followed: the political decisions with their reasons, the agreement in
// force and the ones before it, the signatures, the yearly follow-ups with their reports and meetings, a notice
// of termination and the organisations' notices of their own participation.
import { APPEAL_OUTCOMES, DECISION_OUTCOMES, TASKS } from '../labels.js';
import { date, dateTime, escape, label, t } from '../ui.js';
import { fill, isOverdue, partyNameOf, prose, scrollable, section } from './common.js';
import { meetingRow } from './dialogue.js';
import { agreementDocumentHtml, agreementDocumentOf } from './agreement-document.js';

/** The justering, the anslag and the last day of appeal they give (rules version 3), or a dash when not recorded. */
function appealWindow(d) {
  if (!d.announcedOn && !d.protocolApprovedOn && !d.signingBeforeLegalForce) return '–';
  const approved = d.protocolApprovedOn ? `${escape(t('protocolApprovedOn'))} ${date(d.protocolApprovedOn)}. ` : '';
  const announced = d.announcedOn ? `${escape(t('announcedOn'))} ${date(d.announcedOn)}. ` : '';
  const last = d.lastDayOfAppeal ? `<strong class="last-day-of-appeal">${escape(t('lastDayOfAppeal'))}: ${date(d.lastDayOfAppeal)}</strong>` : '';
  const force = d.legalForceOn ? ` ${escape(t('legalForceOn'))} ${date(d.legalForceOn)}.` : '';
  const early = d.signingBeforeLegalForce
    ? ` <span class="signing-before-legal-force">${escape(t('signedBeforeLegalForce'))}: ${escape(d.signingBeforeLegalForce.reason)}.</span>`
    : '';
  return `${approved}${announced}${last}${force}${appealOf(d.appeal)}${early}`;
}

/** An appeal of the decision: the court and its case, and the ruling, or that the decision waits for it. */
function appealOf(appeal) {
  if (!appeal) return '';
  const ruling = appeal.outcome
    ? `${escape(label(APPEAL_OUTCOMES, appeal.outcome))} (${escape(t('decidedOn'))} ${date(appeal.decidedOn)})`
    : `<strong>${escape(t('appealPending'))}</strong>`;
  return ` <span class="decision-appeal">${escape(t('appeal'))}: ${escape(appeal.court)}, ${escape(t('caseNumber'))} ${escape(appeal.caseNumber)}, ${escape(t('lodgedOn'))} ${date(appeal.lodgedOn)}. ${ruling}.</span>`;
}

export function decisionsSection(p) {
  if (!p.decisions.length) return '';
  const rows = p.decisions
    .map(
      (d) => `<tr><td>${escape(d.body)}</td><td>${date(d.meetingDate)}</td><td>${escape(d.diarienummer)}</td><td>${escape(d.paragraph)}</td>
      <td>${fill('case.versionHeading', { version: d.draftVersion })}</td><td><strong>${escape(label(DECISION_OUTCOMES, d.outcome))}</strong></td>
      <td>${d.reasons ? prose(d.reasons) : '–'}</td><td>${appealWindow(d)}</td></tr>`,
    )
    .join('');
  return section(
    'decisions',
    t('decisions'),
    scrollable(
      t('decisions'),
      `<table class="case-decisions"><caption class="visually-hidden">${escape(t('decisions'))}</caption>
    <thead><tr><th scope="col">${escape(t('body'))}</th><th scope="col">${escape(t('meetingDate'))}</th><th scope="col">${escape(t('diarienummer'))}</th>
    <th scope="col">§</th><th scope="col">${escape(t('version'))}</th><th scope="col">${escape(t('outcome'))}</th><th scope="col">${escape(t('case.decisionReasons'))}</th><th scope="col">${escape(t('lastDayOfAppeal'))}</th></tr></thead>
    <tbody>${rows}</tbody></table>`,
    ),
  );
}

/**
 * Rules version 4: everyone signed, and the agreement waits for the decision's legal force (the domain keeps the
 * phase SIGNATURE until then); no signature is asked for any more.
 */
function awaitingLegalForce(p) {
  if (p.phase !== 'SIGNATURE') return false;
  const signedThisRound = p.signatures.some((s) => s.round === p.round.number);
  return signedThisRound && !p.tasks.some((x) => x.type === 'SIGN' && x.status === 'OPEN');
}

export function agreementSection(p) {
  if (!p.agreement && !p.signatures.length && !p.agreements.length && !agreementDocumentOf(p)) return '';
  const party = partyNameOf(p);
  const inForce = awaitingLegalForce(p)
    ? `<p id="case-awaiting-legal-force" class="notice"><strong>${escape(t(p.decisions.at(-1)?.lastDayOfAppeal ? 'awaitingLegalForce' : 'awaitingAnnouncement'))}</strong></p>`
    : p.agreement
      ? `<p id="case-in-force">${fill('case.inForce', { version: p.agreement.draftVersion, start: date(p.agreement.startDate), end: date(p.agreement.endDate), signed: date(p.agreement.signedAt) })}</p>`
      : `<p>${escape(t(p.ended ? 'case.noAgreementNow' : 'case.notSignedYet'))}</p>`;
  const earlier = p.agreements.filter((a) => a !== p.agreement && a.round !== p.agreement?.round);
  const earlierList = earlier.length
    ? `<h3>${escape(t('case.earlierAgreements'))}</h3><ul>${earlier.map((a) => `<li>${fill('case.earlierAgreement', { version: a.draftVersion, start: date(a.startDate), end: date(a.endDate), signed: date(a.signedAt) })}</li>`).join('')}</ul>`
    : '';
  const signatures = p.signatures.length
    ? scrollable(
        t('case.signatures'),
        `<table class="case-signatures"><caption>${escape(t('case.signatures'))}</caption>
      <thead><tr><th scope="col">${escape(t('party'))}</th><th scope="col">${escape(t('case.signedBy'))}</th><th scope="col">${escape(t('version'))}</th><th scope="col">${escape(t('time'))}</th><th scope="col">${escape(t('case.documentSigned'))}</th></tr></thead>
      <tbody>${p.signatures.map((s) => `<tr><td>${escape(party(s.party))}</td><td>${escape(s.signatoryName)}</td><td>${escape(s.draftVersion)}</td><td>${dateTime(s.signedAt)}</td><td>${s.documentSha256 ? `<code class="sha256">${escape(s.documentSha256)}</code>` : '–'}</td></tr>`).join('')}</tbody></table>`,
      )
    : '';
  return section('agreement', t('case.agreement'), `${agreementDocumentHtml(p)}${inForce}${signatures}${earlierList}`);
}

export function followUpsSection(p) {
  const leavings = p.leavings ?? [];
  if (!p.followUps.length && !p.termination && !leavings.length) return '';
  const party = partyNameOf(p);
  const followUps = p.followUps
    .map((f) => {
      const meeting = p.dialogue.meetings.find((m) => m.id === f.meetingId);
      // The follow-up falls due on the agreement's anniversary; what is asked of the parties then has due dates
      // of its own, in the tasks it raised (their ref is the follow-up's due date).
      const asked = p.tasks
        .filter((x) => x.ref === f.dueDate && x.status === 'OPEN')
        .map(
          (x) =>
            `<li>${escape(label(TASKS, x.type))}, ${escape(party(x.addressedTo))}: ${escape(t('due').toLowerCase())} ${date(x.dueDate)}${isOverdue(x.dueDate) ? ` <strong class="overdue">${escape(t('overdue'))}</strong>` : ''}</li>`,
        )
        .join('');
      const reports = f.reports.length
        ? `<ul>${f.reports.map((r) => `<li>${escape(party(r.party))}, ${date(r.submittedAt)}:${prose(r.summary)}</li>`).join('')}</ul>`
        : `<p>${escape(t('case.noReports'))}</p>`;
      const held = meeting
        ? scrollable(
            t('followUpMeeting'),
            `<table class="case-meetings"><caption>${escape(t('followUpMeeting'))}</caption><thead><tr><th scope="col">${escape(t('date'))}</th><th scope="col">${escape(t('attendance'))}</th><th scope="col">${escape(t('minutes'))}</th></tr></thead><tbody>${meetingRow(meeting, party)}</tbody></table>`,
          )
        : `<p>${escape(t('case.noFollowUpMeeting'))}</p>`;
      return `<article class="case-follow-up" aria-labelledby="case-follow-up-${f.year}"><h3 id="case-follow-up-${f.year}">${fill('case.followUpHeading', { year: f.year })}</h3>
        <p>${escape(t('case.followUpDay'))} ${date(f.dueDate)}</p>${asked ? `<ul>${asked}</ul>` : ''}<h4>${escape(t('case.reports'))}</h4>${reports}${held}</article>`;
    })
    .join('');
  const termination = p.termination
    ? `<h3>${escape(t('termination'))}</h3><p>${fill('case.terminated', { party: party(p.termination.by), given: date(p.termination.noticeGivenAt), effective: date(p.termination.effectiveDate) })}</p>${prose(p.termination.reason)}`
    : '';
  // An organisation's own notice (rules version 3) ends only its part: the page says so, and whether it has left.
  const left = leavings.length
    ? `<h3>${escape(t('case.leavings'))}</h3><ul id="case-leavings">${leavings
        .map(
          (l) =>
            `<li>${fill(l.leftAt ? 'case.leavingDone' : 'case.leavingPending', { party: party(l.party), given: date(l.noticeGivenAt), effective: date(l.effectiveDate) })}${prose(l.reason)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const ending = p.termination || leavings.length;
  return section('follow-ups', t(ending ? 'case.followUpsAndEnd' : 'case.followUps'), `${followUps}${termination}${left}`);
}
