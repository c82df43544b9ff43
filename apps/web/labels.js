// Labels of every code the web shows (the domain's lists: phases, task types, participation levels, step actions,
// principles, outcomes, statuses, ...; the signatory register's statuses and kinds of basis; the roles), one per
// entry in both languages: apps/web/labels.spec.ts compares each with its list, as this plain JS cannot import
// them. A page shows a code through label(TABLE, code), never as it is. The interface's own words are in i18n.js.
export const PHASES = {
  PROBLEM_DEFINITION: { sv: 'Gemensam problemformulering', en: 'Problem definition' },
  DIALOGUE: { sv: 'Dialog', en: 'Dialogue' },
  DRAFTING: { sv: 'Utformning av avtal', en: 'Drafting' },
  POLITICAL_APPROVAL: { sv: 'Politiskt beslut', en: 'Political approval' },
  SIGNATURE: { sv: 'Undertecknande', en: 'Signature' },
  IMPLEMENTATION: { sv: 'Genomförande och uppföljning', en: 'Implementation' },
  ENDED: { sv: 'Avslutat', en: 'Ended' },
};

/** Region Skåne's development areas (utvecklingsområden), as a problem definition is tagged with them. */
export const DEVELOPMENT_AREAS = {
  COLLABORATION: { sv: 'Samverkan', en: 'Collaboration' },
  PARTICIPATION_AND_INFLUENCE: { sv: 'Delaktighet och inflytande', en: 'Participation and influence' },
  CIVIL_SOCIETY_ENTREPRENEURSHIP: { sv: 'Idéburet entreprenörskap', en: 'Civil-society entrepreneurship' },
  CIVIL_SOCIETY_AND_VOLUNTEERING: { sv: 'Idéburen sektor och ideellt engagemang', en: 'Civil society and volunteering' },
  LEARNING_AND_RESEARCH: { sv: 'Lärande och forskning', en: 'Learning and research' },
};

export const TASKS = {
  RESPOND_TO_INVITATION: { sv: 'Svara på inbjudan', en: 'Answer the invitation' },
  AGREE_PROBLEM_DEFINITION: { sv: 'Ställ dig bakom problemformuleringen', en: 'Agree to the problem definition' },
  GIVE_INPUT: { sv: 'Lämna skriftligt inspel', en: 'Give written input' },
  APPROVE_DRAFT: { sv: 'Granska avtalsversionen', en: 'Review the draft version' },
  RECORD_DECISION: { sv: 'För in det politiska beslutet', en: 'Record the political decision' },
  SIGN: { sv: 'Underteckna avtalet', en: 'Sign the agreement' },
  SUBMIT_FOLLOW_UP_REPORT: { sv: 'Lämna uppföljningsrapport', en: 'Submit the follow-up report' },
  HOLD_FOLLOW_UP_MEETING: { sv: 'Håll uppföljningsmöte', en: 'Hold the follow-up meeting' },
  CONFIRM_ORGANISATION_PROFILE: { sv: 'Bekräfta eller uppdatera organisationens uppgifter', en: "Confirm or update the organisation's profile" },
  DECLARE_DE_MINIMIS_AID: { sv: 'Lämna försäkran om stöd av mindre betydelse', en: 'Declare other de minimis aid' },
};

export const LEVELS = {
  INFORMATION: { sv: 'Information', en: 'Information' },
  CONSULTATION: { sv: 'Samråd', en: 'Consultation' },
  DIALOGUE: { sv: 'Dialog', en: 'Dialogue' },
  PARTNERSHIP: { sv: 'Partnerskap', en: 'Partnership' },
};

export const ACTIONS = {
  PARTNERSHIP_OPENED: { sv: 'Partnerskapet startades', en: 'Partnership opened' },
  INVITATION_ACCEPTED: { sv: 'Inbjudan accepterad', en: 'Invitation accepted' },
  INVITATION_DECLINED: { sv: 'Inbjudan avböjd', en: 'Invitation declined' },
  ORGANISATION_WITHDRAWN: { sv: 'Organisationen drog sig ur', en: 'Organisation withdrew' },
  ORGANISATION_PROFILE_RECORDED: { sv: 'Organisationens uppgifter införda', en: "Organisation's profile recorded" },
  PHASE_LEVELS_PROPOSED: { sv: 'Delaktighetsnivå per fas föreslagen', en: 'Participation levels per phase proposed' },
  PROBLEM_DEFINITION_PROPOSED: { sv: 'Problemformulering föreslagen', en: 'Problem definition proposed' },
  PROBLEM_DEFINITION_AGREED: { sv: 'Ställt sig bakom problemformuleringen', en: 'Agreed to the problem definition' },
  PROBLEM_DEFINITION_ADOPTED: { sv: 'Problemformuleringen antagen gemensamt', en: 'Problem definition adopted jointly' },
  DIALOGUE_MEETING_HELD: { sv: 'Dialogmöte', en: 'Dialogue meeting' },
  WRITTEN_INPUT_SUBMITTED: { sv: 'Skriftligt inspel', en: 'Written input' },
  SHARED_GOAL_RECORDED: { sv: 'Gemensamt mål', en: 'Shared goal' },
  LEGAL_BASIS_RECORDED: { sv: 'Bedömning av varför IOP', en: 'Assessment of why IOP' },
  STATE_AID_ASSESSED: { sv: 'Statsstödsbedömning', en: 'State aid assessment' },
  DE_MINIMIS_AID_DECLARED: { sv: 'Försäkran om stöd av mindre betydelse', en: 'De minimis declaration' },
  DIALOGUE_CLOSED: { sv: 'Dialogen avslutad', en: 'Dialogue closed' },
  DRAFT_VERSION_SUBMITTED: { sv: 'Avtalsversion lämnad', en: 'Draft version submitted' },
  DRAFT_VERSION_APPROVED: { sv: 'Avtalsversion godkänd', en: 'Draft version approved' },
  DRAFT_CHANGES_REQUESTED: { sv: 'Ändringar begärda', en: 'Changes requested' },
  DRAFT_AGREED: { sv: 'Avtalet överenskommet', en: 'Draft agreed' },
  POLITICAL_DECISION_APPROVED: { sv: 'Politiskt beslut: godkänt', en: 'Political decision: approved' },
  POLITICAL_DECISION_RETURNED: { sv: 'Politiskt beslut: återremiss', en: 'Political decision: returned' },
  POLITICAL_DECISION_REJECTED: { sv: 'Politiskt beslut: avslag', en: 'Political decision: rejected' },
  PROTOCOL_ANNOUNCEMENT_RECORDED: { sv: 'Beslutets justering anslagen', en: "The decision's justering announced" },
  DECISION_GAINED_LEGAL_FORCE: { sv: 'Beslutet har vunnit laga kraft', en: 'The decision gained legal force' },
  APPEAL_RECORDED: { sv: 'Beslutet överklagat', en: 'The decision appealed' },
  APPEAL_UPHELD: { sv: 'Överklagandet avslogs: beslutet står fast', en: 'Appeal dismissed: the decision stands' },
  SIGNING_BEFORE_LEGAL_FORCE_RECORDED: { sv: 'Undertecknas före laga kraft', en: 'Signed before legal force' },
  DECISION_ANNULLED: { sv: 'Beslutet upphävt efter överklagande', en: 'The decision annulled on appeal' },
  SIGNED: { sv: 'Undertecknat', en: 'Signed' },
  AGREEMENT_SIGNED: { sv: 'Avtalet undertecknat av alla', en: 'Agreement signed by all' },
  FOLLOW_UP_RAISED: { sv: 'Årlig uppföljning', en: 'Yearly follow-up' },
  FOLLOW_UP_REPORT_SUBMITTED: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  FOLLOW_UP_MEETING_HELD: { sv: 'Uppföljningsmöte', en: 'Follow-up meeting' },
  AMENDMENT_PROPOSED: { sv: 'Ändring av avtalet föreslagen', en: 'Amendment proposed' },
  RENEWAL_STARTED: { sv: 'Förnyelse påbörjad', en: 'Renewal started' },
  TERMINATION_NOTIFIED: { sv: 'Avtalet uppsagt', en: 'Notice of termination given' },
  ORGANISATION_NOTICE_GIVEN: { sv: 'Organisationen sade upp sitt deltagande', en: 'Organisation gave notice of its participation' },
  ORGANISATION_LEFT: { sv: 'Organisationen lämnade avtalet', en: 'Organisation left the agreement' },
  AGREEMENT_EXPIRED: { sv: 'Avtalet har löpt ut', en: 'Agreement expired' },
  PARTNERSHIP_ENDED_EXPIRED: { sv: 'Partnerskapet avslutat: avtalet löpte ut', en: 'Partnership ended: the agreement expired' },
  PARTNERSHIP_ENDED_TERMINATED: { sv: 'Partnerskapet avslutat: avtalet sades upp', en: 'Partnership ended: the agreement was terminated' },
  PARTNERSHIP_ENDED_REJECTED: {
    sv: 'Partnerskapet avslutat: avslag i det politiska beslutet',
    en: 'Partnership ended: rejected by the political decision',
  },
  PARTNERSHIP_ENDED_NO_ORGANISATIONS_LEFT: {
    sv: 'Partnerskapet avslutat: ingen idéburen organisation återstår',
    en: 'Partnership ended: no organisation remains',
  },
};

// The six principles of the national agreement, in the domain's order (libs/domain/src/partnership/principle.ts).
export const PRINCIPLES = {
  INDEPENDENCE: { sv: 'Självständighet och oberoende', en: 'Independence' },
  DIALOGUE: { sv: 'Dialog', en: 'Dialogue' },
  QUALITY: { sv: 'Kvalitet', en: 'Quality' },
  LONG_TERM: { sv: 'Långsiktighet', en: 'Long term' },
  TRANSPARENCY: { sv: 'Öppenhet och insyn', en: 'Transparency' },
  DIVERSITY: { sv: 'Mångfald', en: 'Diversity' },
};

/** An organisation's legal form (juridisk form). */
export const LEGAL_FORMS = {
  NON_PROFIT_ASSOCIATION: { sv: 'Ideell förening', en: 'Non-profit association' },
  ECONOMIC_ASSOCIATION: { sv: 'Ekonomisk förening', en: 'Economic association' },
  FOUNDATION: { sv: 'Stiftelse', en: 'Foundation' },
  REGISTERED_RELIGIOUS_COMMUNITY: { sv: 'Registrerat trossamfund', en: 'Registered religious community' },
  LIMITED_COMPANY_RESTRICTED_DIVIDENDS: {
    sv: 'Aktiebolag med särskild vinstutdelningsbegränsning (SVB)',
    en: 'Limited company with restricted dividends (SVB)',
  },
  OTHER: { sv: 'Annan form', en: 'Other form' },
};

/** The documents an organisation's profile lists. */
export const ATTACHMENT_KINDS = {
  STATUTES: { sv: 'Stadgar', en: 'Statutes' },
  ANNUAL_REPORT: { sv: 'Senaste verksamhetsberättelse', en: 'Latest annual report' },
  ANNUAL_ACCOUNTS: { sv: 'Senaste bokslut', en: 'Latest accounts' },
};

/** What a phase's level needs and may lack (libs/domain/src/kernel/phase-level.ts). */
export const EVIDENCE_KINDS = {
  INFORMED: { sv: 'att organisationerna informerades', en: 'the organisations being informed' },
  ANSWERED: { sv: 'svar från en organisation', en: 'an answer from an organisation' },
  MET: { sv: 'ett möte där båda sidor deltog', en: 'a meeting both sides attended' },
  DECIDED_TOGETHER: { sv: 'ett beslut som parterna fattade tillsammans', en: 'a decision the parties took together' },
};

/** SKR's criteria of 2017 for an IOP (the domain's SKR_CRITERIA). */
export const SKR_CRITERIA = {
  NOT_BASIC_ASSOCIATION_GRANT: { sv: 'Inte en del av föreningsbidraget', en: 'Not part of the basic association grant' },
  NOT_A_PURCHASE_CO_FINANCED: { sv: 'Inte ett köp utan samfinansierat av båda', en: 'Not a purchase, but co-financed by both' },
  SHARED_NEED: { sv: 'Ett gemensamt behov av samverkan', en: 'A shared need for collaboration' },
  POLITICAL_PROGRAMME: {
    sv: 'Gärna del av ett politiskt program som nämner civilsamhället',
    en: 'Preferably part of a political programme naming civil society',
  },
  NOT_DETAIL_REGULATED: { sv: 'Inte detaljstyrt av den offentliga parten', en: 'Not detail-regulated by the public party' },
  SHARED_OWNERSHIP_AND_GOVERNANCE: { sv: 'Gemensamt engagemang, ägarskap och styrning', en: 'Shared engagement, ownership and governance' },
  MUTUAL_IN_A_MARKET: {
    sv: 'På en marknad: tydligt en samfinansierad ömsesidig samverkan',
    en: 'In a market: clearly a co-financed mutual collaboration',
  },
  LASTING_AND_DEVELOPING: {
    sv: 'Långsiktigt, utvecklas genom gemensam uppföljning och beslut',
    en: 'Lasting, developed through joint follow-up and decisions',
  },
};

export const CRITERION_ASSESSMENTS = {
  MET: { sv: 'Uppfyllt', en: 'Met' },
  NOT_MET: { sv: 'Inte uppfyllt', en: 'Not met' },
  UNCLEAR: { sv: 'Oklart', en: 'Unclear' },
};

/** Forum's four keys of a genuine IOP (the domain's FORUM_KEYS). */
export const FORUM_KEYS = {
  DELIBERATE_CHOICE_OF_FORM: { sv: 'Ett medvetet val av samverkansform', en: 'A deliberate choice of form' },
  JOINT_ANALYSIS: { sv: 'En gemensam analys av utmaningen', en: 'A joint analysis of the challenge' },
  JOINT_OWNERSHIP: { sv: 'Tydlighet om vad som ägs gemensamt', en: 'Clarity on what is jointly owned' },
  LEARNING_GOALS: { sv: 'Lärandemål för alla parter', en: 'Learning goals for every party' },
};

/** What a state aid assessment concludes (the domain's STATE_AID_CONCLUSIONS). */
export const STATE_AID_CONCLUSIONS = {
  NO_ECONOMIC_ACTIVITY: { sv: 'Ingen ekonomisk verksamhet (inget statsstöd)', en: 'No economic activity (no state aid)' },
  DE_MINIMIS: { sv: 'Stöd av mindre betydelse (förordning 2023/2831)', en: 'De minimis (Regulation 2023/2831)' },
  SGEI_DE_MINIMIS: { sv: 'Stöd av mindre betydelse för SGEI (förordning 2023/2832)', en: 'SGEI de minimis (Regulation 2023/2832)' },
  SGEI_ENTRUSTMENT: { sv: 'Tjänst av allmänt ekonomiskt intresse med överlåtelseakt', en: 'SGEI with an entrustment act' },
  OTHER: { sv: 'Annan rättslig grund', en: 'Another legal basis' },
};

/** The currencies an aid is given in (the domain's AID_CURRENCIES). */
export const AID_CURRENCIES = { SEK: { sv: 'kronor (SEK)', en: 'kronor (SEK)' }, EUR: { sv: 'euro (EUR)', en: 'euro (EUR)' } };

/** The kinds of process an inbox's tasks come from (libs/domain/src/process-kind.ts). */
export const PROCESS_KINDS = {
  PARTNERSHIP: { sv: 'Partnerskap (IOP)', en: 'Partnership (IOP)' },
  FRAMEWORK_AGREEMENT: { sv: 'Överenskommelse', en: 'Framework agreement' },
  INITIATIVE: { sv: 'Initiativ', en: 'Initiative' },
};

/** What a political body decided (politiskt beslut); RETURNED is återremiss. */
export const DECISION_OUTCOMES = {
  APPROVED: { sv: 'Godkänt', en: 'Approved' },
  RETURNED: { sv: 'Återremiss', en: 'Returned' },
  REJECTED: { sv: 'Avslag', en: 'Rejected' },
};

/** The court's ruling on an appeal of a decision (laglighetsprövning). */
export const APPEAL_OUTCOMES = {
  UPHELD: { sv: 'Beslutet står fast', en: 'The decision stands' },
  ANNULLED: { sv: 'Beslutet upphävs', en: 'The decision is annulled' },
};

export const BASIS_KINDS = {
  BOARD_DECISION: { sv: 'Styrelsebeslut om firmateckning', en: 'Board decision on who signs' },
  REGISTER_EXTRACT: { sv: 'Registreringsbevis (utdrag ur registret)', en: 'Register extract naming the signatories' },
  DELEGATION_ORDER: { sv: 'Delegationsordning', en: 'Delegation order' },
  LEGACY: { sv: 'Tidigare registrering utan underlag', en: 'Earlier registration without a basis' },
};

/** An organisation's place in a partnership. */
export const ORGANISATION_STATUSES = {
  INVITED: { sv: 'Inbjuden', en: 'Invited' },
  ACCEPTED: { sv: 'Deltar', en: 'Taking part' },
  DECLINED: { sv: 'Tackade nej', en: 'Declined' },
  WITHDRAWN: { sv: 'Har lämnat', en: 'Withdrawn' },
  LEFT: { sv: 'Har lämnat avtalet efter uppsägning', en: 'Left the agreement after notice' },
};

export const TASK_STATUSES = {
  // Status words as a Swedish register writes them: "Att göra", "Genomfört", "Avbrutet".
  OPEN: { sv: 'Att göra', en: 'To do' },
  DONE: { sv: 'Genomfört', en: 'Done' },
  CANCELLED: { sv: 'Avbrutet', en: 'Cancelled' },
};

export const MEETING_PURPOSES = {
  DIALOGUE: { sv: 'Dialogmöte', en: 'Dialogue meeting' },
  FOLLOW_UP: { sv: 'Uppföljningsmöte', en: 'Follow-up meeting' },
};

export const REVIEW_DECISIONS = {
  APPROVED: { sv: 'Godkänd', en: 'Approved' },
  CHANGES_REQUESTED: { sv: 'Ändringar begärda', en: 'Changes requested' },
};

/** Why a drafting round was opened; RESUBMISSION follows an återremiss. */
export const ROUND_KINDS = {
  INITIAL: { sv: 'Första utformningen', en: 'First drafting' },
  RESUBMISSION: { sv: 'Efter återremiss', en: 'After referral back' },
  AMENDMENT: { sv: 'Ändring av avtalet', en: 'Amendment' },
  RENEWAL: { sv: 'Förlängning', en: 'Renewal' },
};

export const END_REASONS = {
  EXPIRED: { sv: 'Avtalstiden löpte ut', en: 'The agreement expired' },
  TERMINATED: { sv: 'Uppsagt', en: 'Terminated' },
  REJECTED: { sv: 'Avslaget i det politiska beslutet', en: 'Rejected by the political decision' },
  NO_ORGANISATIONS_LEFT: { sv: 'Ingen organisation deltar längre', en: 'No organisation takes part any more' },
};

/** Where a signed IOP stands in the public register. */
export const REGISTER_STATUSES = {
  IN_FORCE: { sv: 'Gällande', en: 'In force' },
  ENDED: { sv: 'Avslutat', en: 'Ended' },
};

/** Who is responsible for a step. */
export const RESPONSIBLE_KINDS = {
  PUBLIC: { sv: 'Offentlig part', en: 'Public party' },
  ORGANISATION: { sv: 'Organisation', en: 'Organisation' },
  JOINT: { sv: 'Gemensamt', en: 'Jointly' },
};

/** A firmatecknare entry's state (libs/database's SIGNATORY_STATUSES): only a confirmed one may sign. */
export const SIGNATORY_STATUSES = {
  PROPOSED: { sv: 'Föreslagen, väntar på bekräftelse', en: 'Proposed, waiting for confirmation' },
  CONFIRMED: { sv: 'Bekräftad', en: 'Confirmed' },
};

/** What an entry of a partnership's timeline is (libs/database's TIMELINE_KINDS), as its CSV export names it. */
export const TIMELINE_KINDS = {
  STEP: { sv: 'Steg', en: 'Step' },
  DECISION: { sv: 'Politiskt beslut', en: 'Political decision' },
  SIGNATURE: { sv: 'Underskrift', en: 'Signature' },
  TASK_OPENED: { sv: 'Uppgift öppnad', en: 'Task opened' },
  TASK_CLOSED: { sv: 'Uppgift avslutad', en: 'Task closed' },
  AUDIT: { sv: 'Kommando i granskningsloggen', en: 'Command in the audit log' },
};

/** How a command in the audit log ended (libs/database's AUDIT_OUTCOMES). */
export const AUDIT_OUTCOMES = {
  ACCEPTED: { sv: 'Godtaget', en: 'Accepted' },
  REPLAYED: { sv: 'Upprepat, inget ändrat', en: 'Replayed, nothing changed' },
  REFUSED: { sv: 'Avvisat', en: 'Refused' },
  FAILED: { sv: 'Misslyckades', en: 'Failed' },
};

/** Who a signed-in person is to the engine (libs/identity's ROLES), as the header names them. */
export const ROLES = {
  officer: { sv: 'tjänsteperson', en: 'officer' },
  organisation_rep: { sv: 'företrädare', en: 'representative' },
  auditor: { sv: 'granskare', en: 'auditor' },
};

// The tables of the other processes and of the records, one file per area.
export * from './labels/frameworks.js';
export * from './labels/initiatives.js';
export * from './labels/records.js';
