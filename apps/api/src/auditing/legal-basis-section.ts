import { FORUM_KEYS, type LegalBasisAssessment, SKR_CRITERIA } from '@iop/domain';
import { stockholmTime } from '../common/stockholm-time';
import { type Block, heading, paragraph, subheading, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';

/**
 * The dossier's "Varför IOP": the assessment in force (SKR's criteria, Forum's keys, the conclusion) and when each
 * earlier version was recorded, so that an auditor sees what the decision-makers read and what it replaced.
 */
export function legalBasisBlocks(versions: LegalBasisAssessment[] | undefined): Block[] {
  const current = versions?.[versions.length - 1];
  if (!current) return [heading('Varför IOP'), paragraph('Ingen bedömning är införd.')];
  const earlier = versions!.slice(0, -1).map((v) => `version ${v.version} (${stockholmTime(v.recordedAt)})`);
  return [
    heading('Varför IOP'),
    paragraph(`Version ${current.version}, införd ${stockholmTime(current.recordedAt)}.${earlier.length ? ` Ersätter ${earlier.join(', ')}.` : ''}`),
    subheading('SKR:s kriterier (2017)'),
    table(
      ['Kriterium', 'Bedömning', 'Kommentar'],
      SKR_CRITERIA.map((c) => [
        sv('SKR_CRITERIA', c),
        sv('CRITERION_ASSESSMENTS', current.criteria[c].assessment),
        current.criteria[c].comment ?? '',
      ]),
    ),
    subheading('Forums fyra nycklar'),
    table(
      ['Nyckel', 'Hur den uppfylls'],
      FORUM_KEYS.map((k) => [sv('FORUM_KEYS', k), current.forumKeys[k]]),
    ),
    subheading('Slutsats'),
    paragraph(current.conclusion),
  ];
}
