import { contentDisposition, storedFileName } from './file-name';

describe("a handling's file name", () => {
  it("keeps the person's Swedish name and gives it the extension of the type the content is", () => {
    expect(storedFileName('Verksamhetsberättelse 2025.doc', 'application/pdf')).toBe('Verksamhetsberättelse 2025.pdf');
    expect(storedFileName('C:\\Users\\anna\\Stadgar för föreningen.PDF', 'application/pdf')).toBe('Stadgar för föreningen.pdf');
    expect(storedFileName('protokoll', 'application/vnd.oasis.opendocument.text')).toBe('protokoll.odt');
  });

  it('drops folders, control and unsafe characters, and names a nameless file', () => {
    expect(storedFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(storedFileName('a\u0000b\u0007"c"<d>.jpg', 'image/jpeg')).toBe('abcd.jpg');
    expect(storedFileName('', 'image/jpeg')).toBe('dokument.jpg');
    expect(storedFileName('...', 'image/jpeg')).toBe('dokument.jpg');
    expect(storedFileName(`${'å'.repeat(300)}.pdf`, 'application/pdf')).toBe(`${'å'.repeat(120)}.pdf`);
  });

  it('is sent as an attachment with an ASCII name for old clients and the UTF-8 name for the others', () => {
    expect(contentDisposition('Årsredovisning för Vårsta (2025).pdf')).toBe(
      `attachment; filename="Arsredovisning for Varsta (2025).pdf"; filename*=UTF-8''%C3%85rsredovisning%20f%C3%B6r%20V%C3%A5rsta%20%282025%29.pdf`,
    );
    expect(contentDisposition('Ett \u201ccitat\u201d.pdf')).toBe(
      `attachment; filename="Ett _citat_.pdf"; filename*=UTF-8''Ett%20%E2%80%9Ccitat%E2%80%9D.pdf`,
    );
  });
});
