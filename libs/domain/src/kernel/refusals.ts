import { EARLIEST_DATE, LATEST_DATE } from '../dates';
import { escapeUnstorable, TextProblem } from '../text';
import { refuse, RuleResult } from './refusal';

const TEXT_PROBLEMS: Record<TextProblem, { sv: string; en: string }> = {
  NUL_CHARACTER: { sv: 'ett NUL-tecken (U+0000)', en: 'a NUL character (U+0000)' },
  LONE_SURROGATE: { sv: 'ett ensamt surrogattecken (ett ofullständigt UTF-16-par)', en: 'a lone surrogate (half of a UTF-16 pair)' },
};

/** The refusals any process kind makes: phases, parties, tasks, and what could not be stored. */
export const KernelRefusals = {
  wrongPhase: <T>(phase: string, allowed: readonly string[]): RuleResult<T> =>
    refuse(
      'WRONG_PHASE',
      `Det går inte i fasen ${phase}; det kräver ${allowed.join(' eller ')}.`,
      `Not possible in phase ${phase}; it needs ${allowed.join(' or ')}.`,
      'CONFLICT',
    ),
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
    refuse('TASK_OF_ANOTHER_PARTY', 'Uppgiften är riktad till en annan part.', 'The task is addressed to another party.', 'FORBIDDEN'),
  taskNotOpen: <T>(): RuleResult<T> =>
    refuse('TASK_NOT_OPEN', 'Uppgiften finns inte eller är redan avslutad.', 'The task does not exist or is already closed.', 'CONFLICT'),
  textNotStorable: <T>(path: string, problem: TextProblem): RuleResult<T> =>
    refuse(
      'TEXT_NOT_STORABLE',
      `Fältet ${escapeUnstorable(path)} innehåller ${TEXT_PROBLEMS[problem].sv}, som inte kan sparas.`,
      `The field ${escapeUnstorable(path)} contains ${TEXT_PROBLEMS[problem].en}, which cannot be stored.`,
      'INVALID',
    ),
  dateOutOfRange: <T>(field: string): RuleResult<T> =>
    refuse(
      'DATE_OUT_OF_RANGE',
      `Fältet ${field} ska vara ett datum ÅÅÅÅ-MM-DD som finns, från ${EARLIEST_DATE} till ${LATEST_DATE}.`,
      `The field ${field} must be a calendar day YYYY-MM-DD from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
      'INVALID',
    ),
};
