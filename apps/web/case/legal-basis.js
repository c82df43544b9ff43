// Why IOP and not procurement or a grant: the assessment in force (SKR's criteria, Forum's keys, the conclusion),
// read by the parties on the case, by the auditor on their page and by the decision-makers before the decision.
import { CRITERION_ASSESSMENTS, FORUM_KEYS, SKR_CRITERIA } from '../labels.js';
import { dateTime, escape, label, t } from '../ui.js';
import { fill, prose, scrollable, section } from './common.js';

/** The assessment in force: the last version recorded; undefined before the first. */
export const legalBasisInForce = (p) => p.legalBasis?.[p.legalBasis.length - 1];

export function legalBasisSection(p) {
  const current = legalBasisInForce(p);
  if (!current) return section('legal-basis', t('lf.whyIop'), `<p>${escape(t('lf.none'))}</p>`);
  const earlier = p.legalBasis.length - 1;
  const criteria = Object.keys(SKR_CRITERIA)
    .map((c) => {
      const finding = current.criteria[c];
      return `<tr><th scope="row">${escape(label(SKR_CRITERIA, c))}</th><td><strong>${escape(label(CRITERION_ASSESSMENTS, finding?.assessment))}</strong></td><td>${prose(finding?.comment ?? '')}</td></tr>`;
    })
    .join('');
  const keys = Object.keys(FORUM_KEYS)
    .map((k) => `<tr><th scope="row">${escape(label(FORUM_KEYS, k))}</th><td>${prose(current.forumKeys[k] ?? '')}</td></tr>`)
    .join('');
  return section(
    'legal-basis',
    t('lf.whyIop'),
    `<p id="legal-basis-version">${fill('lf.version', { version: current.version, date: dateTime(current.recordedAt) })}${earlier ? ` ${fill('lf.replaces', { count: earlier })}` : ''}</p>
    <h3>${escape(t('lf.conclusion'))}</h3>${prose(current.conclusion)}
    ${scrollable(
      t('lf.criteria'),
      `<table class="case-legal-criteria"><caption>${escape(t('lf.criteria'))}</caption>
      <thead><tr><th scope="col">${escape(t('lf.criterion'))}</th><th scope="col">${escape(t('lf.assessment'))}</th><th scope="col">${escape(t('lf.comment'))}</th></tr></thead>
      <tbody>${criteria}</tbody></table>`,
    )}
    ${scrollable(
      t('lf.forumKeys'),
      `<table class="case-legal-keys"><caption>${escape(t('lf.forumKeys'))}</caption>
      <thead><tr><th scope="col">${escape(t('lf.key'))}</th><th scope="col">${escape(t('lf.howMet'))}</th></tr></thead>
      <tbody>${keys}</tbody></table>`,
    )}`,
  );
}

/** What the decision's form says above its fields: the assessment the decision-makers decide on, and its conclusion. */
export function legalBasisForDecision(p) {
  const current = legalBasisInForce(p);
  if (!current) return escape(t('lf.none'));
  // No link to the section: the page's router reads every address after # as a page of its own.
  return `${fill('lf.forDecisionMakers', { version: current.version })} ${escape(t('lf.conclusion'))}: ${escape(current.conclusion)}`;
}
