// How the auditor's partnership page says what a step records: times in Swedish time, parties by name, evidence in
// words, and whether the level reached fell short of the one aimed for.
import { LEVELS } from '../labels.js';
import { escape, locale, t } from '../ui.js';

/** An instant as the parties lived it: in Swedish time (Europe/Stockholm), whatever the auditor's computer says. */
export const stockholmTime = (value) =>
  value ? new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(value)) : '';

/** The same instant as its day and its time of day, for a narrow column. */
export function stockholmDayAndTime(value) {
  const format = (options) => new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Stockholm', ...options }).format(new Date(value));
  return { day: format({ dateStyle: 'short' }), time: format({ timeStyle: 'medium' }) };
}

/** A party key ('PUBLIC', 'JOINT' or an organisationsnummer) by the name the partnership gives it. */
export function partyNamer(partnership) {
  return (key) => {
    if (key === 'PUBLIC') return partnership.publicParty.name;
    if (key === 'JOINT') return t('joint');
    return partnership.organisations.find((o) => o.organisationNumber === key)?.name ?? key ?? '';
  };
}

/**
 * What a step records as its evidence (libs/domain StepEvidence), one line per fact, as escaped HTML: who was
 * informed, who answered, who met, who decided together. The reached level is derived from exactly these facts.
 */
export function evidenceInWords(evidence, nameOf) {
  const names = (keys) => (keys ?? []).map((k) => escape(nameOf(k))).join(', ');
  const lines = [];
  if (evidence?.informed?.length) lines.push(`${t('audit.evidenceInformed')}: ${names(evidence.informed)}`);
  if (evidence?.answered?.length) lines.push(`${t('audit.evidenceAnswered')}: ${names(evidence.answered)}`);
  for (const meeting of evidence?.meetings ?? [])
    lines.push(meeting.attendedBy?.length ? `${t('audit.evidenceMet')}: ${names(meeting.attendedBy)}` : t('audit.evidenceMeetingWithoutAttendees'));
  if (evidence?.coDecidedBy?.length) lines.push(`${t('audit.evidenceCoDecided')}: ${names(evidence.coDecidedBy)}`);
  if (evidence?.initiatedByOrganisation) lines.push(t('audit.evidenceInitiative'));
  return lines.length
    ? lines.map((line) => `<span class="evidence-fact">${line}</span>`).join('')
    : `<span class="muted">${t('audit.evidenceNone')}</span>`;
}

/** The levels weakest first, in the domain's order (labels.js lists them so; audit/levels.spec.ts checks it). */
const LEVEL_ORDER = Object.keys(LEVELS);

/** A step whose reached level is below the one it aimed for; no level reached at all falls short of any aim. */
export function fellShort(step) {
  if (!step.levelAimedFor) return false;
  if (!step.levelReached) return true;
  return LEVEL_ORDER.indexOf(step.levelReached) < LEVEL_ORDER.indexOf(step.levelAimedFor);
}
