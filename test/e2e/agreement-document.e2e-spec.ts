import { createHash } from 'node:crypto';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { HandlingsRepository } from '../../libs/database/src';
import type { CommandContext } from '../../apps/api/src/common/command-context';
import { PartnershipWorkflowClient } from '../../apps/api/src/partnerships/partnership-workflow.client';
import { AgreementService } from '../../apps/api/src/records/agreement/agreement.service';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { pdfText } from '../support/pdf-text';
import { bearer, officerOf, representativeOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const OUTSIDER = '802003-4529';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The agreement the parties sign is a document (rules version 5): rendered as a PDF in Swedish from the approved
 * version when the decision approves it, registered as a handling of the decision, named by its SHA-256 in every
 * signature, and downloadable signed, with its signature page.
 */
describe('the agreement as signed', () => {
  const app = useApiAndWorker('agreement-document');
  const http = () => request(app().getHttpServer());
  const N = NATVERKET.organisationNumber;

  async function atSignature(title = 'Samverkan för delaktighet') {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], title);
    await iop.toSignature([N]);
    return iop;
  }
  const pdfOf = async (path: string, as = officerOf('Region Skåne')) => {
    const response = await http()
      .get(path)
      .set(await bearer(as))
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
    return response;
  };

  it('renders the approved version as a Swedish PDF with every section, the decision and the parties, and registers it once', async () => {
    const iop = await atSignature();
    const described = await iop.get(`/partnerships/${iop.id}/agreement`);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ decisionSeq: 1, draftVersion: 1, signatures: [], signedByAll: false, diarienummer: 'RS 2026/00321-1' });
    expect(described.body.fileName).toBe('IOP-RS-2026-00321-avtal-version-1.pdf');

    const document = await pdfOf(`/partnerships/${iop.id}/agreement/document.pdf`);
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toBe('application/pdf');
    expect(document.headers['content-disposition']).toContain("filename*=UTF-8''IOP-RS-2026-00321-avtal-version-1.pdf");
    expect(sha256(document.body)).toBe(described.body.sha256);
    expect(document.body.length).toBe(described.body.sizeBytes);

    const { text } = await pdfText(document.body);
    for (const heading of [
      'Parter',
      'Bakgrund och gemensam värdegrund',
      'Syfte och mål',
      'Parternas åtaganden och insatser',
      'Ekonomi per år',
      'Uppföljning och utvärdering',
      'Organisation och styrning',
      'Giltighetstid och uppsägning',
      'Ändringar och tillägg',
      'Tvister',
      'Principerna för idéburet offentligt partnerskap',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Samverkan för delaktighet');
    expect(text).toContain(`${NATVERKET.name}, organisationsnummer ${N}`);
    expect(text).toContain('Regionstyrelsen 2026-11-20, § 88, dnr RS 2026/00321');
    expect(text).toContain('Självständighet och oberoende');
    expect(text).toMatch(/Sida 1 av \d+/);

    // Read again: still the one handling of the decision, with the case's diarienummer adopted from the decision.
    await iop.get(`/partnerships/${iop.id}/agreement`);
    const handlings = app().get(HandlingsRepository);
    const agreements = (await handlings.list(iop.id)).filter((h) => h.documentKind === 'AGREEMENT');
    expect(agreements).toEqual([
      expect.objectContaining({
        origin: 'DRAWN_UP',
        target: 'DECISION',
        targetSeq: 1,
        contentSha256: described.body.sha256,
        retentionKind: 'PRESERVE',
      }),
    ]);
    expect(await handlings.diarienummer(iop.id)).toBe('RS 2026/00321');
  });

  it('refuses a signature without the hash or on another document and changes nothing; signs the current one', async () => {
    const iop = await atSignature('Underskrift på dokument');
    const { sha256: current } = (await iop.get(`/partnerships/${iop.id}/agreement`)).body;

    const missing = await iop.attempt('/signatures', { party: 'PUBLIC', documentSha256: undefined });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'AGREEMENT_HASH_REQUIRED', errors: [expect.objectContaining({ field: 'documentSha256' })] });
    expect(typeof missing.body.messageSv).toBe('string');
    const other = await iop.attempt('/signatures', { party: 'PUBLIC', documentSha256: 'f'.repeat(64) });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 409, code: 'AGREEMENT_HASH_MISMATCH' });
    const malformed = await iop.attempt('/signatures', { party: 'PUBLIC', documentSha256: 'not-a-hash' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'documentSha256' })]);
    expect((await iop.read()).signatures).toEqual([]);

    await iop.move('/signatures', { party: 'PUBLIC', documentSha256: current.toUpperCase() });
    const signed = await iop.move('/signatures', { party: N });
    expect(signed.phase).toBe('IMPLEMENTATION');
    const partnership = await iop.read();
    expect(partnership.signatures.map((s: { documentSha256: string }) => s.documentSha256)).toEqual([current, current]);
    expect((await iop.get(`/partnerships/${iop.id}/agreement`)).body).toMatchObject({
      signedByAll: true,
      signatures: [{ party: 'PUBLIC' }, { party: N }],
    });
  });

  it('gives the signed agreement with its signature page: who, for which party, when, on what authority, on which hash', async () => {
    const iop = await atSignature('Det undertecknade avtalet');
    for (const party of ['PUBLIC', N]) await iop.move('/signatures', { party });
    const { sha256: current } = (await iop.get(`/partnerships/${iop.id}/agreement`)).body;
    const signed = await pdfOf(`/partnerships/${iop.id}/agreement/signed.pdf`, representativeOf(N));
    expect(signed.status).toBe(200);
    expect(signed.headers['content-disposition']).toContain('IOP-RS-2026-00321-avtal-version-1-undertecknat.pdf');
    const { text } = await pdfText(signed.body);
    expect(text).toContain('Underskrifter');
    expect(text).toContain(`Undertecknad av: ${officerOf('Region Skåne').name}`);
    expect(text).toContain(`Undertecknad av: ${representativeOf(N).name}`);
    expect(text).toContain('Behörighet: Regionstyrelsens delegationsordning, § 4');
    expect(text).toContain('Behörighet: Styrelseprotokoll om firmateckning');
    expect(text).toMatch(/Tidpunkt: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(text.split(current).length - 1).toBe(2);
    // The document signed is unchanged by the signatures.
    expect(sha256((await pdfOf(`/partnerships/${iop.id}/agreement/document.pdf`)).body)).toBe(current);
  });

  it('answers 404 to an organisation outside the partnership, and 409 before any approval, in both languages', async () => {
    const iop = await atSignature('Utanför');
    const outsider = await http()
      .get(`/partnerships/${iop.id}/agreement/document.pdf`)
      .set(await bearer(representativeOf(OUTSIDER)));
    expect(outsider.status).toBe(404);
    const early = new LifecycleClient(app());
    await early.create('Region Skåne', [NATVERKET], 'Inget beslut ännu');
    const none = await early.get(`/partnerships/${early.id}/agreement`);
    expect({ status: none.status, code: none.body.code, sv: typeof none.body.messageSv }).toEqual({
      status: 409,
      code: 'AGREEMENT_NOT_RENDERED',
      sv: 'string',
    });
  });

  it('lists the agreement among the handlingar even when the API stopped between the approval and its registration', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Avbrott efter beslutet');
    await iop.toDrafting([N]);
    await iop.move('/drafts', iop.draft([N]));
    for (const p of ['PUBLIC', N]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    // What the approval route does up to the move, then the move sent as it would be, and the API gone before it
    // registered the agreement: nothing but the stored PDF and the accepted decision.
    const terms = {
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00777',
      paragraph: '§ 9',
      outcome: 'APPROVED' as const,
    };
    const agreementDocument = await app().get(AgreementService).prepareApproval(iop.id, terms);
    expect(agreementDocument).toMatchObject({ draftVersion: 1, parties: ['PUBLIC', N] });
    const context = { requestId: randomUUID(), actor: officerOf('Region Skåne').email } as CommandContext;
    await app()
      .get(PartnershipWorkflowClient)
      .execute(iop.id, { type: 'RECORD_POLITICAL_DECISION', party: 'PUBLIC', ...terms, agreementDocument }, context);
    const handlings = app().get(HandlingsRepository);
    for (let i = 0; i < 100 && (await iop.read()).phase !== 'SIGNATURE'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await handlings.list(iop.id)).filter((h) => h.documentKind === 'AGREEMENT')).toEqual([]);

    const listed = await iop.get(`/partnerships/${iop.id}/documents`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ documentKind: 'AGREEMENT', diarienummer: 'RS 2026/00777-1', sha256: agreementDocument!.sha256 }),
    ]);
  });
});
