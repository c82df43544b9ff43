import type { CriterionAssessment, ForumKey, LegalBasisAssessment, SkrCriterion } from '@iop/domain';

// Keyed by the domain's types, so that a criterion or a key added there fails to compile here without its name.
const CRITERION_SV: Record<SkrCriterion, string> = {
  NOT_BASIC_ASSOCIATION_GRANT: 'Inte en del av föreningsbidraget',
  NOT_A_PURCHASE_CO_FINANCED: 'Inte ett köp utan samfinansierat av båda parter',
  SHARED_NEED: 'Ett gemensamt behov av samverkan',
  POLITICAL_PROGRAMME: 'Gärna del av ett politiskt program som nämner civilsamhället',
  NOT_DETAIL_REGULATED: 'Inte detaljstyrt av den offentliga parten',
  SHARED_OWNERSHIP_AND_GOVERNANCE: 'Gemensamt engagemang, ägarskap och styrning',
  MUTUAL_IN_A_MARKET: 'På en marknad: tydligt en samfinansierad ömsesidig samverkan',
  LASTING_AND_DEVELOPING: 'Långsiktigt, och utvecklas genom gemensam uppföljning och gemensamma beslut',
};
const ASSESSMENT_SV: Record<CriterionAssessment, string> = { MET: 'Uppfyllt', NOT_MET: 'Inte uppfyllt', UNCLEAR: 'Oklart' };
const KEY_SV: Record<ForumKey, string> = {
  DELIBERATE_CHOICE_OF_FORM: 'Ett medvetet val av samverkansform',
  JOINT_ANALYSIS: 'En gemensam analys av utmaningen',
  JOINT_OWNERSHIP: 'Tydlighet om vad som ägs gemensamt',
  LEARNING_GOALS: 'Lärandemål för alla parter',
};

type Table = (headings: string[], rows: unknown[][]) => string;

/**
 * The dossier's "Varför IOP": the assessment in force (SKR's criteria, Forum's keys, the conclusion) and when each
 * earlier version was recorded, so that an auditor sees what the decision-makers read and what it replaced.
 */
export function legalBasisSectionSv(versions: LegalBasisAssessment[] | undefined, table: Table, escape: (v: unknown) => string): string {
  const current = versions?.[versions.length - 1];
  if (!current) return '<h2>Varför IOP</h2>\n<p>Ingen bedömning är införd.</p>';
  const criteria = (Object.keys(CRITERION_SV) as SkrCriterion[]).map((c) => [
    CRITERION_SV[c],
    ASSESSMENT_SV[current.criteria[c].assessment],
    current.criteria[c].comment,
  ]);
  const keys = (Object.keys(KEY_SV) as ForumKey[]).map((k) => [KEY_SV[k], current.forumKeys[k]]);
  const earlier = versions!.slice(0, -1).map((v) => `version ${v.version} (${v.recordedAt})`);
  return `<h2>Varför IOP</h2>
<p>Version ${escape(current.version)}, införd ${escape(current.recordedAt)}.${earlier.length ? ` Ersätter ${escape(earlier.join(', '))}.` : ''}</p>
<h3>SKR:s kriterier (2017)</h3>
${table(['Kriterium', 'Bedömning', 'Kommentar'], criteria)}
<h3>Forums fyra nycklar</h3>
${table(['Nyckel', 'Hur den uppfylls'], keys)}
<h3>Slutsats</h3>
<p>${escape(current.conclusion)}</p>`;
}
