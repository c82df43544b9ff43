import { PdfWriter } from '../pdf/pdf-layout';
import type { Printable } from './printable';

/** The document as PDF in the engine's printed layout (pdf-layout.ts), "Sida N av M" and the footer on every page. */
export function printablePdf(doc: Printable): Promise<Buffer> {
  const pdf = new PdfWriter({ title: doc.title, subject: doc.subject, createdAt: doc.createdAt });
  pdf.title(doc.title, doc.subtitle);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        pdf.heading(block.text);
        break;
      case 'subheading':
        pdf.subheading(block.text);
        break;
      case 'paragraph':
        pdf.paragraph(block.text);
        break;
      case 'fields':
        pdf.fields(block.pairs);
        break;
      case 'table':
        pdf.table(block.headers, block.rows, block.empty);
        break;
    }
  }
  return pdf.finish(doc.footer);
}
