import { KernelRefusals } from '../kernel/refusals';
import { Principle, principleNames } from './principle';
import { refuse, RuleResult } from '../kernel/refusal';
import { AppealRefusals } from './appeal-refusals';

/** The refusal catalogue: every illegal move's code, kind and sentence, the kernel's and the partnership's own. */
export const Refusals = {
  ...KernelRefusals,
  ...AppealRefusals,
  ended: <T>(): RuleResult<T> => refuse('PARTNERSHIP_ENDED', 'Partnerskapet är avslutat.', 'The partnership has ended.', 'CONFLICT'),
  unknownParty: <T>(party: string): RuleResult<T> =>
    refuse('PARTY_NOT_IN_PARTNERSHIP', `${party} är inte part i partnerskapet.`, `${party} is not a party to the partnership.`, 'FORBIDDEN'),
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
    refuse(
      'ALREADY_AGREED',
      'Parten har redan ställt sig bakom problemformuleringen.',
      'The party has already agreed to the problem definition.',
      'CONFLICT',
    ),
  sharedGoalMissing: <T>(): RuleResult<T> =>
    refuse(
      'SHARED_GOAL_MISSING',
      'Dialogen kan inte avslutas utan ett gemensamt mål.',
      'The dialogue cannot close without a shared goal.',
      'CONFLICT',
    ),
  legalBasisMissing: <T>(): RuleResult<T> =>
    refuse(
      'LEGAL_BASIS_MISSING',
      'Dialogen kan inte avslutas innan bedömningen av varför IOP (och inte upphandling eller bidrag) är införd.',
      'The dialogue cannot close before the assessment of why IOP (and not procurement or a grant) is recorded.',
      'CONFLICT',
    ),
  legalBasisIncomplete: <T>(field: string): RuleResult<T> =>
    refuse(
      'LEGAL_BASIS_INCOMPLETE',
      `Fältet ${field} ska fyllas i: bedömningen tar ställning till varje kriterium och varje nyckel, med motivering.`,
      `The field ${field} must be filled in: the assessment takes a stand on every criterion and every key, with reasons.`,
      'INVALID',
    ),
  // With the field's path, so the API names it (`errors`) and the web marks it beside its input.
  stateAidIncomplete: <T>(path: string, rule: string, regel: string): RuleResult<T> =>
    field(refuse('STATE_AID_INCOMPLETE', `Fältet ${path}: ${regel}.`, `The field ${path}: ${rule}.`, 'INVALID'), path),
  deMinimisDeclarationIncomplete: <T>(path: string, rule: string, regel: string): RuleResult<T> =>
    field(refuse('DE_MINIMIS_DECLARATION_INCOMPLETE', `Fältet ${path}: ${regel}.`, `The field ${path}: ${rule}.`, 'INVALID'), path),
  deMinimisLedgerMissing: <T>(organisation: string): RuleResult<T> =>
    refuse(
      'DE_MINIMIS_LEDGER_MISSING',
      `Stödet av mindre betydelse till ${organisation} kan inte beviljas utan organisationens sammanställning av tidigare stöd.`,
      `The de minimis aid to ${organisation} cannot be granted without the organisation's ledger of earlier aid.`,
      'CONFLICT',
    ),
  deMinimisDeclarationNotAsked: <T>(): RuleResult<T> =>
    refuse(
      'DE_MINIMIS_DECLARATION_NOT_ASKED',
      'Ingen statsstödsbedömning av stöd av mindre betydelse nämner organisationen; det finns inget att försäkra.',
      'No de minimis state aid assessment names the organisation; there is nothing to declare.',
      'CONFLICT',
    ),
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
    refuse(
      'CONTRIBUTION_PARTY_UNKNOWN',
      `Bidraget anger ${party}, som inte är en aktiv part.`,
      `A contribution names ${party}, which is not an active party.`,
      'INVALID',
    ),
  /** The draft was valid when submitted: the party left since, so the move conflicts with the state (409). */
  contributionPartyNotActive: <T>(version: number, party: string): RuleResult<T> =>
    refuse(
      'CONTRIBUTION_PARTY_NOT_ACTIVE',
      `Version ${version} anger ett bidrag från ${party}, som har avböjt eller dragit sig ur; lämna en ny version.`,
      `Version ${version} names a contribution of ${party}, which has declined or withdrawn; submit a new version.`,
      'CONFLICT',
    ),
  noticeMonthsOutOfRange: <T>(max: number): RuleResult<T> =>
    refuse(
      'NOTICE_MONTHS_OUT_OF_RANGE',
      `Fältet terminationNoticeMonths ska vara ett helt antal månader från 0 till ${max}.`,
      `The field terminationNoticeMonths must be a whole number of months from 0 to ${max}.`,
      'INVALID',
    ),
  attendeeNamesRequired: <T>(party: string): RuleResult<T> =>
    refuse(
      'ATTENDEE_NAMES_REQUIRED',
      `Närvaron för ${party} ska ange minst en person vid namn.`,
      `The attendance of ${party} must name at least one person.`,
      'INVALID',
    ),
  draftNotFound: <T>(version: number): RuleResult<T> =>
    refuse(
      'DRAFT_NOT_FOUND',
      `Version ${version} finns inte i denna avtalsrunda.`,
      `Version ${version} does not exist in this drafting round.`,
      'CONFLICT',
    ),
  draftNotLatest: <T>(version: number, latest: number): RuleResult<T> =>
    refuse(
      'DRAFT_NOT_LATEST',
      `Version ${version} är inte den senaste; granska version ${latest}.`,
      `Version ${version} is not the latest; review version ${latest}.`,
      'CONFLICT',
    ),
  alreadyReviewed: <T>(): RuleResult<T> =>
    refuse('ALREADY_REVIEWED', 'Parten har redan godkänt denna version.', 'The party has already approved this version.', 'CONFLICT'),
  principleUnaddressed: <T>(principles: readonly Principle[]): RuleResult<T> =>
    refuse(
      'PRINCIPLE_UNADDRESSED',
      `Utkastet beskriver inte hur principerna ${principleNames(principles, 'sv')} uppfylls.`,
      `The draft does not say how it honours the principles ${principleNames(principles, 'en')}.`,
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
    refuse('REASONS_REQUIRED', 'Återremiss och avslag kräver motivering.', "Återremiss and rejection need the body's reasons.", 'INVALID'),
  signingBeforeApproval: <T>(): RuleResult<T> =>
    refuse(
      'SIGNING_BEFORE_APPROVAL',
      'Avtalet kan inte undertecknas innan det är politiskt godkänt.',
      'The agreement cannot be signed before it is politically approved.',
      'CONFLICT',
    ),
  alreadySigned: <T>(): RuleResult<T> => refuse('ALREADY_SIGNED', 'Parten har redan undertecknat.', 'The party has already signed.', 'CONFLICT'),
  noAgreementInForce: <T>(): RuleResult<T> =>
    refuse('NO_AGREEMENT_IN_FORCE', 'Det finns inget avtal i kraft.', 'There is no agreement in force.', 'CONFLICT'),
  followUpNotDue: <T>(dueDate: string): RuleResult<T> =>
    refuse('FOLLOW_UP_NOT_DUE', `Ingen uppföljning är utlöst för ${dueDate}.`, `No follow-up has been raised for ${dueDate}.`, 'CONFLICT'),
  reportAlreadySubmitted: <T>(): RuleResult<T> =>
    refuse(
      'REPORT_ALREADY_SUBMITTED',
      'Organisationen har redan lämnat sin rapport.',
      'The organisation has already submitted its report.',
      'CONFLICT',
    ),
  terminationPending: <T>(): RuleResult<T> =>
    refuse('TERMINATION_PENDING', 'Avtalet är redan uppsagt.', 'The agreement has already been terminated.', 'CONFLICT'),
  announcedBeforeJustering: <T>(): RuleResult<T> =>
    refuse(
      'ANNOUNCED_BEFORE_JUSTERING',
      'Fältet announcedOn (anslag) kan inte vara före protocolApprovedOn (justering): protokollet anslås först när det är justerat.',
      'The field announcedOn (anslag) cannot be before protocolApprovedOn (justering): a protocol is announced only once it is approved.',
      'INVALID',
    ),
  justeringBeforeMeeting: <T>(): RuleResult<T> =>
    refuse(
      'JUSTERING_BEFORE_MEETING',
      'Fältet protocolApprovedOn (justering) kan inte vara före sammanträdesdagen (meetingDate).',
      'The field protocolApprovedOn (justering) cannot be before the meeting date (meetingDate).',
      'INVALID',
    ),
  appealWindowNeedsRulesVersion3: <T>(): RuleResult<T> =>
    refuse(
      'APPEAL_WINDOW_NOT_UNDER_THESE_RULES',
      'Partnerskapet följer regler utan överklagandetid; justering och anslag förs in i partnerskap som öppnats senare.',
      'The partnership follows rules without an appeal window; justering and anslag are recorded in partnerships opened later.',
      'CONFLICT',
    ),
  decisionNotLatest: <T>(seq: number): RuleResult<T> =>
    refuse(
      'DECISION_NOT_LATEST',
      `Beslut ${seq} finns inte eller är inte det senaste politiska beslutet som godkänner avtalet.`,
      `Decision ${seq} does not exist or is not the latest political decision approving the agreement.`,
      'CONFLICT',
    ),
  announcementAlreadyRecorded: <T>(): RuleResult<T> =>
    refuse(
      'ANNOUNCEMENT_ALREADY_RECORDED',
      'Beslutets anslag är redan infört: överklagandetiden löper redan.',
      "The decision's anslag is already recorded: its appeal window is already running.",
      'CONFLICT',
    ),
  noticeAlreadyGiven: <T>(): RuleResult<T> =>
    refuse(
      'NOTICE_ALREADY_GIVEN',
      'Organisationen har redan sagt upp sitt deltagande.',
      'The organisation has already given notice of its participation.',
      'CONFLICT',
    ),
  roundUnderWay: <T>(): RuleResult<T> =>
    refuse('ROUND_UNDER_WAY', 'En ändring eller förnyelse pågår redan.', 'An amendment or renewal is already under way.', 'CONFLICT'),
  profileOfAnotherOrganisation: <T>(organisationNumber: string): RuleResult<T> =>
    refuse(
      'PROFILE_OF_ANOTHER_ORGANISATION',
      `En organisation kan bara föra in sina egna uppgifter, inte uppgifterna för ${organisationNumber}.`,
      `An organisation can only record its own profile, not the profile of ${organisationNumber}.`,
      'FORBIDDEN',
    ),
  legalFormUnknown: <T>(): RuleResult<T> =>
    field(
      refuse('LEGAL_FORM_UNKNOWN', 'Fältet legalForm anger ingen känd juridisk form.', 'The field legalForm names no known legal form.'),
      'legalForm',
    ),
  legalFormDescriptionRequired: <T>(): RuleResult<T> =>
    field(
      refuse(
        'LEGAL_FORM_DESCRIPTION_REQUIRED',
        'Fältet legalFormDescription ska beskriva den juridiska formen när den är en annan.',
        'The field legalFormDescription must describe the legal form when it is another one.',
      ),
      'legalFormDescription',
    ),
  dateInFuture: <T>(path: string, today: string): RuleResult<T> =>
    field(
      refuse('DATE_IN_FUTURE', `Fältet ${path} får inte ligga efter i dag (${today}).`, `The field ${path} must not be later than today (${today}).`),
      path,
    ),
  registrationDateWithoutRegistration: <T>(): RuleResult<T> =>
    field(
      refuse(
        'REGISTRATION_DATE_WITHOUT_REGISTRATION',
        'Fältet registeredSince anges bara när organisationen är registrerad som idéburen.',
        'The field registeredSince is given only when the organisation is registered as idéburen.',
      ),
      'registeredSince',
    ),
  phaseLevelsNeedRulesVersion3: <T>(): RuleResult<T> =>
    refuse(
      'PHASE_LEVELS_NOT_UNDER_THESE_RULES',
      'Partnerskapet följer regler där nivån bestäms per steg; nivå per fas väljs i partnerskap som öppnats senare.',
      'The partnership follows rules that aim per step; a level per phase is chosen in partnerships opened later.',
      'CONFLICT',
    ),
  phaseLevelPassed: <T>(path: string, phase: string): RuleResult<T> =>
    field(
      refuse(
        'PHASE_ALREADY_PASSED',
        `Fältet ${path}: fasen ${phase} är redan passerad.`,
        `The field ${path}: the phase ${phase} has already passed.`,
        'CONFLICT',
      ),
      path,
    ),
  phaseLevelDuplicate: <T>(path: string, phase: string): RuleResult<T> =>
    field(
      refuse(
        'PHASE_NAMED_TWICE',
        `Fältet ${path}: fasen ${phase} anges mer än en gång.`,
        `The field ${path}: the phase ${phase} is named more than once.`,
      ),
      path,
    ),
};

/** A refusal that names the command's field it is about. */
function field<T>(result: RuleResult<T>, path: string): RuleResult<T> {
  if (!result.ok) result.refusal.field = path;
  return result;
}
