// A field's label with the marks every form uses (styles.css): a required field's "*" (the input's own
// `required` tells assistive technology, so the star is hidden from it), the format it takes, and why a
// read-only field cannot be changed. A form with required fields says once what the star means: requiredLine().
import { escape, t } from './ui.js';

/** `<label>` for the input `forId`; `options`: { required, format, readOnlyBecause } (texts in the chosen language). */
export function fieldLabel(forId, text, { required = false, format, readOnlyBecause } = {}) {
  const star = required ? `<span class="required" aria-hidden="true">*</span>` : '';
  const hint = format ? `<span class="format">${escape(format)}</span>` : '';
  const why = readOnlyBecause ? `<span class="why-read-only">(${escape(readOnlyBecause)})</span>` : '';
  return `<label for="${escape(forId)}">${escape(text)}${star}${why}${hint}</label>`;
}

/** The line above a form that explains the star. */
export const requiredLine = () => `<p class="required-explained muted">${escape(t('requiredExplained'))}</p>`;
