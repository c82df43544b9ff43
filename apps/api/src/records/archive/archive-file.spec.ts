import { hrefOf, relativeTo, safeFileName } from './archive-file';

describe("the archive package's file names", () => {
  it('keeps å, ä and ö and replaces what no file system accepts, ending in the detected type', () => {
    expect(safeFileName('Tjänsteskrivelse: IOP/äldre?.docx', 'docx')).toBe('Tjänsteskrivelse_ IOP_äldre_.docx');
    expect(safeFileName('Stadgar 2025', 'pdf')).toBe('Stadgar 2025.pdf');
    expect(safeFileName('..\\..\\etc.PDF', 'pdf')).toBe('_.._etc.pdf');
    expect(safeFileName('  . ', 'png')).toBe('dokument.png');
    expect(safeFileName('x'.repeat(300), 'pdf')).toHaveLength(120);
  });

  it('references a path as a URI, each segment percent-encoded, and relative to a folder of the package', () => {
    expect(hrefOf('representations/rep1/data/001-Stadgar 2025 #1.pdf')).toBe('representations/rep1/data/001-Stadgar%202025%20%231.pdf');
    expect(relativeTo('representations/rep1', 'representations/rep1/data/a.pdf')).toBe('data/a.pdf');
    expect(() => relativeTo('representations/rep1', 'metadata/a.xml')).toThrow();
  });
});
