/**
 * A printed document said once and rendered twice: as HTML made for print and as PDF (the dossier, and any other
 * record the engine prints). The content is plain text throughout; each renderer escapes it for its own format.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** "Label: value" lines. */
  | { kind: 'fields'; pairs: [string, string][] }
  /** A table with a header row; with no rows, the `empty` sentence instead. */
  | { kind: 'table'; headers: string[]; rows: string[][]; empty: string };

export interface Printable {
  title: string;
  /** Under the title: what the document is. */
  subtitle: string;
  /** The PDF's metadata subject. */
  subject: string;
  /** In every page's foot beside "Sida N av M": what the page belongs to (the case's diarienummer and title). */
  footer: string;
  /** The instant the document is of (the export): the PDF's creation date, so the same content gives the same bytes. */
  createdAt: Date;
  blocks: Block[];
}

export const heading = (text: string): Block => ({ kind: 'heading', text });
export const subheading = (text: string): Block => ({ kind: 'subheading', text });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const fields = (pairs: [string, string][]): Block => ({ kind: 'fields', pairs });
export const table = (headers: string[], rows: string[][], empty = 'Inga uppgifter.'): Block => ({ kind: 'table', headers, rows, empty });

/** What a cell or a field says of a value that is not recorded. */
export const NOT_RECORDED = '–';
