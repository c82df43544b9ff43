import request from 'supertest';
import { PARTICIPATION_LEVELS, PHASES, STEP_ACTIONS } from '../../libs/domain/src';
import { useApiAndWorker } from '../support/harness';
import { giveDiarienummer, registerHandling } from '../support/handlings';
import { LifecycleClient } from '../support/lifecycle-client';
import { pdfText } from '../support/pdf-text';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';
import type { Principal } from '../../libs/identity/src';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;
const DIARIENUMMER = 'RS 2026/00321';
/** A handling the public party marked: its subject is for the officers, the auditors and nobody else. */
const HEALTH = { subject: 'Uppgifter om deltagares hälsa', provision: 'OSL 26 kap. 1 §' };
/** A handling the organisation itself registered and the public party marked: the organisation still reads it. */
const BUSINESS_PLAN = { subject: 'Föreningens affärsplan 2027', provision: 'OSL 31 kap. 16 §' };

/** The text of an HTML page as a reader sees it: tags out, entities read, white space as single spaces. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Swedish time as a clock in Stockholm showed it, to the minute ("2026-11-23 14:05"), worked out apart from the API. */
const inStockholm = (instant: string) => new Date(instant).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 16);

/**
 * The partnership's dossier (akt) as a diarium files it: in Swedish throughout, Swedish time, the case's diarienummer
 * and handlingar with their secrecy, the agreement's content, the decisions and signatures; as HTML to print, as PDF
 * and its timeline as CSV for Swedish Excel.
 */
describe('the dossier, fit for a diarium', () => {
  const app = useApiAndWorker('dossier');
  let iop: LifecycleClient;
  const get = async (path: string, who: Principal = AUDITOR) =>
    request(app().getHttpServer())
      .get(`/partnerships/${iop.id}${path}`)
      .set(await bearer(who))
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });

  beforeAll(async () => {
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre i Skåne');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move(
      '/phase-levels',
      { party: 'PUBLIC', levels: [{ phase: 'DRAFTING', level: 'PARTNERSHIP', reason: 'Parterna skriver avtalet tillsammans' }] },
      'put',
    );
    await iop.toSignature([ORG]);
    await iop.move('/signatures', { party: 'PUBLIC' });
    await iop.move('/signatures', { party: ORG });
    await giveDiarienummer(app(), iop.id, DIARIENUMMER);
    await registerHandling(app(), iop.id, {
      origin: 'RECEIVED',
      documentKind: 'STATUTES',
      datedOn: '2026-10-02',
      counterpart: NATVERKET.name,
      subject: 'Föreningens stadgar',
      registeredByParty: ORG,
    });
    await registerHandling(app(), iop.id, {
      origin: 'DRAWN_UP',
      documentKind: 'OFFICER_REPORT',
      datedOn: '2026-11-05',
      counterpart: 'Regionstyrelsen',
      subject: 'Tjänsteskrivelse om idéburet offentligt partnerskap',
    });
    await registerHandling(app(), iop.id, {
      origin: 'RECEIVED',
      documentKind: 'CORRESPONDENCE',
      datedOn: '2026-11-10',
      counterpart: 'Anhörig till deltagare',
      subject: HEALTH.subject,
      secrecy: { provision: HEALTH.provision, decidedBy: 'Registrator, Region Skåne' },
    });
    await registerHandling(app(), iop.id, {
      origin: 'RECEIVED',
      documentKind: 'WRITTEN_INPUT',
      datedOn: '2026-11-12',
      counterpart: NATVERKET.name,
      subject: BUSINESS_PLAN.subject,
      registeredByParty: ORG,
      secrecy: { provision: BUSINESS_PLAN.provision, decidedBy: 'Registrator, Region Skåne' },
    });
  });

  it('prints every code by its Swedish name, every instant in Swedish time, with page numbers when printed', async () => {
    const [html, { body: json }] = [await get('/dossier?format=html'), await get('/dossier?format=json')];
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const page = html.body.toString('utf8');
    const text = textOf(page);
    const dossier = JSON.parse(json.toString('utf8'));
    // Codes by name: the phase, the steps, the levels, the outcome, the parties' standing.
    for (const words of [
      'Genomförande och uppföljning',
      'Avtalet överenskommet',
      'Avtalet undertecknat av alla',
      'Partnerskap',
      'Godkänt',
      'Deltar',
    ]) {
      expect(text).toContain(words);
    }
    const codes = [...PHASES, ...STEP_ACTIONS, ...PARTICIPATION_LEVELS, 'APPROVED', 'ACCEPTED', 'PUBLIC', 'JOINT'];
    expect(codes.filter((code) => new RegExp(`\\b${code}\\b`).test(text))).toEqual([]);
    // Instants in Swedish time, to the minute, and none in UTC's notation.
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    const signature = dossier.partnership.signatures.find((s: { party: string }) => s.party === ORG);
    expect(text).toContain(`${NATVERKET.name} Företrädare för ${ORG} ${inStockholm(signature.signedAt)}`);
    expect(text).toContain(`Utskriven ${inStockholm(dossier.exportedAt)} (svensk tid)`);
    // Printed, each page says which of how many it is.
    expect(page).toMatch(/@page \{[^@]*@bottom-left \{[^}]*\}\s*@bottom-right \{ content: "Sida " counter\(page\) " av " counter\(pages\);/);
  });

  it('heads the dossier with the case’s diarienummer and parties, and lists the handlingar as a diarium does', async () => {
    const text = textOf((await get('/dossier?format=html')).body.toString('utf8'));
    expect(text).toContain(`Diarienummer ${DIARIENUMMER} Offentlig part Region Skåne Idéburna organisationer ${NATVERKET.name} (${ORG})`);
    // The first handling is the agreement the approving decision named, registered by the engine (rules version 5).
    expect(text).toContain(`${DIARIENUMMER}-1 2026-11-20 Upprättad ${NATVERKET.name} Avtal Överenskommelse om IOP:`);
    expect(text).toContain(`${DIARIENUMMER}-2 2026-10-02 Inkommen ${NATVERKET.name} Stadgar Föreningens stadgar –`);
    expect(text).toContain(
      `${DIARIENUMMER}-3 2026-11-05 Upprättad Regionstyrelsen Tjänsteskrivelse Tjänsteskrivelse om idéburet offentligt partnerskap –`,
    );
    expect(text).toContain(
      `${DIARIENUMMER}-4 2026-11-10 Inkommen Anhörig till deltagare Skrivelse ${HEALTH.subject} Sekretessmarkerad, ${HEALTH.provision}`,
    );
  });

  it('leaves a marked handling’s subject out for a representative who may not see it, and shows them their own', async () => {
    const representative = representativeOf(ORG);
    const text = textOf((await get('/dossier?format=html', representative)).body.toString('utf8'));
    expect(text).toContain(
      `${DIARIENUMMER}-4 2026-11-10 Inkommen Anhörig till deltagare Skrivelse Visas inte: handlingen är sekretessmarkerad Sekretessmarkerad, ${HEALTH.provision}`,
    );
    expect(text).not.toContain(HEALTH.subject);
    expect(text).toContain(`${BUSINESS_PLAN.subject} Sekretessmarkerad, ${BUSINESS_PLAN.provision}`);
    const json = JSON.parse((await get('/dossier?format=json', representative)).body.toString('utf8'));
    expect(json.handlings.map((h: { subject: string | null }) => h.subject)).toEqual([
      expect.stringMatching(/^Överenskommelse om IOP: /),
      'Föreningens stadgar',
      'Tjänsteskrivelse om idéburet offentligt partnerskap',
      null,
      BUSINESS_PLAN.subject,
    ]);
    expect(JSON.stringify(json)).not.toContain(HEALTH.subject);
    // The public party's officer reads the case whole.
    expect(textOf((await get('/dossier?format=html', officerOf('Region Skåne'))).body.toString('utf8'))).toContain(HEALTH.subject);
  });

  it('gives the agreement’s content, the decision with its dates, and who signed on what authority', async () => {
    const text = textOf((await get('/dossier?format=html')).body.toString('utf8'));
    expect(text).toContain('Avtalet Avtalsversion 1 (avtalsrunda 1) Ställning Avtalet i kraft, undertecknat av parterna');
    for (const section of [
      'Syfte Samverkan för delaktighet',
      'Gemensamt mål Ett gemensamt mål',
      'Bidrag i kronor, Region Skåne 900 000 kr',
      `Egen insats, ${NATVERKET.name} Ideella krafter och lokaler`,
      'Period 2027-01-01 – 2029-12-31',
      'Styrning Samverkansgrupp med lika många från varje sektor',
      'Princip: Självständighet och oberoende Organisationerna behåller sitt oberoende.',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain(
      `Beslut 1: Regionstyrelsen 2026-11-20, § 88 Organ Regionstyrelsen Sammanträde 2026-11-20 Diarienummer ${DIARIENUMMER} Paragraf § 88 Utfall Godkänt`,
    );
    expect(text).toContain('Undertecknas före laga kraft Ja: Verksamheten startar vid årsskiftet');
    expect(text).toContain('Delegationsordning: Regionstyrelsens delegationsordning, 2000-01-01, § 4');
    expect(text).toContain('Styrelsebeslut om firmateckning: Styrelseprotokoll om firmateckning, 2000-01-01');
  });

  it('is a PDF too, with the same content, the diarienummer in its name and "Sida N av M" on every page', async () => {
    const response = await get('/dossier?format=pdf');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="IOP-RS-2026-00321-akt.pdf"');
    expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(response.body);
    // Table cells wrap within their column: compare without the white space.
    const squashed = text.replace(/\s+/g, '');
    const has = (words: string) => expect(squashed).toContain(words.replace(/\s+/g, ''));
    has(`Diarienummer: ${DIARIENUMMER}`);
    has('Genomförande och uppföljning');
    has('Handlingar');
    has(`${DIARIENUMMER}-4`);
    has(`Sekretessmarkerad, ${HEALTH.provision}`);
    has('Syfte Samverkan för delaktighet');
    has('Delegationsordning: Regionstyrelsens delegationsordning');
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n += 1) has(`Sida ${n} av ${pages}`);
  });

  it('exports the timeline as CSV for Swedish Excel, named by the diarienummer', async () => {
    const response = await get('/dossier?format=csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="IOP-RS-2026-00321-tidslinje.csv"');
    const csv = response.body.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines: string[] = csv.slice(1).replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Händelse;Fas;Part;Åtgärd;Eftersträvad nivå;Uppnådd nivå;Utförd av;Detaljer');
    const timeline = JSON.parse((await get('/dossier?format=json')).body.toString('utf8')).timeline;
    expect(lines).toHaveLength(timeline.length + 1);
    const agreed = timeline.find((e: { action: string }) => e.action === 'DRAFT_AGREED');
    expect(lines).toContain(
      `${inStockholm(agreed.at)};Steg;Utformning av avtal;Gemensamt;Avtalet överenskommet;Partnerskap;Partnerskap;${agreed.actor};Beslutade gemensamt: Region Skåne, ${NATVERKET.name}`,
    );
    expect(lines.find((l) => l.split(';')[1] === 'Politiskt beslut')).toContain(`Regionstyrelsen 2026-11-20, ${DIARIENUMMER} § 88, avtalsversion 1`);
  });

  it("names the CSV by the partnership's id while the case has no diarienummer", async () => {
    const fresh = new LifecycleClient(app());
    await fresh.create('Region Skåne', [NATVERKET], 'Ett ärende utan diarienummer');
    const response = await request(app().getHttpServer())
      .get(`/partnerships/${fresh.id}/dossier?format=csv`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="IOP-${fresh.id}-tidslinje.csv"`);
    const html = await request(app().getHttpServer())
      .get(`/partnerships/${fresh.id}/dossier?format=html`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(textOf(html.text)).toContain('Diarienummer Inget diarienummer är angivet för ärendet');
    expect(textOf(html.text)).toContain('Handlingar Inga handlingar är registrerade i ärendet.');
  });

  it('refuses a format it does not have, naming the parameter in English and Swedish', async () => {
    const response = await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/dossier?format=docx`)
      .set(await bearer(AUDITOR))
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('format');
    expect(response.body.errors.some((e: { messageSv?: string }) => e.messageSv?.includes('json, csv, html, pdf'))).toBe(true);
  });
});
