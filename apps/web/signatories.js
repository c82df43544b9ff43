// The signatory register (firmatecknare): a person proposes their own entry with its basis and follows its status;
// an officer confirms the entries waiting for them. The API decides who may confirm what; the page shows its answer.
import { fieldLabel, hintOf, requiredLine } from './field-label.js';
import { clearFieldErrors, showFieldErrors } from './form-errors.js';
import { BASIS_KINDS, SIGNATORY_STATUSES } from './labels.js';

/**
 * `ui` is the app's toolkit (api, t, label, escape, date, notify, who), passed in so that this module imports
 * nothing back from app.js.
 */
export async function signatoriesPage(view, ui) {
  const { api, t, label, escape, date, notify, who } = ui;
  const [entries, kinds] = await Promise.all([api('GET', '/signatories'), api('GET', '/signatories/basis-kinds')]);
  const ownKind = who.role === 'officer' ? 'PUBLIC_PARTY' : 'ORGANISATION';
  const ownRef = who.role === 'officer' ? who.publicParty : who.organisationNumber;
  const own = entries.filter((e) => e.partyKind === ownKind && e.partyRef === ownRef);
  const waiting = entries.filter((e) => e.mayConfirm);
  const others = who.role === 'auditor' ? entries : [];

  const basis = (b) =>
    [label(BASIS_KINDS, b.kind), b.reference, b.date ? date(b.date) : '', b.paragraph ?? ''].filter(Boolean).map(escape).join(', ');
  const period = (e) => `${date(e.validFrom)} – ${e.validTo ? date(e.validTo) : t('openEnded')}`;
  const status = (e) =>
    e.status === 'CONFIRMED'
      ? `${t('signatoryConfirmed')} ${escape(e.confirmedBy)}, ${date(e.confirmedAt)}`
      : escape(label(SIGNATORY_STATUSES, e.status));
  const table = (caption, rows, withParty, action) => `<table><caption class="muted">${escape(caption)}</caption>
    <thead><tr><th scope="col">${t('name')}</th>${withParty ? `<th scope="col">${t('party')}</th>` : ''}<th scope="col">${t('period')}</th>
      <th scope="col">${t('basis')}</th><th scope="col">${t('status')}</th>${action ? `<th scope="col"><span class="muted">${t('confirm')}</span></th>` : ''}</tr></thead>
    <tbody>${rows
      .map(
        (e) => `<tr><td>${escape(e.name)}</td>${withParty ? `<td>${escape(e.partyRef)}</td>` : ''}<td>${period(e)}</td><td>${basis(e.basis)}</td>
      <td class="${e.status === 'CONFIRMED' ? 'confirmed' : 'proposed'}">${status(e)}</td>${action ? `<td>${action(e)}</td>` : ''}</tr>`,
      )
      .join('')}</tbody></table>`;
  const confirmButton = (e) =>
    `<button type="button" data-confirm="${escape(e.id)}">${t('confirm')}<span class="visually-hidden"> – ${escape(e.name)}</span></button>`;
  /** A labelled input with its marks; `attributes` are the input's own. */
  const field = (id, text, marks, attributes) =>
    `${fieldLabel(id, text, marks)}<input id="${id}" ${attributes}${marks.required ? ' required' : ''}${hintOf(id, marks)}>`;
  const options = (kinds[ownKind] ?? []).map((k) => `<option value="${k}">${escape(label(BASIS_KINDS, k))}</option>`).join('');

  if (
    !view(`<h1>${t('signatories')}</h1><p>${t('signatoriesIntro')}</p>
    ${who.role === 'officer' ? `<h2>${t('awaitingConfirmation')}</h2>${waiting.length ? table(t('awaitingCaption'), waiting, true, confirmButton) : `<p>${t('nothingAwaits')}</p>`}` : ''}
    ${
      who.role !== 'auditor'
        ? `<h2>${t('ownRegister')} ${escape(ownRef)}</h2>${own.length ? table(`${t('ownRegister')} ${ownRef}`, own, false) : `<p>${t('noSignatories')}</p>`}
    <form id="propose-signatory" novalidate><fieldset><legend>${t('proposeYourself')}</legend>
      ${requiredLine()}
      ${field('proposed-name', t('name'), { readOnlyBecause: t('fromYourSignIn') }, `value="${escape(who.name)}" readonly`)}
      ${field('valid-from', t('validFrom'), { required: true }, 'name="validFrom" type="date"')}
      ${field('valid-to', t('validTo'), {}, 'name="validTo" type="date"')}
      ${fieldLabel('basis-kind', t('basisKind'), { required: true })}<select id="basis-kind" name="kind" required>${options}</select>
      ${field('basis-reference', t('basisReference'), { required: true, format: t('basisReferenceFormat') }, 'name="reference" minlength="3"')}
      ${field('basis-date', t('basisDate'), { required: true }, 'name="date" type="date"')}
      ${ownKind === 'PUBLIC_PARTY' ? field('basis-paragraph', t('basisParagraph'), { required: true, format: t('basisParagraphFormat') }, 'name="paragraph"') : ''}
      <div class="actions"><button type="submit">${t('propose')}</button></div></fieldset></form>`
        : ''
    }
    ${others.length ? `<h2>${t('allRegisters')}</h2>${table(t('allRegisters'), others, true)}` : ''}`)
  )
    return;

  const reload = async () => {
    await signatoriesPage(view, ui);
    notify(t('saved'));
  };
  document.getElementById('propose-signatory')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const f = Object.fromEntries(new FormData(form));
    clearFieldErrors(form);
    event.submitter.disabled = true;
    try {
      await api('POST', '/signatories', {
        subject: who.subject,
        name: who.name,
        ...(who.email ? { email: who.email } : {}),
        validFrom: f.validFrom,
        ...(f.validTo ? { validTo: f.validTo } : {}),
        basis: { kind: f.kind, reference: f.reference, date: f.date, ...(f.paragraph ? { paragraph: f.paragraph } : {}) },
      });
      await reload();
    } catch (error) {
      event.submitter.disabled = false;
      // Each refused field beside its input; the basis's fields are named without their "basis." in the form.
      if (error.data?.errors)
        showFieldErrors(form, error.data, (field) => form.querySelector(`[name="${CSS.escape(field.replace(/^basis\./, ''))}"]`));
      else notify(error.message, 'error');
    }
  });
  document.querySelectorAll('[data-confirm]').forEach((button) =>
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await api('POST', `/signatories/${button.dataset.confirm}/confirmation`);
        await reload();
      } catch (error) {
        button.disabled = false;
        notify(error.message, 'error');
      }
    }),
  );
}
