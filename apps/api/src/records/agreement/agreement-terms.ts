import type { AgreementDocumentRef, DraftTerms, PartnershipState, PartyKey, PoliticalDecision, Principle } from '@iop/domain';
import { PRINCIPLES } from '@iop/domain';

/** The decision an agreement document names: the one about to be recorded, or one already in the state. */
export type AgreementDecision = Pick<PoliticalDecision, 'body' | 'meetingDate' | 'diarienummer' | 'paragraph'>;

/**
 * Everything the agreement PDF says, taken from the partnership's state: the parties taking part, the approved
 * draft version, the problem definition and the approving decision. Only what does not change after the decision
 * (a draft version is never edited; the decision's terms are recorded once), so that the document can be rendered
 * again, byte for byte, for the signed copy.
 */
export interface AgreementTerms extends Pick<
  DraftTerms,
  | 'purpose'
  | 'sharedGoal'
  | 'contributions'
  | 'startDate'
  | 'endDate'
  | 'followUpPlan'
  | 'governance'
  | 'terminationTerms'
  | 'terminationNoticeMonths'
> {
  title: string;
  /** The decision's diarienummer: the case's in the diarium, printed in the header and every footer. */
  caseDiarienummer: string;
  publicParty: string;
  organisations: { name: string; organisationNumber: string }[];
  draftVersion: number;
  round: number;
  decision: AgreementDecision;
  challenge?: string;
  targetGroup?: string;
  goals: string[];
  /** Every principle in the domain's order, with how the version meets it ('' where it says nothing). */
  principles: { principle: Principle; how: string }[];
  /** The instant the document is of: the decision's meeting day, at noon UTC (a fixed point, not the clock). */
  createdAt: string;
}

/** The terms of the agreement for the approving decision `decision`, rendered for `parties` (the active ones then). */
export function agreementTermsOf(state: PartnershipState, decision: AgreementDecision, draftVersion: number, parties: PartyKey[]): AgreementTerms {
  const draft = state.drafts.find((d) => d.version === draftVersion);
  if (!draft) throw new Error(`The partnership has no draft version ${draftVersion}`);
  const organisations = state.organisations
    .filter((o) => parties.includes(o.organisationNumber))
    .map(({ name, organisationNumber }) => ({ name, organisationNumber }));
  return {
    title: state.title,
    caseDiarienummer: decision.diarienummer,
    publicParty: state.publicParty.name,
    organisations,
    draftVersion,
    round: draft.round,
    decision: { body: decision.body, meetingDate: decision.meetingDate, diarienummer: decision.diarienummer, paragraph: decision.paragraph },
    challenge: state.problemDefinition?.challenge,
    targetGroup: state.problemDefinition?.targetGroup,
    goals: state.problemDefinition?.goals ?? [],
    purpose: draft.purpose,
    sharedGoal: draft.sharedGoal,
    contributions: draft.contributions.filter((c) => parties.includes(c.party)),
    startDate: draft.startDate,
    endDate: draft.endDate,
    followUpPlan: draft.followUpPlan,
    governance: draft.governance,
    terminationTerms: draft.terminationTerms,
    terminationNoticeMonths: draft.terminationNoticeMonths,
    principles: PRINCIPLES.map((principle) => ({ principle, how: draft.principles[principle] ?? '' })),
    createdAt: `${decision.meetingDate}T12:00:00.000Z`,
  };
}

/** The terms of the agreement a recorded approving decision names (its document's version and parties). */
export function agreementTermsOfDecision(
  state: PartnershipState,
  decision: PoliticalDecision & { agreementDocument: AgreementDocumentRef },
): AgreementTerms {
  return agreementTermsOf(state, decision, decision.agreementDocument.draftVersion, decision.agreementDocument.parties);
}
