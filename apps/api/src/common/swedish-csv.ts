/**
 * CSV as Swedish spreadsheet programs open it with a double click: `;` between cells (the comma is the decimal
 * sign in Swedish), UTF-8 with a byte-order mark (otherwise å, ä and ö come out garbled), CRLF line ends, and cells
 * quoted as RFC 4180 says when they hold the separator, a quote or a line break.
 */
export type CsvCell = string | number | null | undefined;

/**
 * A text that a spreadsheet would read as a formula (=, +, -, @, a tab or a carriage return first) is prefixed with
 * an apostrophe: the file is published, and its cells hold text the parties typed (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function swedishCsv(headers: string[], rows: CsvCell[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
