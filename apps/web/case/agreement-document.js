// The agreement as the parties sign it (rules version 5): the PDF the approving decision names, to read before
// signing, and the signed copy with its signature page. The files are fetched with the caller's token and opened in
// a new window, as the dossier is; the SHA-256 shown is the one a signature names.
import { escape, state, t, notify } from '../ui.js';

/** The latest approving decision that names an agreement document, or undefined (older rules, no approval yet). */
export function agreementDocumentOf(p) {
  return [...p.decisions].reverse().find((d) => d.agreementDocument);
}

/** The document's line: its version and hash, and the buttons that open it and, once anyone signed, the signed copy. */
export function agreementDocumentHtml(p) {
  const decision = agreementDocumentOf(p);
  if (!decision) return '';
  const signed = p.signatures.some((s) => s.decisionSeq === decision.seq && s.documentSha256);
  return `<div class="agreement-document" id="agreement-document">
    <p>${escape(t('case.agreementDocument'))} ${escape(decision.agreementDocument.draftVersion)}. ${escape(t('case.agreementSha256'))}
      <code class="sha256">${escape(decision.agreementDocument.sha256)}</code></p>
    <p><button type="button" class="secondary" data-agreement="document.pdf">${escape(t('case.readAgreement'))}</button>
    ${signed ? `<button type="button" class="secondary" data-agreement="signed.pdf">${escape(t('case.readSignedAgreement'))}</button>` : ''}</p></div>`;
}

/** Opens the agreement's PDFs from the buttons in `root`. */
export function wireAgreementDocuments(root, id) {
  root.querySelectorAll('[data-agreement]').forEach((button) =>
    button.addEventListener('click', async () => {
      const response = await fetch(`/partnerships/${id}/agreement/${button.dataset.agreement}`, {
        headers: { Authorization: `Bearer ${state.token}` },
      });
      if (!response.ok) return notify(t('unexpected'), 'error');
      window.open(URL.createObjectURL(await response.blob()), '_blank');
    }),
  );
}

/** The SIGN form's field: the document signed, by its hash, with the button to read it first. */
export function documentSha256Html(_field, _move, p) {
  const decision = agreementDocumentOf(p);
  if (!decision) return '';
  return `<input type="hidden" name="documentSha256" value="${escape(decision.agreementDocument.sha256)}">
    <p class="sign-document">${escape(t('case.signsDocument'))} <code class="sha256">${escape(decision.agreementDocument.sha256)}</code>
    <button type="button" class="secondary" data-agreement="document.pdf">${escape(t('case.readAgreement'))}</button></p>`;
}

export const documentSha256Of = (_field, _move, data) => data.get('documentSha256') || undefined;
