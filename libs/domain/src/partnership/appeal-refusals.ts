import { refuse, RuleResult } from '../kernel/refusal';

/**
 * The refusals of an appeal of a decision and its outcome (överklagande, rules version 3) and of signing before the
 * decision gained legal force (rules version 4); part of `Refusals`.
 */
export const AppealRefusals = {
  signingBeforeLegalForceNeedsRulesVersion4: <T>(): RuleResult<T> =>
    refuse(
      'SIGNING_BEFORE_LEGAL_FORCE_NOT_UNDER_THESE_RULES',
      'Partnerskapet följer regler där avtalet gäller från sista underskriften; valet att underteckna före laga kraft förs in i partnerskap som öppnats senare.',
      'The partnership follows rules under which the agreement is in force from its last signature; signing before legal force is recorded in partnerships opened later.',
      'CONFLICT',
    ),
  signingBeforeLegalForceAlreadyRecorded: <T>(): RuleResult<T> =>
    refuse(
      'SIGNING_BEFORE_LEGAL_FORCE_ALREADY_RECORDED',
      'Att avtalet undertecknas före laga kraft är redan infört för beslutet.',
      'Signing before legal force is already recorded for the decision.',
      'CONFLICT',
    ),
  signingBeforeLegalForceReasonRequired: <T>(): RuleResult<T> => {
    const refused = refuse<T>(
      'SIGNING_BEFORE_LEGAL_FORCE_REASON_REQUIRED',
      'Fältet reason (skälet att avtalet ska gälla före laga kraft) måste fyllas i.',
      'The field reason (why the agreement is to be in force before legal force) must be filled in.',
      'INVALID',
    );
    return refused.ok ? refused : { ok: false, refusal: { ...refused.refusal, field: 'reason' } };
  },
  appealWithoutAnnouncement: <T>(): RuleResult<T> =>
    refuse(
      'APPEAL_WITHOUT_ANNOUNCEMENT',
      'Beslutets anslag är inte infört: utan anslag finns ingen överklagandetid att överklaga inom.',
      "The decision's anslag is not recorded: without it there is no appeal window to appeal within.",
      'CONFLICT',
    ),
  appealAfterWindow: <T>(lastDay: string): RuleResult<T> =>
    refuse(
      'APPEAL_AFTER_WINDOW',
      `Fältet lodgedOn (dagen överklagandet kom in) kan inte vara efter sista dag för överklagande (${lastDay}).`,
      `The field lodgedOn (the day the appeal was lodged) cannot be after the last day of appeal (${lastDay}).`,
      'INVALID',
    ),
  appealBeforeMeeting: <T>(): RuleResult<T> =>
    refuse(
      'APPEAL_BEFORE_MEETING',
      'Fältet lodgedOn (dagen överklagandet kom in) kan inte vara före sammanträdesdagen.',
      'The field lodgedOn (the day the appeal was lodged) cannot be before the meeting date.',
      'INVALID',
    ),
  decisionHasLegalForce: <T>(): RuleResult<T> =>
    refuse(
      'DECISION_HAS_LEGAL_FORCE',
      'Beslutet har redan vunnit laga kraft och kan inte längre överklagas.',
      'The decision has already gained legal force and can no longer be appealed.',
      'CONFLICT',
    ),
  appealAlreadyRecorded: <T>(): RuleResult<T> =>
    refuse('APPEAL_ALREADY_RECORDED', 'Ett överklagande av beslutet är redan infört.', 'An appeal of the decision is already recorded.', 'CONFLICT'),
  noAppealPending: <T>(): RuleResult<T> =>
    refuse(
      'NO_APPEAL_PENDING',
      'Beslutet har inget överklagande som väntar på domstolens avgörande.',
      "The decision has no appeal awaiting the court's ruling.",
      'CONFLICT',
    ),
  appealDecidedBeforeLodged: <T>(): RuleResult<T> =>
    refuse(
      'APPEAL_DECIDED_BEFORE_LODGED',
      'Fältet decidedOn (dagen domstolen avgjorde målet) kan inte vara före dagen överklagandet kom in (lodgedOn).',
      'The field decidedOn (the day the court ruled) cannot be before the day the appeal was lodged (lodgedOn).',
      'INVALID',
    ),
  courtRequired: <T>(): RuleResult<T> =>
    refuse('COURT_REQUIRED', 'Fältet court (domstolen) måste fyllas i.', 'The field court must be filled in.', 'INVALID'),
  caseNumberRequired: <T>(): RuleResult<T> =>
    refuse(
      'CASE_NUMBER_REQUIRED',
      'Fältet caseNumber (målnummer) måste fyllas i.',
      'The field caseNumber (the case number) must be filled in.',
      'INVALID',
    ),
};
