import { PUBLIC_PARTY } from '../kernel/parties';
import { dateOf } from '../dates';
import type { Agreement, PartnershipState, PoliticalDecision } from '../partnership/state';
import type { EndReason } from '../partnership/vocabulary';

/**
 * The public register of IOPs (offentligt register över idéburna offentliga partnerskap): what a region publishes
 * of each agreement its parties signed. Only the agreement's public facts: the parties as bodies (never a person's
 * name, e-mail or signature), its purpose, period and the public party's grant, and the decision that approved it.
 */

/** Where a signed IOP stands in the register. */
export const REGISTER_STATUSES = [
  'IN_FORCE', // gällande: signed and not ended
  'ENDED', // avslutat efter att ha undertecknats
] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** An organisation that is (or was, until it left) a party to the agreement: a body, not a person. */
export interface RegisterOrganisation {
  name: string;
  organisationNumber: string;
  /** The day its own notice took effect (it left while the agreement went on for the others); null while a party. */
  leftOn: string | null;
}

/** The public party's grant (bidrag): the whole amount, and per calendar year as the agreement splits it. */
export interface RegisterGrant {
  totalSek: number;
  /** Empty when the agreement gives one amount for a period over several years without splitting it. */
  perYear: { year: number; amountSek: number }[];
}

/** The political decision that approved the agreement: the body, the meeting's day, its diarienummer and §. */
export interface RegisterDecision {
  body: string;
  meetingDate: string;
  diarienummer: string;
  paragraph: string;
}

export interface PublicRegisterEntry {
  partnershipId: string;
  title: string;
  status: RegisterStatus;
  publicParty: string;
  organisations: RegisterOrganisation[];
  purpose: string;
  /** The agreement's period as signed: its first and last day. */
  period: { start: string; end: string };
  /** When and why it ended (ENDED only). */
  ended: { on: string; reason: EndReason } | null;
  publicGrant: RegisterGrant;
  decision: RegisterDecision | null;
  /** The case's diarienummer in the public party's diarium, once given. */
  caseDiarienummer: string | null;
}

/** The agreement the register shows: the one in force, or the last one signed of an ended partnership. */
function registeredAgreement(state: PartnershipState): Agreement | undefined {
  if (state.phase === 'ENDED') return state.agreements[state.agreements.length - 1];
  return state.agreement;
}

/** The latest approving decision of the agreement's round and version that an appeal did not annul. */
function approvingDecision(state: PartnershipState, agreement: Agreement): PoliticalDecision | undefined {
  return state.decisions
    .filter(
      (d) => d.outcome === 'APPROVED' && d.round === agreement.round && d.draftVersion === agreement.draftVersion && d.appeal?.outcome !== 'ANNULLED',
    )
    .sort((a, b) => b.seq - a.seq)[0];
}

/** The public party's contributions in the signed version, added up per year. */
function publicGrant(state: PartnershipState, agreement: Agreement): RegisterGrant {
  const draft = state.drafts.find((d) => d.version === agreement.draftVersion);
  const contributions = (draft?.contributions ?? []).filter((c) => c.party === PUBLIC_PARTY);
  const totalSek = contributions.reduce((sum, c) => sum + c.amountSek, 0);
  const firstYear = Number(agreement.startDate.slice(0, 4));
  const singleYear = firstYear === Number(agreement.endDate.slice(0, 4));
  const byYear = new Map<number, number>();
  for (const c of contributions) {
    // One amount for the whole period is a yearly amount only when the period lies within one year.
    const years = c.years ?? (singleYear ? [{ year: firstYear, amountSek: c.amountSek }] : []);
    for (const y of years) byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.amountSek);
  }
  const perYear = [...byYear].sort(([a], [b]) => a - b).map(([year, amountSek]) => ({ year, amountSek }));
  return { totalSek, perYear };
}

/** The organisations that signed or joined the agreement: accepted ones, and those that left it since. */
function organisationsOf(state: PartnershipState): RegisterOrganisation[] {
  return state.organisations
    .filter((o) => o.status === 'ACCEPTED' || o.status === 'LEFT')
    .map((o) => {
      const leftAt = o.status === 'LEFT' ? state.leavings?.find((l) => l.party === o.organisationNumber && l.leftAt)?.leftAt : undefined;
      return { name: o.name, organisationNumber: o.organisationNumber, leftOn: leftAt ? dateOf(leftAt) : null };
    });
}

/**
 * The register's entry of a partnership, or null when it has none: it is listed once its parties signed an
 * agreement, while it is in force and after it ended. Built from an allow-list of fields, so that nothing the state
 * holds of people (signatories, attendees, contact persons, actors) can reach the public.
 */
export function publicRegisterEntry(state: PartnershipState, caseDiarienummer: string | null): PublicRegisterEntry | null {
  const agreement = registeredAgreement(state);
  if (!agreement) return null;
  const decision = approvingDecision(state, agreement);
  const ended = state.phase === 'ENDED' && state.ended ? { on: dateOf(state.ended.at), reason: state.ended.reason } : null;
  return {
    partnershipId: state.partnershipId,
    title: state.title,
    status: ended ? 'ENDED' : 'IN_FORCE',
    publicParty: state.publicParty.name,
    organisations: organisationsOf(state),
    purpose: state.drafts.find((d) => d.version === agreement.draftVersion)?.purpose ?? '',
    period: { start: agreement.startDate, end: agreement.endDate },
    ended,
    publicGrant: publicGrant(state, agreement),
    decision: decision
      ? { body: decision.body, meetingDate: decision.meetingDate, diarienummer: decision.diarienummer, paragraph: decision.paragraph }
      : null,
    caseDiarienummer,
  };
}
