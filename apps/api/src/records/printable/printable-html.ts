import type { Block, Printable } from './printable';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A text inside a CSS string: no quote ends it, no "</style>" closes the sheet, a line break stays one. */
const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3C ').replace(/\r?\n/g, '\\A ')}"`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields':
      return `<dl class="fields">${block.pairs.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value || '–')}</dd></div>`).join('')}</dl>`;
    case 'table':
      if (block.rows.length === 0) return `<p>${escapeHtml(block.empty)}</p>`;
      return `<table><thead><tr>${block.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell || '–')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

/**
 * The document as one HTML page made for print: A4, the footer and "Sida N av M" in every page's margin (CSS paged
 * media counters, which the browser's print fills in), headings kept with what follows, table rows not split.
 */
export function printableHtml(doc: Printable): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)} – ${escapeHtml(doc.subtitle)}</title>
<style>
  @page {
    size: A4;
    margin: 20mm 18mm 22mm;
    @bottom-left { content: ${cssString(doc.footer)}; font: 8pt Georgia, serif; color: #444; }
    @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 8pt Georgia, serif; color: #444; }
  }
  body { font-family: Georgia, serif; margin: 2cm; color: #111; }
  h1 { font-size: 20pt; margin-bottom: 0.2em; } .subtitle { margin-top: 0; color: #333; }
  h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.5em; } h3 { font-size: 11.5pt; margin-bottom: 0.3em; }
  p, td, dd { white-space: pre-line; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
  dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0.5em 0; } dl.fields div { display: contents; }
  dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
  @media print { body { margin: 0; } h2, h3 { break-after: avoid; } tr, dl.fields div { break-inside: avoid; } thead { display: table-header-group; } }
</style></head><body><main>
<h1>${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
${doc.blocks.map(blockHtml).join('\n')}
</main></body></html>
`;
}
