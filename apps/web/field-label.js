// A field's label with the marks every form uses (styles.css): a required field's star (the input's own
// `required` tells assistive technology, so the star is drawn by CSS and hidden from it), and below the label the
// format the field takes or why a read-only field cannot be changed, as a hint the input names with
// aria-describedby="<id>-hint" (hintOf). A form with required fields says once what the star means: requiredLine().
import { escape, t } from './ui.js';

/**
 * `<label>` for the input `forId`, and its hint if any; `options`: { required, format, readOnlyBecause }, texts
 * in the chosen language. Give the input `hintOf(forId, options)` among its attributes.
 */
export function fieldLabel(forId, text, { required = false, format, readOnlyBecause } = {}) {
  const star = required ? `<span class="required" aria-hidden="true"></span>` : '';
  const hint = [readOnlyBecause ? `(${readOnlyBecause})` : '', format ?? ''].filter(Boolean).join(' ');
  return `<label for="${escape(forId)}">${escape(text)}${star}</label>${hint ? `<span class="hint" id="${escape(forId)}-hint">${escape(hint)}</span>` : ''}`;
}

/** The attribute that ties an input to its hint, when fieldLabel drew one. */
export const hintOf = (forId, { format, readOnlyBecause } = {}) => (format || readOnlyBecause ? ` aria-describedby="${escape(forId)}-hint"` : '');

/** The line above a form that explains the star. */
export const requiredLine = () => `<p class="required-explained muted">${escape(t('requiredExplained'))}</p>`;
