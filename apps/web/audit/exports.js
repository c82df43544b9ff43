// The partnership's exports on the auditor's page: the dossier as a report to print (HTML, opened beside the
// page) and as PDF, the timeline as CSV and everything as JSON (saved under the name the API gives them, such as
// IOP-RS-2026-00321-tidslinje.csv).
import { notify, refusalText, state, t } from '../ui.js';

export function exportsSection() {
  return `<section class="audit-section" id="exports-section" aria-labelledby="exports-heading">
      <h2 id="exports-heading">${t('exports')}</h2>
      <div class="actions"><button type="button" data-export="html">${t('printReport')}</button> <button type="button" data-export="pdf" class="secondary">${t('audit.dossierPdf')}</button> <button type="button" data-export="csv" class="secondary">${t('audit.timelineCsv')}</button> <button type="button" data-export="json" class="secondary">JSON</button></div>
    </section>`;
}

/** The file name in a Content-Disposition header: the UTF-8 one (filename*) where given, which keeps å, ä, ö. */
function fileNameOf(response, fallback) {
  const header = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export function wireExports(root, id) {
  root.querySelectorAll('[data-export]').forEach((button) =>
    button.addEventListener('click', async () => {
      const format = button.dataset.export;
      const response = await fetch(`/partnerships/${id}/dossier?format=${format}`, { headers: { Authorization: `Bearer ${state.token}` } });
      if (!response.ok) return notify(refusalText(await response.json().catch(() => null)), 'error');
      const url = URL.createObjectURL(await response.blob());
      if (format === 'html') {
        window.open(url, '_blank');
        return;
      }
      const link = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(response, `${id}.${format}`) });
      document.body.append(link);
      link.click();
      link.remove();
    }),
  );
}
