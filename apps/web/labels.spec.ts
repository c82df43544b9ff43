import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ACTION_OUTCOMES,
  APPEAL_OUTCOMES,
  ATTACHMENT_KINDS,
  EVIDENCE_KINDS,
  LEGAL_FORMS,
  COMMITMENT_HOLDERS,
  CRITERION_ASSESSMENTS,
  FORUM_KEYS,
  DECISION_OUTCOMES,
  DEVELOPMENT_AREAS,
  DOCUMENT_KINDS,
  END_REASONS,
  FRAMEWORK_STATUSES,
  FRAMEWORK_STEP_ACTIONS,
  FRAMEWORK_TASK_TYPES,
  FRAMEWORK_VERSION_STATUSES,
  FRAMEWORK_WARNING_CODES,
  HANDLING_ORIGINS,
  HANDLING_TARGETS,
  INITIATIVE_OUTCOMES,
  INITIATIVE_STATUSES,
  INITIATIVE_STEP_ACTIONS,
  INITIATIVE_TASK_TYPES,
  JOINING_UNDERTAKINGS,
  MEETING_PURPOSES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_STATUSES,
  OTHER_FORMS,
  PARTICIPATION_LEVELS,
  PHASES,
  PRINCIPLES,
  PROCESS_KINDS,
  REGISTER_STATUSES,
  RESPONSIBLE_KINDS,
  REVIEW_DECISIONS,
  REVIEW_OUTCOMES,
  RETENTION_KINDS,
  ROUND_KINDS,
  SECTORS,
  SKR_CRITERIA,
  STATE_AID_CONCLUSIONS,
  AID_CURRENCIES,
  STEP_ACTIONS,
  TASK_STATUSES,
  TASK_TYPES,
} from '../../libs/domain/src';
import { SIGNATORY_STATUSES } from '../../libs/database/src/signatories.repository';
import { TIMELINE_KINDS } from '../../libs/database/src/auditing.repository';
import { AUDIT_OUTCOMES } from '../../libs/database/src/entities/audit-log-entry.entity';
import { ROLES } from '../../libs/identity/src/principal';
import { ALL_SIGNATORY_BASIS_KINDS, LEGACY_BASIS } from '../api/src/signatories/signatory-basis';

type Labels = Record<string, { sv?: unknown; en?: unknown }>;

/**
 * labels.js as the browser loads it: an ES module, imported by Node itself (jest runs CommonJS and would need an
 * experimental flag for it), its exports handed back as JSON.
 */
function webLabels(): Record<string, Labels> {
  const url = pathToFileURL(join(__dirname, 'labels.js')).href;
  const script = `import(${JSON.stringify(url)}).then((m) => process.stdout.write(JSON.stringify(m)))`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

const labelled = (labels: Labels, language: 'sv' | 'en') =>
  Object.keys(labels).filter((key) => typeof labels[key][language] === 'string' && (labels[key][language] as string).trim() !== '');

describe("the web's labels of the domain's lists", () => {
  const web = webLabels();

  it.each([
    ['ACTIONS', STEP_ACTIONS],
    ['TASKS', TASK_TYPES],
    ['PHASES', PHASES],
    ['PRINCIPLES', PRINCIPLES],
    ['LEVELS', PARTICIPATION_LEVELS],
    ['DECISION_OUTCOMES', DECISION_OUTCOMES],
    ['APPEAL_OUTCOMES', APPEAL_OUTCOMES],
    ['DEVELOPMENT_AREAS', DEVELOPMENT_AREAS],
    ['PROCESS_KINDS', PROCESS_KINDS],
    ['ORGANISATION_STATUSES', ORGANISATION_STATUSES],
    ['TASK_STATUSES', TASK_STATUSES],
    ['MEETING_PURPOSES', MEETING_PURPOSES],
    ['REVIEW_DECISIONS', REVIEW_DECISIONS],
    ['ROUND_KINDS', ROUND_KINDS],
    ['END_REASONS', END_REASONS],
    ['RESPONSIBLE_KINDS', RESPONSIBLE_KINDS],
    ['SIGNATORY_STATUSES', SIGNATORY_STATUSES],
    ['BASIS_KINDS', [...ALL_SIGNATORY_BASIS_KINDS, LEGACY_BASIS]],
    ['ROLES', ROLES],
    ['FRAMEWORK_STATUSES', FRAMEWORK_STATUSES],
    ['FRAMEWORK_VERSION_STATUSES', FRAMEWORK_VERSION_STATUSES],
    ['COMMITMENT_HOLDERS', COMMITMENT_HOLDERS],
    ['SECTORS', SECTORS],
    ['JOINING_UNDERTAKINGS', JOINING_UNDERTAKINGS],
    ['MEMBERSHIP_STATUSES', MEMBERSHIP_STATUSES],
    ['REVIEW_OUTCOMES', REVIEW_OUTCOMES],
    ['ACTION_OUTCOMES', ACTION_OUTCOMES],
    ['FRAMEWORK_TASK_TYPES', FRAMEWORK_TASK_TYPES],
    ['FRAMEWORK_WARNING_CODES', FRAMEWORK_WARNING_CODES],
    ['FRAMEWORK_STEP_ACTIONS', FRAMEWORK_STEP_ACTIONS],
    ['LEGAL_FORMS', LEGAL_FORMS],
    ['ATTACHMENT_KINDS', ATTACHMENT_KINDS],
    ['EVIDENCE_KINDS', EVIDENCE_KINDS],
    ['SKR_CRITERIA', SKR_CRITERIA],
    ['CRITERION_ASSESSMENTS', CRITERION_ASSESSMENTS],
    ['FORUM_KEYS', FORUM_KEYS],
    ['INITIATIVE_OUTCOMES', INITIATIVE_OUTCOMES],
    ['OTHER_FORMS', OTHER_FORMS],
    ['INITIATIVE_STATUSES', INITIATIVE_STATUSES],
    ['INITIATIVE_TASK_TYPES', INITIATIVE_TASK_TYPES],
    ['INITIATIVE_STEP_ACTIONS', INITIATIVE_STEP_ACTIONS],
    ['STATE_AID_CONCLUSIONS', STATE_AID_CONCLUSIONS],
    ['AID_CURRENCIES', AID_CURRENCIES],
    ['REGISTER_STATUSES', REGISTER_STATUSES],
    ['TIMELINE_KINDS', TIMELINE_KINDS],
    ['AUDIT_OUTCOMES', AUDIT_OUTCOMES],
    ['HANDLING_ORIGINS', HANDLING_ORIGINS],
    ['DOCUMENT_KINDS', DOCUMENT_KINDS],
    ['HANDLING_TARGETS', HANDLING_TARGETS],
    ['RETENTION_KINDS', RETENTION_KINDS],
  ] as const)('names every entry of %s in Swedish and in English, and nothing the domain does not list', (table, list) => {
    expect(web[table]).toBeDefined();
    for (const language of ['sv', 'en'] as const) {
      expect({ language, missing: list.filter((entry) => !labelled(web[table], language).includes(entry)) }).toEqual({ language, missing: [] });
    }
    expect(Object.keys(web[table]).filter((key) => !(list as readonly string[]).includes(key))).toEqual([]);
  });

  it("keeps the phases in the domain's order, which the web's overview shows them in", () => {
    expect(Object.keys(web.PHASES)).toEqual([...PHASES]);
  });
});
