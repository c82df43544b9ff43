import type { Phase } from '../phase';
import { refuse, RuleResult } from '../refusal';

/** The refusal catalogue: every illegal move's code, kind and sentence, in one place. */
export const Refusals = {
  ended: <T>(): RuleResult<T> =>
    refuse('PARTNERSHIP_ENDED', 'Partnerskapet är avslutat.', 'The partnership has ended.', 'CONFLICT'),
  wrongPhase: <T>(phase: Phase, allowed: readonly Phase[]): RuleResult<T> =>
    refuse(
      'WRONG_PHASE',
      `Det går inte i fasen ${phase}; det kräver ${allowed.join(' eller ')}.`,
      `Not possible in phase ${phase}; it needs ${allowed.join(' or ')}.`,
      'CONFLICT',
    ),
  unknownParty: <T>(party: string): RuleResult<T> =>
    refuse('PARTY_NOT_IN_PARTNERSHIP', `${party} är inte part i partnerskapet.`, `${party} is not a party to the partnership.`, 'FORBIDDEN'),
  partyNotActive: <T>(party: string): RuleResult<T> =>
    refuse(
      'PARTY_NOT_ACTIVE',
      `Organisationen ${party} har avböjt eller dragit sig ur.`,
      `The organisation ${party} has declined or withdrawn.`,
      'CONFLICT',
    ),
  publicPartyOnly: <T>(what: string, vad: string): RuleResult<T> =>
    refuse('PUBLIC_PARTY_ONLY', `Bara den offentliga parten kan ${vad}.`, `Only the public party can ${what}.`, 'FORBIDDEN'),
  organisationOnly: <T>(what: string, vad: string): RuleResult<T> =>
    refuse('ORGANISATION_ONLY', `Bara en idéburen organisation kan ${vad}.`, `Only a civil-society organisation can ${what}.`, 'FORBIDDEN'),
  taskOfAnotherParty: <T>(): RuleResult<T> =>
    refuse(
      'TASK_OF_ANOTHER_PARTY',
      'Uppgiften är riktad till en annan part.',
      'The task is addressed to another party.',
      'FORBIDDEN',
    ),
  taskNotOpen: <T>(): RuleResult<T> =>
    refuse('TASK_NOT_OPEN', 'Uppgiften finns inte eller är redan avslutad.', 'The task does not exist or is already closed.', 'CONFLICT'),
  invitationAnswered: <T>(): RuleResult<T> =>
    refuse('INVITATION_ALREADY_ANSWERED', 'Inbjudan är redan besvarad.', 'The invitation has already been answered.', 'CONFLICT'),
  withdrawAfterSignature: <T>(): RuleResult<T> =>
    refuse(
      'WITHDRAWAL_AFTER_SIGNATURE',
      'Efter undertecknandet kan en part bara säga upp avtalet.',
      'After signature a party can only terminate the agreement.',
      'CONFLICT',
    ),
  noProblemDefinition: <T>(): RuleResult<T> =>
    refuse('NO_PROBLEM_DEFINITION', 'Ingen problemformulering är föreslagen ännu.', 'No problem definition has been proposed yet.', 'CONFLICT'),
  alreadyAgreed: <T>(): RuleResult<T> =>
    refuse('ALREADY_AGREED', 'Parten har redan ställt sig bakom problemformuleringen.', 'The party has already agreed to the problem definition.', 'CONFLICT'),
  sharedGoalMissing: <T>(): RuleResult<T> =>
    refuse('SHARED_GOAL_MISSING', 'Dialogen kan inte avslutas utan ett gemensamt mål.', 'The dialogue cannot close without a shared goal.', 'CONFLICT'),
  meetingNeedsBothSides: <T>(): RuleResult<T> =>
    refuse(
      'MEETING_ATTENDEES_UNKNOWN',
      'Varje närvarande part måste vara part i partnerskapet.',
      'Every attending party must be a party to the partnership.',
      'INVALID',
    ),
  draftDates: <T>(): RuleResult<T> =>
    refuse('DRAFT_DATES_INVALID', 'Slutdatum måste ligga efter startdatum.', 'The end date must be after the start date.', 'INVALID'),
  contributionParty: <T>(party: string): RuleResult<T> =>
    refuse('CONTRIBUTION_PARTY_UNKNOWN', `Bidraget anger ${party}, som inte är en aktiv part.`, `A contribution names ${party}, which is not an active party.`, 'INVALID'),
  draftNotFound: <T>(version: number): RuleResult<T> =>
    refuse('DRAFT_NOT_FOUND', `Version ${version} finns inte i denna avtalsrunda.`, `Version ${version} does not exist in this drafting round.`, 'CONFLICT'),
  draftNotLatest: <T>(version: number, latest: number): RuleResult<T> =>
    refuse(
      'DRAFT_NOT_LATEST',
      `Version ${version} är inte den senaste; granska version ${latest}.`,
      `Version ${version} is not the latest; review version ${latest}.`,
      'CONFLICT',
    ),
  alreadyReviewed: <T>(): RuleResult<T> =>
    refuse('ALREADY_REVIEWED', 'Parten har redan godkänt denna version.', 'The party has already approved this version.', 'CONFLICT'),
  principleUnaddressed: <T>(principles: string[]): RuleResult<T> =>
    refuse(
      'PRINCIPLE_UNADDRESSED',
      `Utkastet beskriver inte hur principerna ${principles.join(', ')} uppfylls.`,
      `The draft does not say how it honours the principles ${principles.join(', ')}.`,
      'INVALID',
    ),
  ownContributionMissing: <T>(organisations: string[]): RuleResult<T> =>
    refuse(
      'OWN_CONTRIBUTION_MISSING',
      `Utkastet anger ingen egen insats för ${organisations.join(', ')}.`,
      `The draft gives no own contribution for ${organisations.join(', ')}.`,
      'INVALID',
    ),
  diarienummerRequired: <T>(): RuleResult<T> =>
    refuse('DIARIENUMMER_REQUIRED', 'Ett politiskt beslut kräver ett diarienummer.', 'A political decision needs a diarienummer.', 'INVALID'),
  reasonsRequired: <T>(): RuleResult<T> =>
    refuse('REASONS_REQUIRED', 'Återremiss och avslag kräver motivering.', 'Återremiss and rejection need the body\'s reasons.', 'INVALID'),
  signingBeforeApproval: <T>(): RuleResult<T> =>
    refuse(
      'SIGNING_BEFORE_APPROVAL',
      'Avtalet kan inte undertecknas innan det är politiskt godkänt.',
      'The agreement cannot be signed before it is politically approved.',
      'CONFLICT',
    ),
  alreadySigned: <T>(): RuleResult<T> =>
    refuse('ALREADY_SIGNED', 'Parten har redan undertecknat.', 'The party has already signed.', 'CONFLICT'),
  noAgreementInForce: <T>(): RuleResult<T> =>
    refuse('NO_AGREEMENT_IN_FORCE', 'Det finns inget avtal i kraft.', 'There is no agreement in force.', 'CONFLICT'),
  followUpNotDue: <T>(dueDate: string): RuleResult<T> =>
    refuse('FOLLOW_UP_NOT_DUE', `Ingen uppföljning är utlöst för ${dueDate}.`, `No follow-up has been raised for ${dueDate}.`, 'CONFLICT'),
  reportAlreadySubmitted: <T>(): RuleResult<T> =>
    refuse('REPORT_ALREADY_SUBMITTED', 'Organisationen har redan lämnat sin rapport.', 'The organisation has already submitted its report.', 'CONFLICT'),
  terminationPending: <T>(): RuleResult<T> =>
    refuse('TERMINATION_PENDING', 'Avtalet är redan uppsagt.', 'The agreement has already been terminated.', 'CONFLICT'),
  roundUnderWay: <T>(): RuleResult<T> =>
    refuse('ROUND_UNDER_WAY', 'En ändring eller förnyelse pågår redan.', 'An amendment or renewal is already under way.', 'CONFLICT'),
};
