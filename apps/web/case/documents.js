// A case's records (handlingar) on the partnership's and the framework's pages: the diarium's list with each file to
// download, the form that registers a document (the secrecy marking for officers), and the officer's form for the
// case's diarienummer. The API decides who may see and do what; the page shows its answer.
import { fieldLabel, hintOf, requiredLine } from '../field-label.js';
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { DOCUMENT_KINDS, HANDLING_ORIGINS, HANDLING_TARGETS, RETENTION_KINDS } from '../labels.js';
import { api, date, escape, label, notify, refusalText, state, t } from '../ui.js';
import { fill, scrollable, section } from './common.js';

/** The case's handlingar, or null when the reader has none to read (a framework read by someone outside it). */
export async function loadRecords(caseRef) {
  try {
    return await api('GET', `/${caseRef.collection}/${caseRef.id}/documents`);
  } catch (error) {
    if (error.status === 404 || error.status === 403) return null;
    throw error;
  }
}

const belongsTo = (h) =>
  h.target === 'DECISION'
    ? fill('rec.decisionNo', { n: h.targetSeq })
    : h.target === 'FOLLOW_UP'
      ? fill('rec.followUpNo', { n: h.targetSeq })
      : escape(label(HANDLING_TARGETS, h.target));

const retentionOf = (r) => (r.kind === 'DISPOSE' ? fill('rec.disposeAfter', { years: r.years }) : escape(label(RETENTION_KINDS, r.kind)));

/** A file to download: a link to its content, fetched with the person's token when followed (downloadRecord). */
export const downloadLink = (h) => `<a href="${escape(h.contentPath)}" data-download="${escape(h.fileName)}">${escape(h.fileName)}</a>`;

function recordsTable(records) {
  if (!records.items.length) return `<p>${escape(t('rec.none'))}</p>`;
  const rows = records.items
    .map(
      (h) => `<tr><td>${escape(h.diarienummer ?? `${h.number}`)}</td><td>${date(h.datedOn)}</td><td>${escape(label(HANDLING_ORIGINS, h.origin))}</td>
      <td>${escape(label(DOCUMENT_KINDS, h.documentKind))}</td><td>${escape(h.counterpart)}</td><td>${escape(h.subject)}</td><td>${belongsTo(h)}</td>
      <td>${h.secrecy ? fill('rec.secret', h.secrecy) : '–'}</td><td>${retentionOf(h.retention)}</td><td>${downloadLink(h)}</td></tr>`,
    )
    .join('');
  const heads = [
    'rec.number',
    'rec.datedOn',
    'rec.origin',
    'rec.kind',
    'rec.counterpart',
    'rec.subject',
    'rec.belongsTo',
    'rec.secrecy',
    'rec.retention',
    'rec.file',
  ];
  return scrollable(
    t('rec.heading'),
    `<table class="case-records"><caption class="visually-hidden">${escape(t('rec.caption'))}</caption>
    <thead><tr>${heads.map((key) => `<th scope="col">${escape(t(key))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** A labelled control with its marks; `control` is the element's own markup after its tag name. */
const input = (id, name, text, marks, attributes = '') =>
  `${fieldLabel(id, text, marks)}<input id="${id}" name="${name}" ${attributes}${marks.required ? ' required' : ''}${hintOf(id, marks)}>`;
const select = (id, name, text, table, marks = {}) =>
  `${fieldLabel(id, text, marks)}<select id="${id}" name="${name}"${marks.required ? ' required' : ''}>${Object.keys(table)
    .map((code) => `<option value="${code}">${escape(label(table, code))}</option>`)
    .join('')}</select>`;

function uploadForm(who) {
  const secrecy =
    who.role === 'officer'
      ? `<fieldset><legend>${escape(t('rec.secrecyLegend'))}</legend>
      ${input('rec-secrecy-provision', 'secrecyProvision', t('rec.secrecyProvision'), { format: t('rec.secrecyProvisionFormat') })}
      ${input('rec-secrecy-decided-by', 'secrecyDecidedBy', t('rec.secrecyDecidedBy'), {})}</fieldset>`
      : '';
  return `<form id="records-upload" novalidate><fieldset><legend>${escape(t('rec.upload'))}</legend>
    <p>${escape(t('rec.uploadIntro'))}</p>${requiredLine()}
    ${input('rec-file', 'file', t('rec.fileField'), { required: true, format: t('rec.fileFormat') }, 'type="file" accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg"')}
    ${select('rec-origin', 'origin', t('rec.origin'), HANDLING_ORIGINS, { required: true })}
    ${select('rec-kind', 'documentKind', t('rec.kind'), DOCUMENT_KINDS, { required: true })}
    ${input('rec-dated-on', 'datedOn', t('rec.datedOnField'), { required: true, format: t('rec.datedOnFormat') }, 'type="date"')}
    ${input('rec-counterpart', 'counterpart', t('rec.counterpart'), { required: true, format: t('rec.counterpartFormat') }, 'maxlength="300"')}
    ${input('rec-subject', 'subject', t('rec.subject'), { required: true }, 'maxlength="500"')}
    ${select('rec-target', 'target', t('rec.target'), HANDLING_TARGETS)}
    ${input('rec-target-seq', 'targetSeq', t('rec.targetSeq'), { format: t('rec.targetSeqFormat') }, 'type="number" min="1" step="1" inputmode="numeric"')}
    ${secrecy}
    <div class="actions"><button type="submit">${escape(t('rec.register'))}</button></div></fieldset></form>`;
}

function numberForm(records) {
  return `<form id="records-number" novalidate><fieldset><legend>${escape(t('rec.setNumber'))}</legend>
    ${input('rec-case-number', 'diarienummer', t('rec.caseNumber'), { required: true, format: t('rec.numberFormat') }, `value="${escape(records.diarienummer ?? '')}"`)}
    <div class="actions"><button type="submit">${escape(t('rec.saveNumber'))}</button></div></fieldset></form>`;
}

/** The section, or '' when the reader has no records to read. Auditors read; the parties register; officers number. */
export function recordsSection(records, who) {
  if (!records) return '';
  const number = records.diarienummer
    ? `<p>${escape(t('rec.caseNumber'))}: <strong class="case-number">${escape(records.diarienummer)}</strong></p>`
    : `<p>${escape(t('rec.noCaseNumber'))}</p>`;
  const forms = who.role === 'auditor' ? '' : `${who.role === 'officer' ? numberForm(records) : ''}${uploadForm(who)}`;
  return section('records', t('rec.heading'), `${number}${recordsTable(records)}${forms}`);
}

/** Follows a download link with the person's token, and saves the file under its name. */
export async function downloadRecord(link) {
  const response = await fetch(link.getAttribute('href'), { headers: { Authorization: `Bearer ${state.token}` } });
  if (!response.ok) return notify(t('rec.downloadFailed'), 'error');
  const url = URL.createObjectURL(await response.blob());
  const save = Object.assign(document.createElement('a'), { href: url, download: link.dataset.download });
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Each download link under `root` fetches its file with the token rather than navigating to it. */
export function wireDownloads(root) {
  root.querySelectorAll('a[data-download]').forEach((link) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      downloadRecord(link).catch(() => notify(t('rec.downloadFailed'), 'error'));
    }),
  );
}

/** Sends a form; its errors beside its fields. `send` answers the fetch's Response. */
async function submit(event, send, done) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  event.submitter.disabled = true;
  try {
    const response = await send(form);
    const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
    if (response.ok) return await done();
    event.submitter.disabled = false;
    if (body?.errors) showFieldErrors(form, body);
    else notify(refusalText(body), 'error');
    return response.status;
  } catch (error) {
    event.submitter.disabled = false;
    notify(error.message, 'error');
  }
}

/**
 * The section's links and forms. An upload carries the form's Idempotency-Key, kept while an answer may have been
 * lost (a network error, a 5xx) and renewed after a refusal, so that a corrected form is a new request.
 */
export function wireRecords(root, caseRef, done) {
  wireDownloads(root);
  const base = `/${caseRef.collection}/${caseRef.id}`;
  const auth = () => ({ Authorization: `Bearer ${state.token}` });
  let key = crypto.randomUUID();
  root.querySelector('#records-upload')?.addEventListener('submit', async (event) => {
    const status = await submit(
      event,
      (form) => {
        const data = new FormData(form);
        // An empty field is one not given, as the API reads it.
        for (const [name, value] of [...data.entries()]) if (value === '') data.delete(name);
        return fetch(`${base}/documents`, { method: 'POST', headers: { ...auth(), 'Idempotency-Key': key }, body: data });
      },
      done,
    );
    if (status >= 400 && status < 500) key = crypto.randomUUID();
  });
  root.querySelector('#records-number')?.addEventListener('submit', (event) =>
    submit(
      event,
      (form) =>
        fetch(`${base}/diarienummer`, {
          method: 'PUT',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          body: JSON.stringify({ diarienummer: new FormData(form).get('diarienummer') }),
        }),
      done,
    ),
  );
}
