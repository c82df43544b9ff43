// The parties, the problem definition they stand behind (gemensam problemformulering), and the dialogue that led
// to the shared goal: meetings with who attended and the minutes, the written inputs, when the dialogue closed.
import { DEVELOPMENT_AREAS, MEETING_PURPOSES, ORGANISATION_STATUSES } from '../labels.js';
import { date, dateTime, escape, label, t } from '../ui.js';
import { partyNameOf, prose, scrollable, section } from './common.js';

export function partiesSection(p) {
  const rows = [
    `<tr><th scope="row">${escape(p.publicParty.name)}</th><td>${escape(t('publicParty'))}</td><td>${escape(t('case.publicPartyStatus'))}</td></tr>`,
    ...p.organisations.map(
      (o) => `<tr><th scope="row">${escape(o.name)}</th><td>${escape(t('organisation'))}, ${escape(o.organisationNumber)}</td>
      <td>${escape(label(ORGANISATION_STATUSES, o.status))}${o.statusReason ? `: ${escape(o.statusReason)}` : ''}</td></tr>`,
    ),
  ];
  return section(
    'parties',
    t('parties'),
    `<table><caption class="visually-hidden">${escape(t('parties'))}</caption><thead><tr><th scope="col">${escape(t('name'))}</th><th scope="col">${escape(t('case.role'))}</th><th scope="col">${escape(t('status'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

export function problemDefinitionSection(p) {
  const d = p.problemDefinition;
  if (!d) return section('problem', t('problemDefinition'), `<p>${escape(t('case.noProblemDefinition'))}</p>`);
  const party = partyNameOf(p);
  // When each party agreed: the proposer on proposing, the others by the step that recorded their agreement.
  const agreedAt = (key) =>
    key === d.proposedBy
      ? d.proposedAt
      : p.steps.find((s) => s.action === 'PROBLEM_DEFINITION_AGREED' && s.evidence?.answered?.includes(key))?.occurredAt;
  const adopted = p.steps.find((s) => s.action === 'PROBLEM_DEFINITION_ADOPTED');
  const list = (items) => (items.length ? `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : `<p>–</p>`);
  return section(
    'problem',
    t('problemDefinition'),
    `<dl class="case-facts">
      <dt>${escape(t('challenge'))}</dt><dd>${prose(d.challenge)}</dd>
      <dt>${escape(t('targetGroup'))}</dt><dd>${prose(d.targetGroup)}</dd>
      <dt>${escape(t('goals'))}</dt><dd>${list(d.goals)}</dd>
      <dt>${escape(t('developmentAreas'))}</dt><dd>${list(d.developmentAreas.map((a) => label(DEVELOPMENT_AREAS, a)))}</dd>
      <dt>${escape(t('case.proposedBy'))}</dt><dd>${escape(party(d.proposedBy))}, ${date(d.proposedAt)}</dd>
      <dt>${escape(t('case.agreedBy'))}</dt><dd>${list(d.agreedBy.map((key) => `${party(key)}${agreedAt(key) ? `, ${date(agreedAt(key))}` : ''}`))}</dd>
      ${adopted ? `<dt>${escape(t('case.adopted'))}</dt><dd>${date(adopted.occurredAt)}</dd>` : ''}
    </dl>`,
  );
}

export function dialogueSection(p) {
  const party = partyNameOf(p);
  const meetings = p.dialogue.meetings.filter((m) => m.purpose === 'DIALOGUE');
  const { inputs, sharedGoal, closedAt } = p.dialogue;
  if (!meetings.length && !inputs.length && !sharedGoal && !closedAt) return '';
  const meetingTable = meetings.length
    ? scrollable(
        t('case.meetings'),
        `<table class="case-meetings"><caption>${escape(t('case.meetings'))}</caption>
      <thead><tr><th scope="col">${escape(t('date'))}</th><th scope="col">${escape(t('attendance'))}</th><th scope="col">${escape(t('minutes'))}</th></tr></thead>
      <tbody>${meetings.map((m) => meetingRow(m, party)).join('')}</tbody></table>`,
      )
    : `<p>${escape(t('case.noMeetings'))}</p>`;
  const inputTable = inputs.length
    ? scrollable(
        t('case.inputs'),
        `<table class="case-inputs"><caption>${escape(t('case.inputs'))}</caption>
      <thead><tr><th scope="col">${escape(t('party'))}</th><th scope="col">${escape(t('date'))}</th><th scope="col">${escape(t('case.input'))}</th></tr></thead>
      <tbody>${inputs.map((i) => `<tr><td>${escape(party(i.party))}</td><td>${date(i.submittedAt)}</td><td>${prose(i.text)}</td></tr>`).join('')}</tbody></table>`,
      )
    : `<p>${escape(t('case.noInputs'))}</p>`;
  return section(
    'dialogue',
    t('case.dialogue'),
    `${meetingTable}${inputTable}
    <h3>${escape(t('sharedGoal'))}</h3>${sharedGoal ? prose(sharedGoal) : `<p>${escape(t('case.noSharedGoal'))}</p>`}
    <p>${closedAt ? `${escape(t('case.dialogueClosed'))} ${dateTime(closedAt)}.` : escape(t('case.dialogueOpen'))}</p>`,
  );
}

/** One meeting's row: who attended for each party, and the minutes (collapsed when long). */
export function meetingRow(m, party) {
  const attendees = m.attendees.map((a) => `<li>${escape(party(a.party))}: ${escape(a.names.join(', '))}</li>`).join('');
  return `<tr><td>${date(m.date)}${m.purpose === 'DIALOGUE' ? '' : `<br>${escape(label(MEETING_PURPOSES, m.purpose))}`}</td>
    <td><ul class="case-attendees">${attendees}</ul></td><td>${collapsibleText(m.minutes)}</td></tr>`;
}

/** A long text opens on request, so that the section stays within a screen; a short one is shown as it is. */
export function collapsibleText(text, summaryKey = 'case.readMinutes') {
  if ((text ?? '').length <= 280 && (text ?? '').split('\n').length <= 4) return prose(text);
  return `<details class="case-long"><summary>${escape(t(summaryKey))}</summary>${prose(text)}</details>`;
}
