import type { AttachmentKind, LegalForm, ParticipationLevel, Phase } from '@iop/domain';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';

// The dossier's sections on the organisations as parties and on the levels chosen per phase. Keyed by the domain's
// types, so that a legal form or kind of document added there fails to compile here without its Swedish name.
const LEGAL_FORM_SV: Record<LegalForm, string> = {
  NON_PROFIT_ASSOCIATION: 'Ideell förening',
  ECONOMIC_ASSOCIATION: 'Ekonomisk förening',
  FOUNDATION: 'Stiftelse',
  REGISTERED_RELIGIOUS_COMMUNITY: 'Registrerat trossamfund',
  LIMITED_COMPANY_RESTRICTED_DIVIDENDS: 'Aktiebolag med särskild vinstutdelningsbegränsning (SVB)',
  OTHER: 'Annan',
};
const ATTACHMENT_SV: Record<AttachmentKind, string> = { STATUTES: 'Stadgar', ANNUAL_REPORT: 'Verksamhetsberättelse', ANNUAL_ACCOUNTS: 'Bokslut' };

type Table = (headings: string[], rows: unknown[][]) => string;

/**
 * Each organisation's legal form, registration as idéburen (lag (2022:900)) as stated and by whom, contact and
 * documents. The contact is personal data: the dossier goes to the parties and the auditor, never to a public export.
 */
export function profilesSection(p: PartnershipResponse, table: Table): string {
  const rows = p.organisations.map((o) => {
    const profile = o.profile;
    if (!profile) return [o.name, 'Inte angivet', '', '', '', ''];
    const form = profile.legalForm === 'OTHER' ? `Annan: ${profile.legalFormDescription ?? ''}` : LEGAL_FORM_SV[profile.legalForm];
    const registered = profile.registeredAsIdeburen ? `Ja${profile.registeredSince ? `, sedan ${profile.registeredSince}` : ''}` : 'Nej';
    const contact = profile.contact ? [profile.contact.name, profile.contact.email, profile.contact.phone].filter(Boolean).join(', ') : '';
    const documents = profile.attachments.map((a) => `${ATTACHMENT_SV[a.kind]}: ${a.name} (${a.date})`).join('; ');
    const stated = `${profile.statedBy === 'PUBLIC' ? 'Offentlig part' : 'Organisationen'} (${profile.statedByActor}), ${profile.statedAt}`;
    return [o.name, form, registered, contact, documents, stated];
  });
  return `<h2>Organisationerna som parter</h2>
${table(['Organisation', 'Juridisk form', 'Registrerad idéburen hos Kammarkollegiet', 'Kontaktperson (personuppgift)', 'Bilagor', 'Uppgiven av'], rows)}`;
}

/** Under rules version 3: the level the public party chose per phase, with its reason. */
export function phaseLevelsSection(
  p: PartnershipResponse,
  table: Table,
  phaseSv: Record<Phase, string>,
  levelSv: Record<ParticipationLevel, string>,
): string {
  const choices = Object.entries(p.phaseLevels ?? {}) as [Phase, { level: ParticipationLevel | null; reason: string; proposedAt: string }][];
  if (choices.length === 0) return '';
  return `<h2>Eftersträvad delaktighetsnivå per fas</h2>
${table(
  ['Fas', 'Eftersträvad nivå', 'Motivering', 'Föreslagen'],
  choices.map(([phase, c]) => [phaseSv[phase], c.level ? levelSv[c.level] : 'Ingen', c.reason, c.proposedAt]),
)}`;
}
