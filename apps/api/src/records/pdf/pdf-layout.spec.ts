import { createHash } from 'node:crypto';
import { pdfText } from '../../../../../test/support/pdf-text';
import { PdfWriter } from './pdf-layout';

async function render(text: string): Promise<Buffer> {
  const pdf = new PdfWriter({ title: 'Avtal', subject: 'Prov', createdAt: new Date('2026-03-02T09:00:00Z') });
  pdf.title('Överenskommelse om idéburet offentligt partnerskap', 'Dnr RS 2026/12');
  pdf.heading('Parter').fields([['Offentlig part', 'Region Västernorrland']]);
  pdf.table(['År', 'Belopp'], [['2026', '100 000 kr']]);
  for (let i = 0; i < 40; i += 1) pdf.paragraph(`${text} ${i}: åäö § – ett stycke som fyller sidan.`);
  return pdf.finish('IOP RS 2026/12');
}

describe('the printed documents', () => {
  it('render the same terms to the same bytes, with Swedish text and page numbers read back', async () => {
    const [first, second] = [await render('Stycke'), await render('Stycke')];
    expect(createHash('sha256').update(first).digest('hex')).toBe(createHash('sha256').update(second).digest('hex'));
    const { text, pages: total } = await pdfText(first);
    expect(text).toContain('Överenskommelse om idéburet offentligt partnerskap');
    expect(text).toContain('Region Västernorrland');
    expect(text).toContain('åäö §');
    expect(total).toBeGreaterThan(1);
    expect(text).toContain(`Sida ${total} av ${total}`);
  });

  it('render different terms to different bytes', async () => {
    expect((await render('Stycke')).equals(await render('Annat'))).toBe(false);
  });
});
