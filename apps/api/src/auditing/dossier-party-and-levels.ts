import type { ParticipationLevel, Phase } from '@iop/domain';
import { stockholmTime } from '../common/stockholm-time';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { type Block, heading, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';

// The dossier's sections on the organisations as parties and on the levels chosen per phase.

/**
 * Each organisation's legal form, registration as idéburen (lag (2022:900)) as stated and by whom, contact and
 * documents. The contact is personal data: the dossier goes to the parties and the auditor, never to a public export.
 */
export function profileBlocks(p: PartnershipResponse): Block[] {
  const rows = p.organisations.map((o) => {
    const profile = o.profile;
    if (!profile) return [o.name, 'Inte angivet', '', '', '', ''];
    const form =
      profile.legalForm === 'OTHER' ? `${sv('LEGAL_FORMS', 'OTHER')}: ${profile.legalFormDescription ?? ''}` : sv('LEGAL_FORMS', profile.legalForm);
    const registered = profile.registeredAsIdeburen ? `Ja${profile.registeredSince ? `, sedan ${profile.registeredSince}` : ''}` : 'Nej';
    const contact = profile.contact ? [profile.contact.name, profile.contact.email, profile.contact.phone].filter(Boolean).join(', ') : '';
    const documents = profile.attachments.map((a) => `${sv('ATTACHMENT_KINDS', a.kind)}: ${a.name} (${a.date})`).join('; ');
    const by = profile.statedBy === 'PUBLIC' ? sv('RESPONSIBLE_KINDS', 'PUBLIC') : 'Organisationen';
    return [o.name, form, registered, contact, documents, `${by} (${profile.statedByActor}), ${stockholmTime(profile.statedAt)}`];
  });
  return [
    heading('Organisationerna som parter'),
    table(
      ['Organisation', 'Juridisk form', 'Registrerad idéburen hos Kammarkollegiet', 'Kontaktperson (personuppgift)', 'Bilagor', 'Uppgiven av'],
      rows,
    ),
  ];
}

/** Under rules version 3: the level the public party chose per phase, with its reason. */
export function phaseLevelBlocks(p: PartnershipResponse): Block[] {
  const choices = Object.entries(p.phaseLevels ?? {}) as [Phase, { level: ParticipationLevel | null; reason: string; proposedAt: string }][];
  if (choices.length === 0) return [];
  return [
    heading('Eftersträvad delaktighetsnivå per fas'),
    table(
      ['Fas', 'Eftersträvad nivå', 'Motivering', 'Föreslagen'],
      choices.map(([phase, c]) => [sv('PHASES', phase), c.level ? sv('LEVELS', c.level) : 'Ingen', c.reason, stockholmTime(c.proposedAt)]),
    ),
  ];
}
