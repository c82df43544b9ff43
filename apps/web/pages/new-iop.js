// Starting an IOP: the officer names the partnership, its organisations, if it is ready the problem definition, and
// the framework agreement (överenskommelse) it is entered within, if any, and sends it all in one request, which the
// API takes whole or not at all.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { DEVELOPMENT_AREAS } from '../labels.js';
import { api, escape, label, principal, state, t } from '../ui.js';

/**
 * What the officer has typed, kept while the page is redrawn (the language toggle redraws it) and after a refusal,
 * with the Idempotency-Key of this form: every send of the same form carries the same key, so that a retry after a
 * lost answer reaches the partnership the first send created instead of starting a second one.
 */
let draft = null;

const emptyOrganisation = () => ({ name: '', organisationNumber: '' });
const newDraft = () => ({
  key: crypto.randomUUID(),
  title: '',
  organisations: [emptyOrganisation()],
  challenge: '',
  targetGroup: '',
  goals: '',
  developmentAreas: [],
  frameworkId: '',
  /** The officer's frameworks in force, to choose among; read once per form. */
  frameworks: undefined,
});

/** The frameworks of the officer's public party that are in force; none when they cannot be read. */
async function frameworksInForce(who) {
  try {
    const { items } = await api('GET', `/frameworks?${new URLSearchParams({ status: 'IN_FORCE', publicParty: who.publicParty })}`);
    return items;
  } catch {
    return [];
  }
}

function frameworkChoice() {
  if (!draft.frameworks.length) return '';
  const options = draft.frameworks
    .map((f) => `<option value="${escape(f.id)}"${f.id === draft.frameworkId ? ' selected' : ''}>${escape(f.title)}</option>`)
    .join('');
  return `<label for="framework">${t('fw.withinFramework')} <span class="field-hint">(${t('fw.optional')})</span></label>
      <select id="framework" name="frameworkId" aria-describedby="framework-hint"><option value="">${t('fw.noFramework')}</option>${options}</select>
      <p class="field-hint" id="framework-hint">${t('fw.withinFrameworkHint')}</p>`;
}

/** The label of a field the API requires, with its format where it has one. */
const required = (words, format) => `${words} <span class="field-hint">(${t('newIop.required')}${format ? `, ${format}` : ''})</span>`;

function organisationRow(organisation, i, count) {
  const id = `org-${i}`;
  return `<li class="organisation-row">
    <fieldset><legend>${t('newIop.organisationNo')} ${i + 1}</legend>
      <label for="${id}-name">${required(t('orgName'))}</label>
      <input id="${id}-name" name="organisations.${i}.name" value="${escape(organisation.name)}" required autocomplete="organization">
      <label for="${id}-number">${required(t('orgNumber'), 'NNNNNN-NNNN')}</label>
      <input id="${id}-number" name="organisations.${i}.organisationNumber" value="${escape(organisation.organisationNumber)}" required
        inputmode="numeric" autocomplete="off">
      ${count > 1 ? `<button type="button" class="secondary" data-remove="${i}">${t('newIop.removeOrganisation')} ${i + 1}</button>` : ''}
    </fieldset>
  </li>`;
}

function formHtml(who) {
  const areas = Object.keys(DEVELOPMENT_AREAS)
    .map(
      (code) => `<label class="checkbox"><input type="checkbox" name="problemDefinition.developmentAreas" value="${code}"
        ${draft.developmentAreas.includes(code) ? 'checked' : ''}> ${escape(label(DEVELOPMENT_AREAS, code))}</label>`,
    )
    .join('');
  return `<h1>${t('newIop')}</h1>
    <p class="form-intro">${t('newIop.intro')}</p>
    <form id="new-iop" class="new-iop" novalidate>
      <label for="title">${required(t('title'))}</label>
      <input id="title" name="title" value="${escape(draft.title)}" required aria-describedby="title-hint">
      <p class="field-hint" id="title-hint">${t('newIop.titleHint')}</p>
      <label for="public-party">${t('publicParty')} <span class="field-hint">(${t('newIop.fromSignIn')})</span></label>
      <input id="public-party" name="publicParty.name" value="${escape(who.publicParty)}" readonly>
      ${frameworkChoice()}
      <fieldset id="organisations" class="organisations"><legend>${t('newIop.organisations')}</legend>
        <ol class="organisation-rows">${draft.organisations.map((o, i) => organisationRow(o, i, draft.organisations.length)).join('')}</ol>
        <button type="button" class="secondary" id="add-organisation">${t('newIop.addOrganisation')}</button>
      </fieldset>
      <fieldset><legend>${t('problemDefinition')}</legend>
        <p class="field-hint">${t('newIop.problemDefinitionHint')}</p>
        <label for="challenge">${t('challenge')}</label>
        <textarea id="challenge" name="problemDefinition.challenge" rows="4">${escape(draft.challenge)}</textarea>
        <label for="target-group">${t('targetGroup')}</label>
        <input id="target-group" name="problemDefinition.targetGroup" value="${escape(draft.targetGroup)}">
        <label for="goals">${t('newIop.goals')} <span class="field-hint">(${t('newIop.onePerLine')})</span></label>
        <textarea id="goals" name="problemDefinition.goals" rows="4">${escape(draft.goals)}</textarea>
        <fieldset id="development-areas" class="checkboxes"><legend>${t('newIop.developmentAreas')}</legend>${areas}</fieldset>
      </fieldset>
      <div class="actions"><button type="submit">${t('start')}</button></div>
    </form>`;
}

/** The form's fields into the draft, so that a redraw (a row added or removed, the language) keeps them. */
function readForm(form) {
  const value = (name) => form.elements.namedItem(name)?.value ?? '';
  draft.title = value('title');
  draft.organisations = draft.organisations.map((_o, i) => ({
    name: value(`organisations.${i}.name`),
    organisationNumber: value(`organisations.${i}.organisationNumber`),
  }));
  draft.challenge = value('problemDefinition.challenge');
  draft.targetGroup = value('problemDefinition.targetGroup');
  draft.goals = value('problemDefinition.goals');
  draft.frameworkId = value('frameworkId');
  draft.developmentAreas = [...form.querySelectorAll('[name="problemDefinition.developmentAreas"]:checked')].map((box) => box.value);
}

/** The start as the API takes it: the problem definition only when any of it is filled in. */
function startBody(who) {
  const goals = draft.goals
    .split('\n')
    .map((goal) => goal.trim())
    .filter(Boolean);
  const anyProblemDefinition = draft.challenge.trim() || draft.targetGroup.trim() || goals.length || draft.developmentAreas.length;
  return {
    title: draft.title,
    publicParty: { name: who.publicParty },
    organisations: draft.organisations,
    ...(draft.frameworkId ? { frameworkId: draft.frameworkId } : {}),
    ...(anyProblemDefinition
      ? { problemDefinition: { challenge: draft.challenge, targetGroup: draft.targetGroup, goals, developmentAreas: draft.developmentAreas } }
      : {}),
  };
}

/** The input of an API field: by its name, the goals' list by its text area, the areas and organisations by their group. */
function inputFor(form, field) {
  const byName = form.querySelector(`[name="${CSS.escape(field)}"]`);
  if (byName && byName.type !== 'checkbox') return byName;
  if (field.startsWith('problemDefinition.goals')) return form.querySelector('#goals');
  if (field.startsWith('problemDefinition.developmentAreas')) return form.querySelector('#development-areas');
  if (field === 'organisations') return form.querySelector('#add-organisation');
  return null;
}

export function newIopPage(view) {
  const who = principal();
  draft ??= newDraft();
  if (draft.frameworks === undefined) {
    const current = draft;
    return frameworksInForce(who).then((frameworks) => {
      current.frameworks = frameworks;
      if (draft === current) newIopPage(view);
    });
  }
  if (!view(formHtml(who))) return;
  const form = document.getElementById('new-iop');
  // Drawn again with its handlers, from the draft; the focus goes where the person would continue.
  const redraw = (focusId) => {
    newIopPage(view);
    document.getElementById(focusId)?.focus();
  };
  form.addEventListener('input', () => readForm(form));
  form.addEventListener('change', () => readForm(form));
  form.querySelector('#add-organisation').addEventListener('click', () => {
    readForm(form);
    draft.organisations.push(emptyOrganisation());
    redraw(`org-${draft.organisations.length - 1}-name`);
  });
  form.querySelectorAll('[data-remove]').forEach((button) =>
    button.addEventListener('click', () => {
      readForm(form);
      draft.organisations.splice(Number(button.dataset.remove), 1);
      redraw('add-organisation');
    }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    readForm(form);
    clearFieldErrors(form);
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const created = await api('POST', '/partnerships', startBody(who), { 'Idempotency-Key': draft.key });
      draft = null;
      // The router clears the status region on every page change; this notice is for the page it opens.
      state.noticeForNextPage = t('started');
      location.hash = `#/p/${created.id}`;
    } catch (error) {
      submit.disabled = false;
      showFieldErrors(form, error.data, (field) => inputFor(form, field));
    }
  });
}
