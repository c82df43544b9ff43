// The form of the assessment of why IOP: for each of SKR's criteria a choice (met, not met, unclear) and a comment,
// for each of Forum's keys how it is met. Named by the API's field paths (`criteria.SHARED_NEED.comment`,
// `forumKeys.JOINT_ANALYSIS`) so that a refusal finds its input; a new version starts from the one in force.
import { CRITERION_ASSESSMENTS, FORUM_KEYS, SKR_CRITERIA } from '../labels.js';

/** The version in force as the form's starting values, so that recording again revises rather than retypes. */
export function legalBasisStartingValues(p) {
  const current = p.legalBasis?.[p.legalBasis.length - 1];
  if (!current) return {};
  const values = { conclusion: current.conclusion };
  for (const [c, finding] of Object.entries(current.criteria)) {
    values[`criteria.${c}.assessment`] = finding.assessment;
    values[`criteria.${c}.comment`] = finding.comment;
  }
  for (const [k, text] of Object.entries(current.forumKeys)) values[`forumKeys.${k}`] = text;
  return values;
}

/** A fieldset per criterion: its assessment (to choose, none preselected) and its comment. */
export function criteriaHtml(field, id, values, ui) {
  const { escape, label, t } = ui;
  const groups = field.fields.map((criterion) => {
    const name = `criteria.${criterion.name}`;
    const selectId = id(`${criterion.name}-assessment`);
    const commentId = id(`${criterion.name}-comment`);
    const chosen = values[`${name}.assessment`];
    const options = Object.keys(CRITERION_ASSESSMENTS)
      .map((v) => `<option value="${escape(v)}"${v === chosen ? ' selected' : ''}>${escape(label(CRITERION_ASSESSMENTS, v))}</option>`)
      .join('');
    return `<fieldset><legend>${escape(label(SKR_CRITERIA, criterion.name))}</legend>
      <label for="${selectId}">${escape(t('lf.assessment'))}</label>
      <select id="${selectId}" name="${name}.assessment" required><option value="">${escape(t('lf.choose'))}</option>${options}</select>
      <label for="${commentId}">${escape(t('lf.comment'))}</label>
      <textarea id="${commentId}" name="${name}.comment" rows="2" required maxlength="4000">${escape(values[`${name}.comment`] ?? '')}</textarea></fieldset>`;
  });
  return `<fieldset><legend>${escape(t('lf.criteria'))}</legend>${groups.join('')}</fieldset>`;
}

/** A text per key: how the partnership meets it. */
export function forumKeysHtml(field, id, values, ui) {
  const { escape, label, t } = ui;
  const inputs = field.fields.map((key) => {
    const inputId = id(`key-${key.name}`);
    return `<label for="${inputId}">${escape(label(FORUM_KEYS, key.name))} – ${escape(t('lf.howMet').toLowerCase())}</label>
      <textarea id="${inputId}" name="forumKeys.${key.name}" rows="2" required maxlength="4000">${escape(values[`forumKeys.${key.name}`] ?? '')}</textarea>`;
  });
  return `<fieldset><legend>${escape(t('lf.forumKeys'))}</legend>${inputs.join('')}</fieldset>`;
}

/** The criteria read back: each criterion's assessment and comment, an empty one a field error (`plain` decides). */
export function criteriaOf(field, data, errors, plain) {
  const criteria = {};
  for (const criterion of field.fields) {
    const finding = {};
    for (const sub of criterion.fields ?? []) {
      const value = plain(sub, `criteria.${criterion.name}.${sub.name}`, data, errors);
      if (value !== undefined) finding[sub.name] = value;
    }
    criteria[criterion.name] = finding;
  }
  return criteria;
}
