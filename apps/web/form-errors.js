// A refused form's errors where the person is looking: each beside its field (aria-invalid, aria-describedby), in
// the chosen language, and a summary at the top of the form that links to each field and takes the focus (WCAG
// 3.3.1, 3.3.3). What was typed stays in the form.
import { escape, state, t } from './ui.js';

/** The sentence of one field error in the chosen language: the API gives both. */
export function fieldMessage(error) {
  return state.lang === 'sv' ? (error.messageSv ?? error.message) : error.message;
}

/** What the person sees as the field's name: its label, or the legend of a group (checkboxes), or a button's text. */
function nameOf(form, input) {
  const text = (node) => node?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  if (input.tagName === 'FIELDSET') return text(input.querySelector('legend'));
  if (input.tagName === 'BUTTON') return text(input.closest('fieldset')?.querySelector('legend'));
  return text(form.querySelector(`label[for="${CSS.escape(input.id)}"]`));
}

/** Removes what a previous attempt marked. */
export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error, .error-summary').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}

/**
 * Shows the API's refusal in `form`. `inputFor(field)` finds the input of an API field path (by default the input
 * whose name is the path); errors without an input of their own are listed in the summary only.
 */
export function showFieldErrors(form, body, inputFor = (field) => form.querySelector(`[name="${CSS.escape(field)}"]`)) {
  clearFieldErrors(form);
  const reason = state.lang === 'sv' ? (body?.messageSv ?? body?.message) : body?.message;
  const items = [];
  (body?.errors ?? []).forEach((error, i) => {
    const input = inputFor(error.field);
    const message = fieldMessage(error);
    if (!input) {
      items.push(`<li>${escape(message)}</li>`);
      return;
    }
    if (!input.id) input.id = `${form.id || 'form'}-field-${i}`;
    const errorId = `${input.id}-error`;
    if (!form.querySelector(`#${CSS.escape(errorId)}`)) {
      input.insertAdjacentHTML('afterend', `<p class="field-error" id="${errorId}">${escape(message)}</p>`);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    }
    const labelText = nameOf(form, input) ?? error.field;
    items.push(`<li><a href="#${escape(input.id)}" data-focus="${escape(input.id)}">${escape(labelText)}: ${escape(message)}</a></li>`);
  });
  form.insertAdjacentHTML(
    'afterbegin',
    `<div class="error-summary" role="alert" tabindex="-1"><p>${escape(reason ?? t('unexpected'))}</p>${items.length ? `<ul>${items.join('')}</ul>` : ''}</div>`,
  );
  const summary = form.querySelector('.error-summary');
  summary.querySelectorAll('[data-focus]').forEach((link) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(link.dataset.focus)?.focus();
    }),
  );
  summary.focus();
}
