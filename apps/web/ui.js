// The web interface's toolkit: the session, the API call, words and formats. Pages import it; it imports no page.
import { TEXT } from './i18n.js';

export const state = {
  token: sessionStorage.getItem('iop.token'),
  lang: localStorage.getItem('iop.lang') || 'sv',
  /** How this installation signs people in: { mode: 'development' } or { mode: 'oidc', issuer, clientId, audience }. */
  auth: { mode: 'development' },
  /** A confirmation to show on the page the person is sent to next (the router clears the status on each page). */
  noticeForNextPage: null,
};
export const app = document.getElementById('app');
export const statusRegion = document.getElementById('status');

export const t = (key) => (TEXT[state.lang] ?? TEXT.sv)[key] ?? TEXT.sv[key] ?? key;
export const label = (table, key) => table[key]?.[state.lang] ?? table[key]?.sv ?? key ?? '';
export const locale = () => (state.lang === 'en' ? 'en-GB' : 'sv-SE');
export const date = (value) =>
  value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '';
export const dateTime = (value) =>
  value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value)) : '';
export const sek = (amount) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(amount);
export const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function principal() {
  if (!state.token) return null;
  try {
    // base64url, then UTF-8: the claims carry å, ä and ö.
    const bytes = Uint8Array.from(atob(state.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return {
      subject: claims.sub,
      name: claims.name,
      email: claims.email,
      role: claims.iop_role,
      publicParty: claims.iop_public_party,
      organisationNumber: claims.iop_organisation_number,
    };
  } catch {
    return null;
  }
}

/** `headers` for the few requests that carry more than the token (an Idempotency-Key). */
export async function api(method, path, body, headers = {}) {
  const response = await fetch(path, {
    method,
    headers: {
      ...(state.token ? { Authorization: `Bearer ${state.token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const data = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  if (!response.ok) throw Object.assign(new Error(refusalText(data)), { status: response.status, data });
  return data;
}

/** A refusal in words: the reason and each field's sentence, in the chosen language (the API gives both). */
export function refusalText(body) {
  if (!body || typeof body !== 'object') return t('unexpected');
  const inLanguage = (e) => (state.lang === 'sv' ? (e.messageSv ?? e.message) : e.message);
  const reason = inLanguage(body);
  const fields = (body.errors ?? []).map(inLanguage);
  return [reason, ...fields].filter(Boolean).join(' — ');
}

export function notify(message, kind = 'ok') {
  statusRegion.innerHTML = `<p class="notice ${kind}">${escape(message)}</p>`;
}

export function render(html) {
  app.innerHTML = html;
  document.getElementById('main').focus();
}
