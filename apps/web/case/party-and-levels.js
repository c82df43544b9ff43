// Two sections of a partnership's page: each organisation as a party (legal form, registration as idéburen with
// Kammarkollegiet as stated, contact, documents listed) and the level of participation the public party chose per
// phase, with its reasons, which the organisations read here.
import { ATTACHMENT_KINDS, LEGAL_FORMS, LEVELS, PHASES } from '../labels.js';
import { date, dateTime, escape, label, t } from '../ui.js';
import { fill, scrollable, section } from './common.js';

function profileFacts(profile) {
  const form =
    profile.legalForm === 'OTHER' ? `${label(LEGAL_FORMS, 'OTHER')}: ${profile.legalFormDescription ?? ''}` : label(LEGAL_FORMS, profile.legalForm);
  const registered = profile.registeredAsIdeburen
    ? profile.registeredSince
      ? fill('pl.registeredYesSince', { date: date(profile.registeredSince) })
      : escape(t('pl.registeredYes'))
    : escape(t('pl.registeredNo'));
  const contact = profile.contact ? [profile.contact.name, profile.contact.email, profile.contact.phone].filter(Boolean).join(', ') : '–';
  const documents = profile.attachments.length
    ? `<ul>${profile.attachments.map((a) => `<li>${escape(label(ATTACHMENT_KINDS, a.kind))}: ${escape(a.name)} (${escape(date(a.date))})</li>`).join('')}</ul>`
    : '–';
  const who = t(profile.statedBy === 'PUBLIC' ? 'pl.statedByPublic' : 'pl.statedByOrganisation');
  return `<dl class="case-facts">
    <dt>${escape(t('pl.legalForm'))}</dt><dd>${escape(form)}</dd>
    <dt>${escape(t('pl.registered'))}</dt><dd>${registered}</dd>
    <dt>${escape(t('pl.contact'))}</dt><dd>${escape(contact)}</dd>
    <dt>${escape(t('pl.attachments'))}</dt><dd>${documents}</dd>
    <dt>${escape(t('pl.statedBy'))}</dt><dd>${escape(`${who} (${profile.statedByActor}), ${dateTime(profile.statedAt)}`)}</dd>
  </dl>`;
}

export function profilesSection(p) {
  const body = p.organisations
    .map((o) => `<h3>${escape(o.name)}</h3>${o.profile ? profileFacts(o.profile) : `<p>${escape(t('pl.notStated'))}</p>`}`)
    .join('');
  return section('profiles', t('pl.profiles'), body);
}

export function phaseLevelsSection(p) {
  const choices = Object.entries(p.phaseLevels ?? {});
  if ((p.rulesVersion ?? 1) < 3) return section('phase-levels', t('pl.phaseLevels'), `<p>${escape(t('pl.perStepRules'))}</p>`);
  if (choices.length === 0) return section('phase-levels', t('pl.phaseLevels'), `<p>${escape(t('pl.noPhaseLevels'))}</p>`);
  // In the phases' order, as labels.js keeps them.
  const ordered = Object.keys(PHASES).filter((phase) => p.phaseLevels[phase]);
  const rows = ordered.map((phase) => {
    const c = p.phaseLevels[phase];
    return `<tr><th scope="row">${escape(label(PHASES, phase))}</th><td>${escape(c.level ? label(LEVELS, c.level) : t('pl.levelNone'))}</td>
      <td>${escape(c.reason)}</td><td>${escape(dateTime(c.proposedAt))}</td></tr>`;
  });
  const table = `<table id="phase-levels-table"><caption class="visually-hidden">${escape(t('pl.phaseLevels'))}</caption>
    <thead><tr><th scope="col">${escape(t('phase'))}</th><th scope="col">${escape(t('levelAimed'))}</th><th scope="col">${escape(t('pl.reason'))}</th><th scope="col">${escape(t('date'))}</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>`;
  return section('phase-levels', t('pl.phaseLevels'), scrollable(t('pl.phaseLevels'), table));
}
