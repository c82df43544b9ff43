// The case as an e-archive package (arkivpaket, GET /partnerships/:id/archive-package): offered to the public
// party's officers and to auditors, the only ones the API gives it to. It holds secrecy-marked handlings too, which
// the hint says, so that nobody takes it for a public copy.
import { escape, notify, principal, refusalText, state, t } from '../ui.js';

export function archivePackageSection() {
  if (!['officer', 'auditor'].includes(principal()?.role)) return '';
  return `<section class="audit-section" id="archive-section" aria-labelledby="archive-heading">
    <h2 id="archive-heading">${escape(t('arc.heading'))}</h2>
    <p id="archive-hint">${escape(t('arc.hint'))}</p>
    <div class="actions"><button type="button" id="archive-download" aria-describedby="archive-hint">${escape(t('arc.download'))}</button></div>
  </section>`;
}

/** The download needs the bearer token, so it is fetched and handed to the browser under the API's own file name. */
export function wireArchivePackage(root, id) {
  const button = root.querySelector('#archive-download');
  if (!button) return;
  button.addEventListener('click', async () => {
    button.disabled = true;
    notify(t('arc.preparing'));
    try {
      const response = await fetch(`/partnerships/${id}/archive-package`, { headers: { Authorization: `Bearer ${state.token}` } });
      if (!response.ok) throw new Error(refusalText(await response.json().catch(() => null)));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = fileNameOf(response.headers.get('content-disposition')) ?? `IOP-${id}-arkivpaket.zip`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      notify(t('arc.downloaded'));
    } catch (error) {
      notify(error.message, 'error');
    } finally {
      button.disabled = false;
    }
  });
}

/** The name from Content-Disposition: the RFC 5987 form (å, ä, ö) when given, else the plain one. */
function fileNameOf(header) {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}
