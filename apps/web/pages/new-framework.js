// A new framework agreement (#/frameworks/new): the officer names it, its public party (their own, from the
// sign-in), the organisation that represents the idéburen sector, and writes the first version's text, all sent in
// one request (POST /frameworks), which the API takes whole or not at all. Refusals are shown beside their fields.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { readTerms, termsFieldsHtml, termsInputFor } from '../framework/terms-form.js';
import { api, escape, principal, state, t } from '../ui.js';

const PREFIX = 'firstVersion.';

/**
 * What the officer has typed, kept across a redraw (the language toggle) and a refusal, with the form's
 * Idempotency-Key: a retry after a lost answer reaches the framework the first send created.
 */
let draft = null;

function formHtml(who) {
  const v = (name) => escape(draft.values[name] ?? '');
  return `<h1>${t('fw.newFramework')}</h1>
    <p class="form-intro">${t('fw.newIntro')}</p>
    <form id="new-framework" class="new-iop" novalidate>
      <label for="fw-title">${t('title')}</label>
      <input id="fw-title" name="title" value="${v('title')}" required>
      <label for="fw-public-party">${t('publicParty')} <span class="field-hint">(${t('newIop.fromSignIn')})</span></label>
      <input id="fw-public-party" name="publicParty.name" value="${escape(who.publicParty)}" readonly>
      <fieldset><legend>${t('fw.sectorRepresentative')}</legend>
        <label for="fw-rep-name">${t('orgName')}</label>
        <input id="fw-rep-name" name="sectorRepresentative.name" value="${v('sectorRepresentative.name')}" required autocomplete="organization">
        <label for="fw-rep-number">${t('orgNumber')} <span class="field-hint">(NNNNNN-NNNN)</span></label>
        <input id="fw-rep-number" name="sectorRepresentative.organisationNumber" value="${v('sectorRepresentative.organisationNumber')}" required inputmode="numeric" autocomplete="off">
      </fieldset>
      <fieldset><legend>${t('fw.firstVersion')}</legend>${termsFieldsHtml(PREFIX, draft.terms, 'fw-first-')}</fieldset>
      <div class="actions"><button type="submit">${t('fw.create')}</button></div>
    </form>`;
}

/** What is typed, as the form's values, so that a redraw shows it again. */
function keep(form) {
  const data = new FormData(form);
  draft.values = Object.fromEntries(
    ['title', 'sectorRepresentative.name', 'sectorRepresentative.organisationNumber'].map((n) => [n, String(data.get(n) ?? '')]),
  );
  const terms = readTerms(form, PREFIX);
  draft.terms = {
    start: terms.period.start,
    end: terms.period.end ?? '',
    commitments: Object.fromEntries(
      terms.principles.flatMap((p) =>
        ['PUBLIC', 'SECTOR', 'BOTH'].map((h) => [
          `${p.principle}.${h}`,
          p.commitments
            .filter((c) => c.heldBy === h)
            .map((c) => c.text)
            .join('\n'),
        ]),
      ),
    ),
    developmentAreas: terms.developmentAreas,
    joiningUndertakings: terms.joiningUndertakings,
    steeringGroup: Object.fromEntries(
      ['seatsPerSector', 'meetingsPerYear', 'reviewIntervalYears'].map((r) => [r, String(data.get(`${PREFIX}steeringGroup.${r}`) ?? '')]),
    ),
    summary: terms.summary,
  };
}

export function newFrameworkPage(view) {
  const who = principal();
  draft ??= { key: crypto.randomUUID(), values: {}, terms: undefined };
  if (!view(formHtml(who))) return;
  const form = document.getElementById('new-framework');
  form.addEventListener('input', () => keep(form));
  form.addEventListener('change', () => keep(form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    keep(form);
    clearFieldErrors(form);
    const errors = [];
    const firstVersion = readTerms(form, PREFIX, errors);
    const inputFor = (field) => termsInputFor(form, PREFIX, firstVersion, field, 'fw-first-') ?? form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (errors.length)
      return showFieldErrors(form, { message: t('move.checkMarkedFields'), messageSv: t('move.checkMarkedFields'), errors }, inputFor);
    const data = new FormData(form);
    const body = {
      title: String(data.get('title') ?? '').trim(),
      publicParty: { name: who.publicParty },
      sectorRepresentative: {
        name: String(data.get('sectorRepresentative.name') ?? '').trim(),
        organisationNumber: String(data.get('sectorRepresentative.organisationNumber') ?? '').trim(),
      },
      firstVersion,
    };
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const created = await api('POST', '/frameworks', body, { 'Idempotency-Key': draft.key });
      draft = null;
      state.noticeForNextPage = t('fw.created');
      location.hash = `#/f/${created.id}`;
    } catch (error) {
      submit.disabled = false;
      showFieldErrors(form, error.data, inputFor);
    }
  });
}
