import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Värsta föreningen', organisationNumber: '802003-4529' };
const ORG = NATVERKET.organisationNumber;
const OTHER = VARSTA.organisationNumber;

const DE_MINIMIS = {
  conclusion: 'DE_MINIMIS',
  reasons: 'Föreningen säljer en del av verksamheten på en marknad; stödet ryms inom förordning 2023/2831.',
  aid: [{ organisationNumber: ORG, amountSek: 450_000 }],
};

/** The state aid assessment and the organisation's de minimis declaration over HTTP. */
describe('the state aid assessment (POST /partnerships/:id/state-aid) and the de minimis declaration', () => {
  const app = useApiAndWorker('state-aid');
  let iop: LifecycleClient;

  beforeAll(async () => {
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Statsstöd – mötesplatser');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move('/invitation-response', { party: OTHER, accept: true });
  });

  it('refuses bad input with a 400 naming the field and the rule, in English and Swedish, changing nothing', async () => {
    const { revision } = await iop.read();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...DE_MINIMIS, conclusion: 'STATE_AID_MAYBE' }, 'conclusion'],
      [{ ...DE_MINIMIS, reasons: '' }, 'reasons'],
      [{ ...DE_MINIMIS, aid: [{ organisationNumber: ORG, amountSek: -5 }] }, 'aid.0.amountSek'],
      [{ ...DE_MINIMIS, aid: [{ organisationNumber: '802456-1239', amountSek: 5 }] }, 'aid.0.organisationNumber'],
    ];
    for (const [body, field] of cases) {
      const refused = await iop.attempt('/state-aid', { party: 'PUBLIC', ...body });
      expect({ field, status: refused.status, code: refused.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
      const error = refused.body.errors.find((e: { field: string }) => e.field === field);
      expect(error).toEqual(expect.objectContaining({ field, message: expect.any(String), messageSv: expect.any(String) }));
    }
    // What a conclusion needs (the aid, the act's reference, the other legal basis) is the domain's rule: a 422 naming
    // the field (the OpenAPI document cannot say that one field's value requires another).
    const needed: [Record<string, unknown>, string][] = [
      [{ ...DE_MINIMIS, aid: undefined }, 'aid'],
      [{ conclusion: 'SGEI_ENTRUSTMENT', reasons: 'Överlåtelse.' }, 'entrustmentReference'],
      [{ conclusion: 'OTHER', reasons: 'Annan grund.' }, 'otherLegalBasis'],
    ];
    for (const [body, field] of needed) {
      const refused = await iop.attempt('/state-aid', { party: 'PUBLIC', ...body });
      expect({ field, status: refused.status, code: refused.body.code }).toEqual({ field, status: 422, code: 'STATE_AID_INCOMPLETE' });
      expect(refused.body.message).toContain(field);
      expect(refused.body.messageSv).toContain(field);
    }
    // An organisation that is no party to this partnership: the domain's refusal names the field.
    const stranger = await iop.attempt('/state-aid', { party: 'PUBLIC', ...DE_MINIMIS, aid: [{ organisationNumber: '556016-0680', amountSek: 5 }] });
    expect({ status: stranger.status, code: stranger.body.code }).toEqual({ status: 422, code: 'STATE_AID_INCOMPLETE' });
    expect(stranger.body.message).toContain('aid.0.organisationNumber');
    expect(stranger.body.messageSv).toContain('aid.0.organisationNumber');
    expect((await iop.read()).revision).toBe(revision);
  });

  it("refuses the organisation's representative (403 PUBLIC_PARTY_ONLY)", async () => {
    const refused = await iop.attempt('/state-aid', { party: ORG, ...DE_MINIMIS });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'PUBLIC_PARTY_ONLY' });
  });

  it('records a de minimis assessment and asks only the organisation it names to declare', async () => {
    await iop.move('/state-aid', { party: 'PUBLIC', ...DE_MINIMIS });
    const read = await iop.read();
    expect(read.stateAid).toEqual([expect.objectContaining({ version: 1, conclusion: 'DE_MINIMIS', aid: DE_MINIMIS.aid })]);
    expect(read.steps.map((s: { action: string }) => s.action)).toContain('STATE_AID_ASSESSED');
    const asked = read.tasks.filter((t: { type: string }) => t.type === 'DECLARE_DE_MINIMIS_AID');
    expect(asked).toEqual([expect.objectContaining({ addressedTo: ORG, status: 'OPEN' })]);
    const offered = (as: string) => iop.get(`/partnerships/${iop.id}/available-moves`, as).then((r) => r.body.map((m: { type: string }) => m.type));
    expect(await offered(ORG)).toContain('DECLARE_DE_MINIMIS_AID');
    expect(await offered(OTHER)).not.toContain('DECLARE_DE_MINIMIS_AID');
  });

  it("refuses the declaration of an organisation not named, and another organisation's representative answering for it", async () => {
    const { revision, tasks } = await iop.read();
    const notAsked = await iop.attempt('/de-minimis-declaration', { party: OTHER, none: true });
    expect({ status: notAsked.status, code: notAsked.body.code }).toEqual({ status: 409, code: 'DE_MINIMIS_DECLARATION_NOT_ASKED' });
    const task = tasks.find((t: { type: string }) => t.type === 'DECLARE_DE_MINIMIS_AID').id;
    const theirs = await iop.attempt('/de-minimis-declaration', { party: OTHER, none: true, taskId: task });
    expect({ status: theirs.status, code: theirs.body.code }).toEqual({ status: 403, code: 'TASK_OF_ANOTHER_PARTY' });
    const officer = await iop.attempt('/de-minimis-declaration', { party: 'PUBLIC', none: true });
    expect({ status: officer.status, code: officer.body.code }).toEqual({ status: 403, code: 'ORGANISATION_ONLY' });
    const bad = await iop.attempt('/de-minimis-declaration', {
      party: ORG,
      none: false,
      aids: [{ grantingBody: 'Tillväxtverket', grantedOn: '2024-02-30', amount: 100, currency: 'USD' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['aids.0.currency', 'aids.0.grantedOn']);
    expect((await iop.read()).revision).toBe(revision);
  });

  it('takes the named organisation’s declaration, answering its task, and the dossier shows both', async () => {
    const task = (await iop.read()).tasks.find((t: { type: string }) => t.type === 'DECLARE_DE_MINIMIS_AID').id;
    await iop.move('/de-minimis-declaration', {
      party: ORG,
      taskId: task,
      none: false,
      aids: [{ grantingBody: 'Tillväxtverket', grantedOn: '2025-03-01', amount: 20_000, currency: 'EUR' }],
    });
    const read = await iop.read(ORG);
    expect(read.deMinimisDeclarations).toEqual([
      expect.objectContaining({
        organisationNumber: ORG,
        none: false,
        aids: [expect.objectContaining({ grantingBody: 'Tillväxtverket', currency: 'EUR' })],
      }),
    ]);
    expect(read.tasks.find((t: { id: string }) => t.id === task)?.status ?? 'DONE').toBe('DONE');
    const auditor = await bearer(AUDITOR);
    const html = await request(app().getHttpServer()).get(`/partnerships/${iop.id}/dossier?format=html`).set(auditor).expect(200);
    const text = html.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // The conclusion by the web's label of it, the aid in kronor as Swedish writes them.
    for (const words of ['Statsstöd', 'Stöd av mindre betydelse (förordning 2023/2831)', '450 000 kr', 'Tillväxtverket', '2025-03-01', '20 000']) {
      expect(text).toContain(words);
    }
  });
});
