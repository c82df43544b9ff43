import { swedishCsv } from '../common/swedish-csv';
import { TASK_STATUSES, type StepEvidence } from '@iop/domain';
import type { TimelineEntry } from '@iop/database';
import { stockholmTime } from '../common/stockholm-time';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { sv } from '../web/web-labels';
import { wordSv } from '../web/web-words';
import { partyNamer } from './dossier-words';

/** The columns as Swedish Excel users read them. */
const HEADERS = ['Tidpunkt', 'Händelse', 'Fas', 'Part', 'Åtgärd', 'Eftersträvad nivå', 'Uppnådd nivå', 'Utförd av', 'Detaljer'];

/** What an entry did: a step's, decision's or signature's action, a task's type (and how it closed), a command's route. */
function actionSv(e: TimelineEntry): string {
  switch (e.kind) {
    case 'TASK_OPENED':
      return sv('TASKS', e.action);
    case 'TASK_CLOSED': {
      // The read model writes `<type>_<status>`; a task type itself has underscores, so the status is matched at the end.
      const status = TASK_STATUSES.find((s) => e.action.endsWith(`_${s}`));
      return status ? `${sv('TASKS', e.action.slice(0, -status.length - 1))}: ${sv('TASK_STATUSES', status)}` : e.action;
    }
    case 'AUDIT':
      return e.action;
    default:
      return sv('ACTIONS', e.action);
  }
}

/** A step's evidence in words, one fact after another, as the auditor's page says it. */
function evidenceSv(evidence: StepEvidence | undefined, nameOf: (key: string) => string): string {
  const names = (keys: string[] | undefined) => (keys ?? []).map(nameOf).join(', ');
  const facts: string[] = [];
  if (evidence?.informed?.length) facts.push(`${wordSv('audit.evidenceInformed')}: ${names(evidence.informed)}`);
  if (evidence?.answered?.length) facts.push(`${wordSv('audit.evidenceAnswered')}: ${names(evidence.answered)}`);
  for (const meeting of evidence?.meetings ?? [])
    facts.push(
      meeting.attendedBy?.length ? `${wordSv('audit.evidenceMet')}: ${names(meeting.attendedBy)}` : wordSv('audit.evidenceMeetingWithoutAttendees'),
    );
  if (evidence?.coDecidedBy?.length) facts.push(`${wordSv('audit.evidenceCoDecided')}: ${names(evidence.coDecidedBy)}`);
  if (evidence?.initiatedByOrganisation) facts.push(wordSv('audit.evidenceInitiative'));
  return facts.join('; ');
}

/** What else an entry records, in Swedish words rather than its JSON. */
function detailSv(e: TimelineEntry, nameOf: (key: string) => string): string {
  // The detail's fields per kind, as the timeline's SQL builds them (auditing.repository.ts).
  const d = e.detail as Record<string, string | number | null | undefined> & { evidence?: StepEvidence };
  switch (e.kind) {
    case 'STEP':
      return evidenceSv(d.evidence, nameOf);
    case 'DECISION':
      return [
        `${d.body} ${d.meetingDate}, ${d.diarienummer} ${d.paragraph}, avtalsversion ${d.draftVersion}`,
        d.reasons ? `Motivering: ${d.reasons}` : '',
      ]
        .filter(Boolean)
        .join('. ');
    case 'SIGNATURE':
      return `Avtalsversion ${d.draftVersion}, avtalsrunda ${d.round}`;
    case 'TASK_OPENED':
    case 'TASK_CLOSED':
      return [`Uppgift ${d.taskId}`, d.dueDate ? `senast ${d.dueDate}` : '', d.ref ? `avser ${d.ref}` : ''].filter(Boolean).join(', ');
    case 'AUDIT':
      return [`${sv('AUDIT_OUTCOMES', String(d.outcome))} (${d.statusCode})`, d.reason ? String(d.reason) : '', `begäran ${d.requestId}`]
        .filter(Boolean)
        .join(', ');
  }
}

/**
 * The timeline as CSV for Swedish Excel: `;` between cells, CRLF between lines, UTF-8 with a byte-order mark (so
 * that å, ä, ö read right), Swedish headers and values, times in Swedish time.
 */
export function timelineCsv(timeline: TimelineEntry[], p: PartnershipResponse): string {
  const nameOf = partyNamer(p);
  const rows = timeline.map((e) => [
    stockholmTime(e.at),
    sv('TIMELINE_KINDS', e.kind),
    sv('PHASES', e.phase),
    nameOf(e.party),
    actionSv(e),
    sv('LEVELS', e.levelAimedFor),
    sv('LEVELS', e.levelReached),
    e.actor ?? '',
    detailSv(e, nameOf),
  ]);
  return swedishCsv([...HEADERS], rows);
}
