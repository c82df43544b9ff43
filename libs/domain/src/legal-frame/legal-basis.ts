import type { PartyKey } from '../kernel/parties';
import type { ForumKeysMet } from './forum-keys';
import type { CriteriaFindings } from './skr-criteria';

/** Why IOP and not procurement or a grant (LegalBasisAssessment): SKR's criteria, Forum's keys, a conclusion. */
export interface LegalBasisTerms {
  criteria: CriteriaFindings;
  forumKeys: ForumKeysMet;
  conclusion: string;
}

/** One recorded version; a new one replaces it as the assessment in force, and both stay on the timeline. */
export interface LegalBasisAssessment extends LegalBasisTerms {
  version: number;
  recordedBy: PartyKey;
  recordedAt: string;
}
