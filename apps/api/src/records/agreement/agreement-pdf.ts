import { PRINCIPLE_NAMES } from '@iop/domain';
import type { Contribution, PartyKey } from '@iop/domain';
import { PdfWriter } from '../pdf/pdf-layout';
import { stockholmTime } from '../../common/stockholm-time';
import type { AgreementTerms } from './agreement-terms';

/** One signature as the signature page prints it. */
export interface SignatureLine {
  party: PartyKey;
  signatoryName: string;
  signedAt: string;
  /** The basis of the signatory's authority (firmateckning) from the signatory register, in words. */
  authority: string;
  documentSha256: string;
}

const kronor = (amount: number) => `${new Intl.NumberFormat('sv-SE').format(amount)} kr`;

function partyName(terms: AgreementTerms, party: PartyKey): string {
  if (party === 'PUBLIC') return terms.publicParty;
  const organisation = terms.organisations.find((o) => o.organisationNumber === party);
  return organisation ? `${organisation.name} (${organisation.organisationNumber})` : party;
}

/** The years of the contributions, each party's amount per year; a contribution without years counts for the period. */
function economyRows(terms: AgreementTerms): string[][] {
  const years = [...new Set(terms.contributions.flatMap((c) => (c.years ?? []).map((y) => y.year)))].sort((a, b) => a - b);
  const amountIn = (c: Contribution, year: number) => c.years?.find((y) => y.year === year)?.amountSek;
  if (years.length === 0) return terms.contributions.map((c) => [partyName(terms, c.party), 'Hela avtalsperioden', kronor(c.amountSek)]);
  return years.flatMap((year) =>
    terms.contributions
      .filter((c) => amountIn(c, year) !== undefined)
      .map((c) => [partyName(terms, c.party), String(year), kronor(amountIn(c, year)!)]),
  );
}

function decisionLine(terms: AgreementTerms): string {
  const d = terms.decision;
  return `${d.body} ${d.meetingDate}, ${d.paragraph}, dnr ${d.diarienummer}`;
}

/**
 * The IOP agreement as the parties sign it, in Swedish, with the sections municipal IOP agreements use. With
 * `signatures`, the same document followed by its signature page (who signed for which party, when, on what
 * authority, and the SHA-256 of the document each signed).
 */
export async function renderAgreementPdf(terms: AgreementTerms, signatures?: SignatureLine[]): Promise<Buffer> {
  const pdf = new PdfWriter({
    title: `Överenskommelse om idéburet offentligt partnerskap: ${terms.title}`,
    subject: `IOP ${terms.caseDiarienummer}, avtalsversion ${terms.draftVersion}`,
    createdAt: new Date(terms.createdAt),
  });
  pdf.title('Överenskommelse om idéburet offentligt partnerskap (IOP)', terms.title);
  pdf.fields([
    ['Diarienummer', terms.caseDiarienummer],
    ['Avtalsversion', `${terms.draftVersion} (omgång ${terms.round})`],
    ['Beslut', decisionLine(terms)],
    ['Giltighetstid', `${terms.startDate} – ${terms.endDate}`],
  ]);

  pdf.heading('1. Parter');
  pdf.bullets([
    `${terms.publicParty} (offentlig part)`,
    ...terms.organisations.map((o) => `${o.name}, organisationsnummer ${o.organisationNumber} (idéburen part)`),
  ]);

  pdf.heading('2. Bakgrund och gemensam värdegrund');
  if (terms.challenge) pdf.subheading('Gemensam problemformulering').paragraph(terms.challenge);
  if (terms.targetGroup) pdf.fields([['Målgrupp', terms.targetGroup]]);
  pdf.paragraph(
    'Partnerskapet vilar på de principer för samverkan mellan det offentliga och den idéburna sektorn som anges i avsnitt 11. ' +
      'Parterna är jämbördiga; den idéburna parten behåller sin självständighet och sitt oberoende.',
  );

  pdf.heading('3. Syfte och mål');
  pdf.paragraph(terms.purpose);
  pdf.subheading('Gemensamt mål').paragraph(terms.sharedGoal);
  if (terms.goals.length) pdf.bullets(terms.goals);

  pdf.heading('4. Parternas åtaganden och insatser');
  pdf.table(
    ['Part', 'Ekonomisk insats', 'Egen insats'],
    terms.contributions.map((c) => [partyName(terms, c.party), kronor(c.amountSek), c.ownContribution ?? '']),
  );

  pdf.heading('5. Ekonomi per år');
  pdf.table(['Part', 'År', 'Belopp'], economyRows(terms));

  pdf.heading('6. Uppföljning och utvärdering');
  pdf.paragraph(terms.followUpPlan);

  pdf.heading('7. Organisation och styrning');
  pdf.paragraph(terms.governance);

  pdf.heading('8. Giltighetstid och uppsägning');
  pdf.paragraph(`Överenskommelsen gäller från ${terms.startDate} till och med ${terms.endDate}.`);
  pdf.paragraph(terms.terminationTerms);
  pdf.fields([['Uppsägningstid', `${terms.terminationNoticeMonths} månader`]]);

  pdf.heading('9. Ändringar och tillägg');
  pdf.paragraph(
    'Ändringar och tillägg till överenskommelsen ska vara skriftliga, godkännas av samtliga parter och beslutas i samma ordning ' +
      `som överenskommelsen (${terms.decision.body}). De förs in som en ny avtalsversion i ärendet.`,
  );

  pdf.heading('10. Tvister');
  pdf.paragraph(
    'Parterna löser i första hand oenighet om tolkningen eller tillämpningen av överenskommelsen genom dialog. ' +
      'Kan parterna inte enas avgörs tvisten av allmän domstol med tillämpning av svensk rätt.',
  );

  pdf.heading('11. Principerna för idéburet offentligt partnerskap');
  for (const { principle, how } of terms.principles) pdf.subheading(capitalised(PRINCIPLE_NAMES[principle].sv)).paragraph(how);

  if (signatures) signaturePage(pdf, terms, signatures);
  return pdf.finish(`IOP ${terms.caseDiarienummer} · avtalsversion ${terms.draftVersion}`);
}

function signaturePage(pdf: PdfWriter, terms: AgreementTerms, signatures: SignatureLine[]): void {
  pdf.doc.addPage();
  pdf.heading('Underskrifter');
  pdf.paragraph(
    `Parterna har undertecknat överenskommelsen i version ${terms.draftVersion}, godkänd genom beslut av ${decisionLine(terms)}. ` +
      'Varje underskrift gäller dokumentet med angiven SHA-256.',
  );
  if (signatures.length === 0) pdf.paragraph('Ingen part har undertecknat ännu.');
  // One block per signature rather than a table: the hash stays on one line, where a reader can compare it.
  for (const s of signatures) {
    pdf.subheading(partyName(terms, s.party));
    pdf.fields([
      ['Undertecknad av', s.signatoryName],
      ['Tidpunkt', stockholmTime(s.signedAt)],
      ['Behörighet', s.authority],
    ]);
    pdf.fields([['Dokumentets SHA-256', '']]);
    pdf.doc.font('Courier').fontSize(9).text(s.documentSha256).font('Helvetica').fontSize(10.5).moveDown(0.6);
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
