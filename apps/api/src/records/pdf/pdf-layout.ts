import PDFDocument from 'pdfkit';

/**
 * The engine's printed documents (the agreement, the signature page, the dossier) share one layout: A4, Helvetica
 * (its WinAnsi encoding holds å, ä, ö, é and §), headings, paragraphs, label–value lines and tables, and "Sida N av M"
 * in every footer. A document's bytes depend only on what it says and the instant it names as its creation (no
 * clock, no random file id), so the same terms always render to the same bytes and the same SHA-256.
 */
export interface PdfMeta {
  title: string;
  subject: string;
  /** The instant the document is of (the decision, the export): the PDF's CreationDate and the source of its file id. */
  createdAt: Date;
}

const MARGIN = 56;
const FOOTER_GAP = 28;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly parts: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: PdfMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: 'sv-SE',
      displayTitle: true,
      info: {
        Title: meta.title,
        Subject: meta.subject,
        Creator: 'IOP engine',
        Producer: 'IOP engine',
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
    });
    this.doc.on('data', (part: Buffer) => this.parts.push(part));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.parts)));
      this.doc.on('error', reject);
    });
    this.doc.font('Helvetica').fontSize(10.5);
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('Helvetica-Bold').fontSize(18).text(text);
    if (subtitle) this.doc.font('Helvetica').fontSize(11).fillColor('#333333').text(subtitle).fillColor('black');
    this.doc.moveDown(0.8).font('Helvetica').fontSize(10.5);
    return this;
  }

  heading(text: string): this {
    if (this.doc.y > this.doc.page.height - MARGIN - FOOTER_GAP - 80) this.doc.addPage();
    this.doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3).font('Helvetica').fontSize(10.5);
    return this;
  }

  subheading(text: string): this {
    this.doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).text(text).font('Helvetica').fontSize(10.5);
    return this;
  }

  paragraph(text: string): this {
    this.doc.text(text, { align: 'left' }).moveDown(0.4);
    return this;
  }

  /** "Label: value" lines, the label in bold. */
  fields(pairs: [string, string][]): this {
    for (const [label, value] of pairs) {
      this.doc
        .font('Helvetica-Bold')
        .text(`${label}: `, { continued: true })
        .font('Helvetica')
        .text(value || '–');
    }
    this.doc.moveDown(0.4);
    return this;
  }

  bullets(items: string[]): this {
    for (const item of items) this.doc.text(`•  ${item}`, { indent: 8 });
    this.doc.moveDown(0.4);
    return this;
  }

  /** A table with a bold header row; long cells wrap. Empty: one line saying so. */
  table(headers: string[], rows: string[][], empty = 'Inga uppgifter.'): this {
    if (rows.length === 0) return this.paragraph(empty);
    this.doc.fontSize(9);
    this.doc.table({
      rowStyles: (i: number) => (i === 0 ? { font: { src: 'Helvetica-Bold' }, backgroundColor: '#eeeeee' } : {}),
      data: [headers, ...rows.map((row) => row.map((cell) => cell || '–'))],
    });
    this.doc.fontSize(10.5).moveDown(0.6);
    return this;
  }

  /** Ends the document: the page numbers in every footer, then the bytes. */
  async finish(footer: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.height - MARGIN - 8;
      // Writing below the bottom margin would add a page: the footer goes in with the margin lifted for it.
      const margins = this.doc.page.margins;
      this.doc.page.margins = { ...margins, bottom: 0 };
      this.doc
        .font('Helvetica')
        .fontSize(8.5)
        .fillColor('#444444')
        .text(`${footer}   ·   Sida ${i - range.start + 1} av ${range.count}`, MARGIN, bottom, {
          width: this.doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        })
        .fillColor('black');
      this.doc.page.margins = margins;
    }
    this.doc.end();
    return this.done;
  }
}
