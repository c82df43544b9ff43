import { stockholmTime } from '../common/stockholm-time';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { type Block, heading, paragraph, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';
import { partyNamer } from './dossier-words';

// The course of the partnership in the dossier: its steps with their levels, the yearly follow-ups, the notices
// and the amendments and renewals.

export function stepBlocks(p: PartnershipResponse): Block[] {
  const nameOf = partyNamer(p);
  return [
    heading('Faser och steg'),
    table(
      ['Tid (svensk tid)', 'Fas', 'Steg', 'Ansvarig part', 'Eftersträvad delaktighetsnivå', 'Uppnådd delaktighetsnivå', 'Utförd av'],
      p.steps.map((s) => [
        stockholmTime(s.occurredAt),
        sv('PHASES', s.phase),
        sv('ACTIONS', s.action),
        nameOf(s.responsibleOrganisationNumber ?? s.responsibleKind),
        s.levelAimedFor ? sv('LEVELS', s.levelAimedFor) : '',
        s.levelReached ? sv('LEVELS', s.levelReached) : '',
        s.actor,
      ]),
    ),
  ];
}

export function followUpBlocks(p: PartnershipResponse): Block[] {
  const nameOf = partyNamer(p);
  return [
    heading('Uppföljningar'),
    table(
      ['År', 'Förfallodag', 'Rapporter', 'Gemensamt möte'],
      p.followUps.map((f) => [String(f.year), f.dueDate, f.reports.map((r) => nameOf(r.party)).join(', '), f.meetingId ? 'Hållet' : 'Inte hållet']),
      'Ingen uppföljning ännu.',
    ),
  ];
}

/**
 * Each party's notice (uppsägning), its date and its effect: the public party's (and under rules 1 and 2 any
 * party's) ends the agreement for everyone; an organisation's own (rules version 3) ends only its participation.
 */
export function noticeBlocks(p: PartnershipResponse): Block[] {
  const nameOf = partyNamer(p);
  const rows = (p.leavings ?? []).map((l) => [
    nameOf(l.party),
    stockholmTime(l.noticeGivenAt),
    l.effectiveDate,
    l.leftAt ? 'Organisationen har lämnat avtalet; det fortsätter för de övriga' : 'Organisationen lämnar avtalet; det fortsätter för de övriga',
    l.reason,
  ]);
  if (p.termination) {
    const t = p.termination;
    rows.push([nameOf(t.by), stockholmTime(t.noticeGivenAt), t.effectiveDate, 'Avtalet upphör för alla parter', t.reason]);
  }
  const ended = p.ended ? [paragraph(`Partnerskapet avslutades ${stockholmTime(p.ended.at)}: ${sv('END_REASONS', p.ended.reason)}.`)] : [];
  return [heading('Uppsägningar'), table(['Part', 'Uppsagt', 'Gäller från', 'Verkan', 'Skäl'], rows, 'Ingen part har sagt upp avtalet.'), ...ended];
}

export function amendmentBlocks(p: PartnershipResponse): Block[] {
  const amendments = p.agreements.filter((a) => a.previousRound !== undefined);
  return [
    heading('Ändringar och förnyelser'),
    table(
      ['Avtalsrunda', 'Föregående runda', 'Startdatum', 'Slutdatum', 'Undertecknat'],
      amendments.map((a) => [String(a.round), String(a.previousRound), a.startDate, a.endDate, stockholmTime(a.signedAt)]),
      'Inga ändringar eller förnyelser.',
    ),
  ];
}
