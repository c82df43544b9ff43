import { caseFileName } from './case-file-name';

const ID = '3b1f0c2e-1111-4222-8333-444455556666';

describe("an export's file name", () => {
  it('carries the diarienummer, its slash and spaces made dashes, so that no folder or quoting is needed', () => {
    expect(caseFileName('RS 2026/00321', ID, 'tidslinje.csv')).toBe('IOP-RS-2026-00321-tidslinje.csv');
  });

  it('keeps Swedish letters and drops what a file system refuses', () => {
    expect(caseFileName('KS Ö:2026\\4*?"<>|', ID, 'akt.pdf')).toBe('IOP-KS-Ö-2026-4-akt.pdf');
  });

  it("is the partnership's id while the case has no diarienummer, or one of nothing but unsafe characters", () => {
    expect(caseFileName(null, ID, 'tidslinje.csv')).toBe(`IOP-${ID}-tidslinje.csv`);
    expect(caseFileName(' / ', ID, 'tidslinje.csv')).toBe(`IOP-${ID}-tidslinje.csv`);
  });
});
