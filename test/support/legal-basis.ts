import { FORUM_KEYS, SKR_CRITERIA } from '../../libs/domain/src';

/**
 * A complete assessment of why IOP (POST /partnerships/:id/legal-basis): since rules version 3 the dialogue closes
 * only once one is recorded, so every test that drives a partnership to drafting records it first.
 */
export const LEGAL_BASIS = {
  criteria: Object.fromEntries(
    SKR_CRITERIA.map((c) => [c, { assessment: 'MET', comment: 'Bedömt i dialogen: båda parter bidrar och styr gemensamt.' }]),
  ),
  forumKeys: Object.fromEntries(FORUM_KEYS.map((k) => [k, 'Beskrivet i problemformuleringen och dialogens anteckningar.'])),
  conclusion: 'Ett IOP: samverkan kring ett gemensamt behov, samfinansierat, inget köp av en tjänst.',
};
