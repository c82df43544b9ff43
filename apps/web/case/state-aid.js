// The state aid assessment in force (the conclusion, what it rests on, the aid per organisation) and each
// organisation's declaration of its other de minimis aid: read by the parties on the case and by the auditor.
import { AID_CURRENCIES, STATE_AID_CONCLUSIONS } from '../labels.js';
import { date, dateTime, escape, label, sek, t } from '../ui.js';
import { fill, partyNameOf, prose, scrollable, section } from './common.js';

export function stateAidSection(p) {
  const current = p.stateAid?.[p.stateAid.length - 1];
  if (!current) return section('state-aid', t('sa.heading'), `<p>${escape(t('sa.none'))}</p>`);
  const nameOf = partyNameOf(p);
  const earlier = p.stateAid.length - 1;
  const basis = current.entrustmentReference
    ? `<p>${escape(t('sa.entrustmentReference'))}: ${escape(current.entrustmentReference)}</p>`
    : current.otherLegalBasis
      ? `<h3>${escape(t('sa.otherLegalBasis'))}</h3>${prose(current.otherLegalBasis)}`
      : '';
  const aid = current.aid?.length
    ? scrollable(
        t('sa.aid'),
        `<table><caption>${escape(t('sa.aid'))}</caption>
        <thead><tr><th scope="col">${escape(t('sa.organisation'))}</th><th scope="col">${escape(t('sa.amount'))}</th><th scope="col">${escape(t('sa.declarations'))}</th></tr></thead>
        <tbody>${current.aid.map((a) => `<tr><th scope="row">${escape(nameOf(a.organisationNumber))}</th><td>${escape(sek(a.amountSek))}</td><td>${declarationText(p, a.organisationNumber)} <a href="#/de-minimis/${escape(a.organisationNumber)}?publicParty=${escape(encodeURIComponent(p.publicParty.name))}">${escape(t('dm.openLedger'))}<span class="visually-hidden"> – ${escape(nameOf(a.organisationNumber))}</span></a></td></tr>`).join('')}</tbody></table>`,
      )
    : '';
  return section(
    'state-aid',
    t('sa.heading'),
    `<p id="state-aid-version">${fill('sa.version', { version: current.version, date: dateTime(current.recordedAt) })}${earlier ? ` ${fill('sa.replaces', { count: earlier })}` : ''}</p>
    <p><strong>${escape(label(STATE_AID_CONCLUSIONS, current.conclusion))}</strong></p>
    <h3>${escape(t('sa.reasons'))}</h3>${prose(current.reasons)}
    ${basis}${aid}`,
  );
}

/** What the organisation declared of its other de minimis aid, or that it has not yet. */
function declarationText(p, organisationNumber) {
  const declared = p.deMinimisDeclarations?.find((d) => d.organisationNumber === organisationNumber);
  if (!declared) return escape(t('sa.notDeclared'));
  if (declared.none) return escape(t('sa.declaredNone'));
  return `<ul>${declared.aids
    .map(
      (a) =>
        `<li>${escape(a.grantingBody)}, ${escape(date(a.grantedOn))}: ${escape(String(a.amount))} ${escape(label(AID_CURRENCIES, a.currency))}</li>`,
    )
    .join('')}</ul>`;
}
