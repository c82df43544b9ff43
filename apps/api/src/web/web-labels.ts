import { webModule } from './web-module';

/** A code's name in the interface's two languages, as apps/web/labels.js gives it. */
export interface Label {
  sv: string;
  en: string;
}
export type LabelTable = Readonly<Record<string, Label>>;

/**
 * The tables of apps/web/labels.js the API names codes with (the printed dossiers, the timeline's CSV). labels.spec.ts
 * checks each against the domain's list; a table named here and missing there stops the API at start.
 */
const TABLES = [
  'ACTIONS',
  'AID_CURRENCIES',
  'APPEAL_OUTCOMES',
  'ATTACHMENT_KINDS',
  'AUDIT_OUTCOMES',
  'BASIS_KINDS',
  'COMMITMENT_HOLDERS',
  'CRITERION_ASSESSMENTS',
  'DECISION_OUTCOMES',
  'DEVELOPMENT_AREAS',
  'DOCUMENT_KINDS',
  'END_REASONS',
  'FORUM_KEYS',
  'FRAMEWORK_STATUSES',
  'FRAMEWORK_STEP_ACTIONS',
  'FRAMEWORK_TASK_TYPES',
  'FRAMEWORK_VERSION_STATUSES',
  'HANDLING_ORIGINS',
  'INITIATIVE_OUTCOMES',
  'INITIATIVE_STATUSES',
  'INITIATIVE_STEP_ACTIONS',
  'INITIATIVE_TASK_TYPES',
  'LEGAL_FORMS',
  'LEVELS',
  'MEMBERSHIP_STATUSES',
  'ORGANISATION_STATUSES',
  'OTHER_FORMS',
  'PHASES',
  'PRINCIPLES',
  'RESPONSIBLE_KINDS',
  'REVIEW_DECISIONS',
  'REVIEW_OUTCOMES',
  'ROUND_KINDS',
  'SECTORS',
  'SKR_CRITERIA',
  'STATE_AID_CONCLUSIONS',
  'TASK_STATUSES',
  'TASKS',
  'TIMELINE_KINDS',
] as const;
export type LabelTableName = (typeof TABLES)[number];

function loadLabels(): Record<LabelTableName, LabelTable> {
  const module = webModule<Partial<Record<string, LabelTable>>>('labels.js');
  const missing = TABLES.filter((name) => !module[name]);
  if (missing.length) throw new Error(`apps/web/labels.js has no table ${missing.join(', ')}, which the API names codes with`);
  return Object.fromEntries(TABLES.map((name) => [name, module[name]])) as Record<LabelTableName, LabelTable>;
}

export const LABELS = loadLabels();

/** A code in Swedish: its label, or the code itself where the table has none (a value an older row may hold). */
export function sv(table: LabelTableName, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return Object.hasOwn(LABELS[table], code) ? LABELS[table][code].sv : code;
}
