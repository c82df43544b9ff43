import { refuse, RuleResult } from '../kernel/refusal';

/** The refusals of an appeal of a decision and its outcome (överklagande, rules version 3); part of `Refusals`. */
export const AppealRefusals = {
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
