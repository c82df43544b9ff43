// The de minimis pages: the officer's exchange rates (kronor per euro from a date on, which the ledger converts at)
// and an organisation's ledger (#/de-minimis/<organisationsnummer>?publicParty=…): the aid every partnership's
// approving decision granted it and the other aid it declared, with what counts within the three years ending today.
import { showFieldErrors } from '../form-errors.js';
import { AID_CURRENCIES } from '../labels.js';
import { api, date, dateTime, escape, label, notify, principal, sek, t } from '../ui.js';

const euro = (cents) =>
  cents === null || cents === undefined ? '–' : new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export async function exchangeRatesPage(view) {
  const rates = await api('GET', '/exchange-rates');
  const rows = rates
    .map(
      (r) =>
        `<tr><td>${escape(date(r.validFrom))}</td><td>${escape(String(r.sekPerEur).replace('.', ','))}</td><td>${escape(r.recordedBy)}</td><td>${escape(dateTime(r.recordedAt))}</td></tr>`,
    )
    .join('');
  if (
    !view(`<h1>${escape(t('dm.rates'))}</h1>
    <p>${escape(t('dm.ratesIntro'))}</p>
    <form id="rate-form" class="move" novalidate><fieldset><legend>${escape(t('dm.recordRate'))}</legend>
      <label for="rate-from">${escape(t('dm.validFrom'))}</label><input id="rate-from" name="validFrom" type="date" required>
      <label for="rate-value">${escape(t('dm.sekPerEur'))}</label><input id="rate-value" name="sekPerEur" type="text" inputmode="decimal" required>
      <button type="submit">${escape(t('dm.saveRate'))}</button></fieldset></form>
    ${rates.length ? `<table><caption>${escape(t('dm.rates'))}</caption><thead><tr><th scope="col">${escape(t('dm.validFrom'))}</th><th scope="col">${escape(t('dm.sekPerEur'))}</th><th scope="col">${escape(t('dm.recordedBy'))}</th><th scope="col">${escape(t('dm.recordedAt'))}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${escape(t('dm.noRates'))}</p>`}`)
  )
    return;
  const form = document.getElementById('rate-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      validFrom: String(data.get('validFrom') ?? ''),
      sekPerEur: Number(
        String(data.get('sekPerEur') ?? '')
          .replace(',', '.')
          .replace(/\s/g, ''),
      ),
    };
    try {
      await api('POST', '/exchange-rates', body);
      notify(t('saved'));
      await exchangeRatesPage(view);
    } catch (error) {
      showFieldErrors(form, error.data && typeof error.data === 'object' ? error.data : { message: error.message });
    }
  });
}

export async function deMinimisLedgerPage(organisationNumber, query, view) {
  const publicParty = new URLSearchParams(query ?? '').get('publicParty') ?? principal()?.publicParty ?? '';
  const l = await api(
    'GET',
    `/organisations/${encodeURIComponent(organisationNumber)}/de-minimis-ledger?publicParty=${encodeURIComponent(publicParty)}`,
  );
  const yes = (b) => escape(t(b ? 'dm.counts' : 'dm.outside'));
  const granted = l.granted
    .map(
      (g) =>
        `<tr><td><a href="#/p/${escape(g.partnershipId)}">${escape(g.title)}</a></td><td>${escape(date(g.grantedOn))}</td><td>${escape(sek(g.amountSek))}</td><td>${escape(euro(g.eurCents))}</td><td>${yes(g.inWindow)}</td></tr>`,
    )
    .join('');
  const declared = l.declaration
    ? l.declaration.none
      ? `<p>${escape(t('sa.declaredNone'))}</p>`
      : `<table><caption>${escape(t('sa.declarations'))}</caption><thead><tr><th scope="col">${escape(t('sa.grantingBody'))}</th><th scope="col">${escape(t('sa.grantedOn'))}</th><th scope="col">${escape(t('sa.amount'))}</th><th scope="col">EUR</th><th scope="col">${escape(t('dm.inWindow'))}</th></tr></thead><tbody>${l.declaration.aids
          .map(
            (a) =>
              `<tr><td>${escape(a.grantingBody)}</td><td>${escape(date(a.grantedOn))}</td><td>${escape(`${a.amount} ${label(AID_CURRENCIES, a.currency)}`)}</td><td>${escape(euro(a.eurCents))}</td><td>${yes(a.inWindow)}</td></tr>`,
          )
          .join('')}</tbody></table>`
    : `<p>${escape(t('sa.notDeclared'))}</p>`;
  view(`<h1>${escape(t('dm.ledger'))} ${escape(organisationNumber)}</h1>
    <p id="ledger-total"><strong>${escape(t('dm.total'))}: ${escape(euro(l.runningTotalEurCents))}</strong> (${escape(date(l.windowFrom))} – ${escape(date(l.asOf))}; ${escape(t('dm.ratesOf'))} ${escape(l.publicParty)})</p>
    ${l.refusal ? `<p class="error" role="alert">${escape(l.refusal.messageSv)}</p>` : ''}
    <h2>${escape(t('dm.granted'))}</h2>
    ${l.granted.length ? `<table><caption>${escape(t('dm.granted'))}</caption><thead><tr><th scope="col">${escape(t('dm.partnership'))}</th><th scope="col">${escape(t('dm.decided'))}</th><th scope="col">${escape(t('sa.amount'))}</th><th scope="col">EUR</th><th scope="col">${escape(t('dm.inWindow'))}</th></tr></thead><tbody>${granted}</tbody></table>` : `<p>${escape(t('dm.noneGranted'))}</p>`}
    <h2>${escape(t('sa.declarations'))}</h2>${declared}`);
}
